"""Fault injection, switched at run time through the control API."""

import time

import pytest
import requests
import tweepy

from .conftest import client_for


def outcome(call) -> str:
    try:
        call()
    except tweepy.HTTPException as error:
        return str(error.response.status_code)
    return "ok"


def test_server_error_share_answers_5xx_and_does_nothing(client, control):
    control.set_faults(error_rate=1.0, error_statuses=[503])
    with pytest.raises(tweepy.TwitterServerError) as caught:
        client.create_tweet(text="Never stored")
    assert caught.value.response.status_code == 503
    assert caught.value.response.json()["title"] == "Service Unavailable"
    assert control.tweets() == []


def test_drop_after_store_loses_the_answer_but_keeps_the_tweet(client, control):
    control.set_faults(drop_after_store_rate=1.0)
    with pytest.raises(requests.exceptions.ConnectionError):
        client.create_tweet(text="Did this post?")
    assert [t["text"] for t in control.tweets()] == ["Did this post?"]
    # Only tweet creation is dropped; the client can look for what happened.
    assert client.get_me().data.username == "alice_lpt"
    # A blind retry meets X's duplicate rule.
    control.delete("/_sandbox/faults")
    with pytest.raises(tweepy.Forbidden):
        client.create_tweet(text="Did this post?")
    assert len(control.tweets()) == 1


def test_slow_answers_hit_the_client_timeout(sandbox, control, alice):
    control.set_faults(slow_rate=1.0, slow_seconds=5)
    impatient = client_for(alice, sandbox.base_url, timeout=(1, 0.3))
    started = time.monotonic()
    with pytest.raises(requests.exceptions.Timeout):
        impatient.get_me()
    assert time.monotonic() - started < 2


def test_forced_rate_limit_answers_429_until_reset(client, control):
    faults = control.set_faults(rate_limit={"remaining": 1, "reset_in": 1})
    assert faults["rate_limit"]["remaining"] == 1
    client.get_me()
    with pytest.raises(tweepy.TooManyRequests) as caught:
        client.get_me()
    reset_time = caught.value.reset_time
    assert time.time() - 1 <= reset_time <= time.time() + 2
    assert caught.value.response.headers["x-rate-limit-remaining"] == "0"
    assert caught.value.response.json()["status"] == 429
    time.sleep(max(0.0, reset_time - time.time()) + 0.05)
    assert client.get_me().data.username == "alice_lpt"


def test_per_user_24h_cap(client, bob_client, control):
    control.set_faults(per_user_24h_limit=2)
    client.create_tweet(text="one")
    client.create_tweet(text="two")
    with pytest.raises(tweepy.TooManyRequests) as caught:
        client.create_tweet(text="three")
    headers = caught.value.response.headers
    assert headers["x-user-limit-24hour-limit"] == "2"
    assert headers["x-user-limit-24hour-remaining"] == "0"
    assert int(headers["x-user-limit-24hour-reset"]) > time.time() + 23 * 3600
    # The cap is per user.
    bob_client.create_tweet(text="three")
    assert [t["text"] for t in control.tweets("alice_lpt")] == ["two", "one"]


def test_seeded_faults_are_deterministic(client, control):
    def run():
        control.set_faults(error_rate=0.5, error_statuses=[500, 503], seed=7)
        return [outcome(client.get_me) for _ in range(16)]

    first = run()
    assert run() == first
    assert {"ok", "500", "503"} <= set(first)


def test_fault_settings_round_trip_and_clear(control):
    settings = control.set_faults(
        error_rate=0.3,
        error_statuses=[500, 503],
        drop_after_store_rate=0.1,
        slow_rate=0.0,
        slow_seconds=10,
        rate_limit={"remaining": 0, "reset_in": 5},
        per_user_24h_limit=50,
        seed=1,
    )
    current = control.get("/_sandbox/faults").json()
    assert current.pop("rate_limit")["remaining"] == 0
    assert current == {
        "error_rate": 0.3,
        "error_statuses": [500, 503],
        "drop_after_store_rate": 0.1,
        "slow_rate": 0.0,
        "slow_seconds": 10.0,
        "per_user_24h_limit": 50,
        "seed": 1,
    }
    assert settings["rate_limit"]["reset_at"] >= time.time()
    cleared = control.delete("/_sandbox/faults").json()
    assert cleared["error_rate"] == 0 and cleared["rate_limit"] is None


@pytest.mark.parametrize(
    "faults",
    [
        {"error_rate": 2},
        {"error_rate": "half"},
        {"error_statuses": [404]},
        {"error_statuses": []},
        {"rate_limit": {"remaining": -1}},
        {"per_user_24h_limit": 1.5},
        {"seed": "x"},
        {"surprise": True},
        [],
    ],
)
def test_invalid_fault_settings_are_refused(control, faults):
    response = control.post("/_sandbox/faults", json=faults)
    assert response.status_code == 400
    assert "error" in response.json()
    assert control.get("/_sandbox/faults").json()["error_rate"] == 0
