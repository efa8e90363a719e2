"""The control API and the HTML pages."""

import pytest
import tweepy

from .conftest import ALICE, client_for

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_health(control):
    assert control.get("/_sandbox/health").json()["status"] == "ok"


def test_registering_again_updates_credentials_and_keeps_the_id(sandbox, control, alice):
    old_client = client_for(alice, sandbox.base_url)
    renewed = control.post(
        "/_sandbox/accounts",
        json={"username": "ALICE_LPT", "name": "Alice", "access_token_secret": "rotated-secret"},
    ).json()
    assert renewed["id"] == alice["id"] == "1001"
    assert renewed["username"] == "ALICE_LPT" and renewed["name"] == "Alice"
    assert renewed["access_token"] == alice["access_token"]
    with pytest.raises(tweepy.Unauthorized):
        old_client.get_me()
    assert client_for(renewed, sandbox.base_url).get_me().data.name == "Alice"
    assert len(control.get("/_sandbox/accounts").json()["accounts"]) == 1


def test_registration_without_credentials_generates_x_like_ones(sandbox, control):
    account = control.post("/_sandbox/accounts", json={"username": "new_lpt"}).json()
    assert account["access_token"].startswith(account["id"] + "-")
    client = client_for(account, sandbox.base_url)
    assert client.retweet("42").data == {"retweeted": True}  # tweepy reads the id off the token


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "has space"},
        {"username": "x" * 16},
        {"name": "no username"},
        {"username": "ok_name", "id": "abc"},
        {"username": "ok_name", "colour": "blue"},
        {"username": "ok_name", "access_token": ALICE["access_token"]},
    ],
)
def test_invalid_accounts_are_refused(control, alice, payload):
    response = control.post("/_sandbox/accounts", json=payload)
    assert response.status_code == 400
    assert "error" in response.json()


def test_reset_keeps_accounts_unless_asked(client, control):
    client.create_tweet(text="Before reset")
    control.add_mention(to="alice_lpt", author_username="someone", text="@alice_lpt hi")
    control.set_faults(error_rate=0.5)
    assert control.post("/_sandbox/reset").json() == {"reset": True, "accounts_cleared": False}
    assert control.tweets() == []
    assert control.get("/_sandbox/mentions").json() == {"mentions": []}
    assert control.get("/_sandbox/faults").json()["error_rate"] == 0
    assert client.get_me().data.username == "alice_lpt"
    control.post("/_sandbox/reset", json={"accounts": True})
    assert control.get("/_sandbox/accounts").json() == {"accounts": []}
    with pytest.raises(tweepy.Unauthorized):
        client.get_me()


def test_control_api_refuses_bad_input(control, alice):
    assert control.post("/_sandbox/mentions", data=b"{nope").status_code == 400
    assert control.post("/_sandbox/mentions", json={"to": "nobody", "text": "x"}).status_code == 400
    missing_author = {"to": "alice_lpt", "text": "hi"}
    assert control.post("/_sandbox/mentions", json=missing_author).status_code == 400
    assert control.get("/_sandbox/tweets", params={"username": "nobody"}).status_code == 404
    assert control.post("/_sandbox/reset", json=[1]).status_code == 400
    assert control.request("PUT", "/_sandbox/faults").status_code == 405
    assert control.get("/_sandbox/nothing").status_code == 404


def test_pages_escape_stored_text(sandbox, control, client):
    control.post("/_sandbox/accounts", json=ALICE | {"name": f"Alice {SCRIPT}"})
    tweet_id = client.create_tweet(text=f"Look {SCRIPT}").data["id"]
    mention = control.add_mention(
        to="alice_lpt", author_username="mallory", author_name=SCRIPT, text=f"@alice_lpt {SCRIPT}"
    )
    client.retweet(mention["id"])
    pages = {
        "/": 200,
        f"/alice_lpt/status/{tweet_id}": 200,
        f"/mallory/status/{mention['id']}": 200,
        "/_sandbox/admin": 200,
    }
    for path, status in pages.items():
        response = control.get(path)
        assert response.status_code == status, path
        assert response.headers["Content-Type"].startswith("text/html")
        assert "<script>" not in response.text, path
        assert ESCAPED in response.text, path
    assert f'href="/alice_lpt/status/{tweet_id}"' in control.get("/").text


def test_status_page_of_a_deleted_or_unknown_tweet_is_a_404(client, control):
    tweet_id = client.create_tweet(text="Short-lived").data["id"]
    client.delete_tweet(tweet_id)
    assert control.get(f"/alice_lpt/status/{tweet_id}").status_code == 404
    assert control.get("/alice_lpt/status/1").status_code == 404
    assert "Short-lived" not in control.get("/").text


def test_admin_forms_set_and_clear_faults_and_add_mentions(control, alice):
    form = {
        "error_rate": "0.25",
        "error_statuses": "500, 503",
        "slow_seconds": "3",
        "rate_limit_remaining": "2",
        "rate_limit_reset_in": "30",
        "per_user_24h_limit": "17",
        "seed": "4",
    }
    response = control.post("/_sandbox/admin/faults", data=form, allow_redirects=False)
    assert response.status_code == 303
    faults = control.get("/_sandbox/faults").json()
    assert faults["error_rate"] == 0.25 and faults["error_statuses"] == [500, 503]
    assert faults["rate_limit"]["remaining"] == 2 and faults["per_user_24h_limit"] == 17
    assert "Faults applied." in control.get(response.headers["Location"]).text

    refused = control.post("/_sandbox/admin/faults", data={"error_rate": "lots"})
    assert refused.status_code == 400 and "Faults not applied" in refused.text

    control.post("/_sandbox/admin/faults/clear")
    assert control.get("/_sandbox/faults").json()["error_rate"] == 0

    added = control.post(
        "/_sandbox/admin/mentions",
        data={"to": "alice_lpt", "author_username": "resident", "text": "@alice_lpt hello"},
    )
    assert added.status_code == 200  # followed the redirect back to the admin page
    assert [m["text"] for m in control.get("/_sandbox/mentions").json()["mentions"]] == [
        "@alice_lpt hello"
    ]
    control.post("/_sandbox/admin/reset")
    assert control.get("/_sandbox/mentions").json() == {"mentions": []}


def test_accounts_sharing_an_access_token_prefix_get_distinct_ids(control):
    first = control.post(
        "/_sandbox/accounts", json={"username": "one_lpt", "access_token": "1-first"}
    ).json()
    second = control.post(
        "/_sandbox/accounts", json={"username": "two_lpt", "access_token": "1-second"}
    ).json()
    assert first["id"] == "1"
    assert second["id"] not in ("1", "") and second["id"].isdigit()
