"""Persistence across restarts, and the `python -m xsandbox` program."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from xsandbox import SandboxStore, start_sandbox

from .conftest import ALICE, Control, client_for

ROOT = Path(__file__).resolve().parents[2]


def test_a_file_database_keeps_the_timeline_across_restarts(tmp_path):
    db = str(tmp_path / "sandbox.sqlite3")
    with start_sandbox(db_path=db) as first:
        Control(first.base_url).post("/_sandbox/accounts", json=ALICE)
        old_id = client_for(ALICE, first.base_url).create_tweet(text="Persisted").data["id"]
        Control(first.base_url).set_faults(per_user_24h_limit=5)
    with start_sandbox(db_path=db) as second:
        control = Control(second.base_url)
        assert [t["text"] for t in control.tweets()] == ["Persisted"]
        assert control.get("/_sandbox/faults").json()["per_user_24h_limit"] == 5
        new_id = client_for(ALICE, second.base_url).create_tweet(text="After restart").data["id"]
        assert int(new_id) > int(old_id)


def test_ids_stay_increasing_when_the_clock_goes_back(tmp_path):
    now = [2_000_000_000.0]
    store = SandboxStore(str(tmp_path / "clock.sqlite3"), clock=lambda: now[0])
    first = store.next_id()
    now[0] -= 3600
    assert int(store.next_id()) > int(first)
    store.close()


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_module_runs_loads_accounts_and_stops_cleanly(tmp_path, stop_signal):
    accounts = tmp_path / "accounts.json"
    accounts.write_text(json.dumps({"accounts": [ALICE]}))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "xsandbox",
            "--port",
            "0",
            "--db",
            str(tmp_path / "var" / "x.db"),
            "--accounts",
            str(accounts),
            "--log-level",
            "WARNING",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    try:
        banner = process.stdout.readline()
        assert "1 accounts loaded" in banner, banner
        base_url = banner.split()[3]
        assert requests.get(f"{base_url}/_sandbox/health", timeout=5).json()["status"] == "ok"
        assert client_for(ALICE, base_url).get_me().data.username == "alice_lpt"
        process.send_signal(stop_signal)
        assert process.wait(timeout=10) == 0
        assert "stopped" in process.stdout.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()


def test_module_refuses_a_broken_accounts_file(tmp_path):
    accounts = tmp_path / "accounts.json"
    accounts.write_text("{not json")
    result = subprocess.run(
        [sys.executable, "-m", "xsandbox", "--port", "0", "--accounts", str(accounts)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert result.returncode == 2
    assert "cannot read accounts" in result.stderr
