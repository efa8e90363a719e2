"""Run the whole embedded stack in one terminal: X API sandbox, web app, Celery worker and beat.

Ctrl-C (or SIGTERM) stops every child process and waits for them.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.mentions import demo_sandbox_mentions
from publishing.sandbox import sandbox_register_accounts


class Command(BaseCommand):
    help = "Start the X API sandbox, the web app, a Celery worker and Celery beat together."

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000")

    def handle(self, *args, addr, **options):
        sandbox = urlsplit(settings.TWITTER_API_BASE_URL)
        if sandbox.hostname not in ("127.0.0.1", "localhost"):
            raise CommandError(
                "rundev posts to the local X API sandbox; TWITTER_API_BASE_URL is "
                f"{settings.TWITTER_API_BASE_URL}"
            )
        settings.VAR_DIR.mkdir(exist_ok=True)
        for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
            folder = settings.CELERY_BROKER_TRANSPORT_OPTIONS.get(key)
            if folder:  # kombu's filesystem broker expects its folders to exist
                Path(folder).mkdir(parents=True, exist_ok=True)
        python = sys.executable
        commands = {
            "sandbox": [python, "-m", "xsandbox", "--host", sandbox.hostname,
                        "--port", str(sandbox.port or 80),
                        "--db", str(settings.VAR_DIR / "xsandbox.sqlite3")],
            "web": [python, "manage.py", "runserver", addr, "--noreload"],
            "worker": [python, "-m", "celery", "-A", "tweetdesk", "worker",
                       "--loglevel", "INFO", "--concurrency", "2"],
            "beat": [python, "-m", "celery", "-A", "tweetdesk", "beat", "--loglevel", "INFO"],
        }
        children: dict[str, subprocess.Popen] = {}
        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            children["sandbox"] = subprocess.Popen(commands["sandbox"])
            self._wait_for_sandbox(settings.TWITTER_API_BASE_URL)
            count = sandbox_register_accounts()
            self.stdout.write(f"X API sandbox at {settings.TWITTER_API_BASE_URL} "
                              f"knows {count} LPT accounts.")
            if demo_sandbox_mentions():
                self.stdout.write("Demo mentions added to the sandbox; beat fetches them.")
            for name in ("worker", "beat", "web"):
                # Own process groups, so the terminal's Ctrl-C reaches only this supervisor,
                # which then stops each child in order.
                children[name] = subprocess.Popen(commands[name], start_new_session=True)
            self.stdout.write(self.style.SUCCESS(
                f"TweetDesk is running on http://{addr}/ (Ctrl-C stops everything)."
            ))
            while not stopping:
                for name, child in children.items():
                    if child.poll() is not None:
                        raise CommandError(f"{name} exited with status {child.returncode}")
                time.sleep(0.5)
        finally:
            self._stop_all(children)

    def _wait_for_sandbox(self, base_url: str) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{base_url}/_sandbox/health", timeout=1).ok:
                    return
            except requests.ConnectionError:
                time.sleep(0.2)
        raise CommandError("The X API sandbox did not start.")

    def _stop_all(self, children: dict[str, subprocess.Popen]) -> None:
        for child in children.values():
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        for name, child in children.items():
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.stderr.write(f"{name} did not stop in time; killing it.")
                os.kill(child.pid, signal.SIGKILL)
                child.wait()
        self.stdout.write("Stopped.")
