"""Load test: 100 simulated people against gunicorn + PostgreSQL + Redis on this machine.

    .venv/bin/python benchmarks/load.py [--seconds 120] [--workers 3] [--threads 4]

Creates a throw-away PostgreSQL database (`tweetdesk_load`, dropped at the end), migrates and
seeds it (12 LPTs, 70 officers, 20 comms, 10 inbox readers, 1,200 drafts, 2,000 mentions),
collects static files, starts gunicorn on a free loopback port and then runs, for `--seconds`:

- 70 officers typing: a live check (`POST /drafts/check/`, as htmx sends it) every 0.6-1.4 s with
  the text growing word by word, now and then a fresh draft;
- 20 comms working the queue: the queue page, a filtered queue, the home page, approving a
  draft without flags (htmx), every 2-4 s;
- 10 people browsing inboxes: the inbox, a mention, every 2-4 s.

Prints requests/s, p50/p95/p99 latency per endpoint and the error count (any status but 2xx/3xx,
or no answer). Each person keeps its own session (logged in through the session store, not the
login form, so password hashing is not what is measured). Bounded: it stops after `--seconds`
or `--max-requests`, whichever comes first. Loopback only. Targets on 2 cores: live check
p95 <= 50 ms, queue page p95 <= 200 ms, no errors.
"""

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import psycopg2
import requests

ROOT = Path(__file__).resolve().parent.parent
SERVER = "postgres://postgres@127.0.0.1:5432"
DB_NAME = "tweetdesk_load"
TYPED = ("Surgery reminder: PCSO Amy Clarke will be at Stone library on Friday from 10am to 12pm, "
         "come and talk to us about speeding, parking and anything else that worries you "
         "#Stone #Stafford")
WORDS = TYPED.split()
FLAGGED = "John Smith of 12 Oak Road was arrested lol"
CLEAN = "Thanks to everyone who came to the Stone library surgery today."


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(port: int, redis_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"{SERVER}/{DB_NAME}",
        "REDIS_URL": redis_url,
        "CACHE_URL": f"rediscache{redis_url.removeprefix('redis')}",  # as in production
        "GUNICORN_ACCESS_LOG": "",
        "CELERY_TASK_DEFAULT_QUEUE": "td_load",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_COOKIES": "false",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "DJANGO_SETTINGS_MODULE": "tweetdesk.settings",
    }


def recreate_database() -> None:
    connection = psycopg2.connect(f"{SERVER}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {DB_NAME}")
    connection.close()


def drop_database() -> None:
    connection = psycopg2.connect(f"{SERVER}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
    connection.close()


SEED = r'''
import json, random
from datetime import timedelta
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from accounts.models import Force, LptAccount, Role, User
from mentions.models import Mention
from moderation.checks import check_text
from moderation.models import Draft
from moderation.states import DraftState

random.seed(7)
force = Force.objects.create(name="Load Constabulary", handle="LoadPolice")
lpts = [LptAccount.objects.create(force=force, name=f"LPT {n}", handle=f"LoadLPT{n}",
                                  area="Stone\nStafford") for n in range(12)]
def person(name, role):
    user = User.objects.create(username=name, full_name=name.title(), role=role,
                               mobile="07912345000", email=f"{name}@example.police.uk")
    return user
officers = [person(f"officer{n}", Role.OFFICER) for n in range(70)]
comms = [person(f"comms{n}", Role.COMMS) for n in range(20)]
readers = [person(f"reader{n}", Role.OFFICER) for n in range(10)]
for n, user in enumerate(officers + readers):
    user.lpt_accounts.add(lpts[n % 12])
flagged = check_text("Great night lol what a joke #Stone").flags
now = timezone.now()
Draft.objects.bulk_create(
    Draft(lpt_account=lpts[n % 12], author=officers[n % 70],
          text=f"Surgery {n}: PCSO Amy Clarke is at Stone library on Friday 10am to 12pm.",
          flags=flagged if n % 4 == 0 else [], state=DraftState.SUBMITTED,
          submitted_at=now - timedelta(minutes=n))
    for n in range(1200))
Mention.objects.bulk_create(
    Mention(account=lpts[n % 12], tweet_id=str(10_000 + n), text=f"@LoadLPT{n % 12} hello {n}",
            author_username=f"resident{n}", author_id=str(n), created_at=now - timedelta(minutes=n),
            call_for_help=n % 10 == 0)
    for n in range(2000))
sessions = {}
for user in officers + comms + readers:
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "accounts.backends.CachedModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    sessions[user.username] = store.session_key
ids = {"lpts": {u.username: u.lpt_accounts.first().pk for u in officers},
       "mentions": {u.username: list(Mention.objects.filter(account__members=u)
                                     .values_list("pk", flat=True)[:50]) for u in readers},
       "clean_drafts": list(Draft.objects.filter(flags=[]).values_list("pk", "revision"))}
print(json.dumps({"sessions": sessions, "ids": ids}))
'''


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.error_kinds: dict[str, int] = defaultdict(int)
        self.total = 0

    def record(self, endpoint: str, millis: float, ok: bool, kind: str = "") -> None:
        with self.lock:
            self.latencies[endpoint].append(millis)
            self.total += 1
            if not ok:
                self.errors[endpoint] += 1
                self.error_kinds[f"{endpoint}: {kind}"] += 1


class Person(threading.Thread):
    def __init__(self, base, session_key, stats, deadline, limit, rng):
        super().__init__(daemon=True)
        self.base, self.stats, self.deadline = base, stats, deadline
        self.limit, self.rng = limit, rng
        self.http = requests.Session()
        self.http.cookies.set("sessionid", session_key, domain="127.0.0.1")
        self.csrf = ""

    def call(self, endpoint: str, method: str, path: str, **kwargs) -> requests.Response | None:
        if self.stats.total >= self.limit:
            return None
        started = time.perf_counter()
        try:
            response = self.http.request(method, self.base + path, timeout=30,
                                         allow_redirects=False, **kwargs)
            ok, kind = response.status_code < 400, f"HTTP {response.status_code}"
        except requests.RequestException as exc:
            response, ok, kind = None, False, type(exc).__name__
        self.stats.record(endpoint, (time.perf_counter() - started) * 1000, ok, kind)
        if response is not None and "csrftoken" in self.http.cookies:
            self.csrf = self.http.cookies["csrftoken"]
        return response

    def post(self, endpoint, path, data):
        headers = {"X-CSRFToken": self.csrf, "HX-Request": "true",
                   "Referer": self.base + "/"}
        return self.call(endpoint, "POST", path, data=data, headers=headers)

    def pause(self, low: float, high: float) -> bool:
        time.sleep(self.rng.uniform(low, high))
        return time.monotonic() < self.deadline and self.stats.total < self.limit

    def run(self):
        time.sleep(self.rng.uniform(0, 3))  # people do not all arrive in the same millisecond
        self.session()


class Officer(Person):
    lpt = 0

    def session(self):
        self.call("GET /drafts/new/", "GET", "/drafts/new/")
        words = 0
        while self.pause(0.6, 1.4):
            words = words + self.rng.randint(1, 3)
            if words > len(WORDS):
                words = 1
            text = " ".join(WORDS[:words])
            if self.rng.random() < 0.1:
                text = FLAGGED
            self.post("POST /drafts/check/", "/drafts/check/",
                      {"text": text, "lpt_account": self.lpt})


class Comms(Person):
    drafts: list = []

    def session(self):
        self.call("GET / (comms)", "GET", "/")
        while self.pause(2, 4):
            choice = self.rng.random()
            if choice < 0.5:
                self.call("GET /queue/", "GET", "/queue/")
            elif choice < 0.7:
                self.call("GET /queue/ (filtered)", "GET",
                          f"/queue/?lpt_account={self.rng.randint(1, 12)}", headers={
                              "HX-Request": "true"})
            elif choice < 0.8:
                self.call("GET / (comms)", "GET", "/")
            elif self.drafts:
                draft_id, revision = self.drafts.pop()
                self.post("POST /queue/<id>/approve/", f"/queue/{draft_id}/approve/",
                          {"when": "now", "revision": revision})


class Reader(Person):
    mentions: list = []  # those of the reader's own LPT

    def session(self):
        while self.pause(2, 4):
            if self.rng.random() < 0.5:
                self.call("GET /mentions/", "GET", "/mentions/")
            else:
                self.call("GET /mentions/<id>/", "GET",
                          f"/mentions/{self.rng.choice(self.mentions)}/")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--max-requests", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL",
                                                               "redis://127.0.0.1:6379/8"))
    args = parser.parse_args()

    port = free_port()
    env = environment(port, args.redis_url)
    python = sys.executable
    print("Creating and seeding the database...", flush=True)
    recreate_database()
    gunicorn = None
    try:
        subprocess.run([python, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT,
                       env=env, check=True)
        subprocess.run([python, "manage.py", "collectstatic", "--noinput", "-v", "0"],
                       cwd=ROOT, env=env, check=True)
        seeded = subprocess.run([python, "manage.py", "shell", "-c", SEED], cwd=ROOT, env=env,
                                check=True, capture_output=True, text=True)
        data = json.loads(seeded.stdout.strip().splitlines()[-1])
        gunicorn = subprocess.Popen(
            [python, "-m", "gunicorn", "tweetdesk.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", str(args.workers), "--threads", str(args.threads),
             "--log-level", "warning"],  # the rest from gunicorn.conf.py
            cwd=ROOT, env=env,
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                requests.get(base + "/login/", timeout=2)
                break
            except requests.RequestException:
                time.sleep(0.2)
        stats = Stats()
        rng = random.Random(11)
        sessions = data["sessions"]
        Comms.drafts = [tuple(pair) for pair in data["ids"]["clean_drafts"]]
        rng.shuffle(Comms.drafts)
        started = time.monotonic()
        deadline = started + args.seconds
        people = []
        for name, key in sessions.items():
            kind = (Officer if name.startswith("officer") else
                    Comms if name.startswith("comms") else Reader)
            person = kind(base, key, stats, deadline, args.max_requests,
                          random.Random(rng.random()))
            if kind is Officer:
                person.lpt = data["ids"]["lpts"][name]
            elif kind is Reader:
                person.mentions = data["ids"]["mentions"][name]
            people.append(person)
        print(f"Running {len(people)} people for {args.seconds:.0f} s against gunicorn "
              f"({args.workers} workers x {args.threads} threads) on port {port}...", flush=True)
        for person in people:
            person.start()
        for person in people:
            person.join(timeout=max(1, deadline - time.monotonic() + 35))
        elapsed = time.monotonic() - started
        report(stats, elapsed)
    finally:
        if gunicorn is not None:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=30)
        drop_database()
        _purge_queue(args.redis_url)


def _purge_queue(redis_url: str) -> None:
    import redis

    redis.Redis.from_url(redis_url).delete("td_load")


def report(stats: Stats, elapsed: float) -> None:
    errors = sum(stats.errors.values())
    print(f"\n{stats.total} requests in {elapsed:.1f} s: {stats.total / elapsed:.1f} requests/s, "
          f"{errors} errors\n")
    print("| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for endpoint, values in sorted(stats.latencies.items()):
        print(f"| `{endpoint}` | {len(values)} | {len(values) / elapsed:.1f} | "
              f"{statistics.median(values):.1f} | {percentile(values, 0.95):.1f} | "
              f"{percentile(values, 0.99):.1f} | {stats.errors.get(endpoint, 0)} |")
    for kind, count in sorted(stats.error_kinds.items()):
        print(f"error: {kind} x {count}")


if __name__ == "__main__":
    main()
