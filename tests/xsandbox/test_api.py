"""The X API v2 subset, driven by tweepy over real HTTP (nothing patched)."""

import time

import pytest
import requests
import tweepy
from requests_oauthlib import OAuth1

from publishing.xapi import ApiBaseUrlAdapter

from .conftest import client_for

X_API = "https://api.twitter.com"
UNAUTHORIZED = {
    "title": "Unauthorized",
    "type": "about:blank",
    "status": 401,
    "detail": "Unauthorized",
}


def signed_session(sandbox) -> requests.Session:
    """A requests session that sends api.twitter.com URLs to the sandbox, like the app does."""
    session = requests.Session()
    session.mount(X_API + "/", ApiBaseUrlAdapter(sandbox.base_url))
    return session


def oauth(account: dict, **overrides) -> OAuth1:
    return OAuth1(
        account["consumer_key"],
        overrides.pop("consumer_secret", account["consumer_secret"]),
        account["access_token"],
        account["access_token_secret"],
        **overrides,
    )


def test_create_tweet_answers_201_and_stores_it_once(sandbox, control, client, alice):
    session = signed_session(sandbox)
    response = session.post(f"{X_API}/2/tweets", json={"text": "Hello Stone"}, auth=oauth(alice))
    assert response.status_code == 201
    data = response.json()["data"]
    assert data == {"id": data["id"], "text": "Hello Stone", "edit_history_tweet_ids": [data["id"]]}
    stored = control.tweets("alice_lpt")
    assert [(t["id"], t["text"], t["deleted"]) for t in stored] == [
        (data["id"], "Hello Stone", False)
    ]


def test_create_tweet_with_tweepy_and_reply(client, control):
    first = client.create_tweet(text="First post")
    reply = client.create_tweet(text="A reply", in_reply_to_tweet_id=first.data["id"])
    assert int(reply.data["id"]) > int(first.data["id"])
    stored = {t["id"]: t for t in control.tweets()}
    assert stored[reply.data["id"]]["in_reply_to_tweet_id"] == first.data["id"]


def test_get_me(client, alice):
    me = client.get_me(user_fields=["description", "created_at"]).data
    assert (me.id, me.username, me.name) == (1001, "alice_lpt", "Alice LPT")
    assert me.description == "" and me.created_at is not None


def test_delete_own_tweet(client, control):
    tweet_id = client.create_tweet(text="Oops").data["id"]
    assert client.delete_tweet(tweet_id).data == {"deleted": True}
    assert control.tweets()[0]["deleted"] is True
    # Deleting again, or deleting an id the sandbox never saw, deletes nothing.
    assert client.delete_tweet(tweet_id).data == {"deleted": False}
    assert client.delete_tweet("12345").data == {"deleted": False}


def test_only_the_author_may_delete(client, bob_client):
    tweet_id = client.create_tweet(text="Mine").data["id"]
    with pytest.raises(tweepy.Forbidden):
        bob_client.delete_tweet(tweet_id)


def test_wrong_consumer_secret_is_unauthorized(sandbox, alice, control):
    wrong = client_for(alice, sandbox.base_url, consumer_secret="not-the-secret")
    with pytest.raises(tweepy.Unauthorized) as caught:
        wrong.create_tweet(text="Should not post")
    assert caught.value.response.json() == UNAUTHORIZED
    assert control.tweets() == []


def test_unknown_access_token_is_unauthorized(sandbox, alice):
    stranger = client_for(alice, sandbox.base_url, access_token="999-unknown-token")
    with pytest.raises(tweepy.Unauthorized):
        stranger.get_me()


def test_missing_signature_is_unauthorized_in_x_shape(sandbox):
    response = requests.get(f"{sandbox.base_url}/2/users/me", timeout=5)
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED
    assert "x-rate-limit-limit" in response.headers


def test_signature_must_be_over_the_canonical_api_url(sandbox, alice):
    # Signed for the sandbox's own address instead of https://api.twitter.com.
    response = requests.get(f"{sandbox.base_url}/2/users/me", auth=oauth(alice), timeout=5)
    assert response.status_code == 401


def test_replayed_nonce_is_rejected(sandbox, alice):
    auth = oauth(alice, nonce="fixed-nonce-for-replay-test", timestamp=str(int(time.time())))
    session = signed_session(sandbox)
    assert session.get(f"{X_API}/2/users/me", auth=auth).status_code == 200
    replay = session.get(f"{X_API}/2/users/me", auth=auth)
    assert replay.status_code == 401
    assert replay.json() == UNAUTHORIZED


def test_timestamp_window_is_loose_but_enforced(sandbox, alice):
    session = signed_session(sandbox)
    ten_minutes_ago = str(int(time.time()) - 600)
    twenty_minutes_ago = str(int(time.time()) - 1200)
    assert session.get(f"{X_API}/2/users/me", auth=oauth(alice, timestamp=ten_minutes_ago)).ok
    stale = session.get(f"{X_API}/2/users/me", auth=oauth(alice, timestamp=twenty_minutes_ago))
    assert stale.status_code == 401


def test_duplicate_text_is_forbidden_like_x(client, control):
    client.create_tweet(text="Same words")
    with pytest.raises(tweepy.Forbidden) as caught:
        client.create_tweet(text="Same words")
    assert caught.value.response.json() == {
        "detail": "You are not allowed to create a Tweet with duplicate content.",
        "type": "about:blank",
        "title": "Forbidden",
        "status": 403,
    }
    assert "duplicate content" in str(caught.value)
    assert len(control.tweets()) == 1


def test_duplicate_check_ignores_deleted_tweets_and_other_accounts(client, bob_client):
    first = client.create_tweet(text="Say it twice").data["id"]
    bob_client.create_tweet(text="Say it twice")
    client.delete_tweet(first)
    assert client.create_tweet(text="Say it twice").data["text"] == "Say it twice"


def test_too_long_text_is_a_bad_request(client, control):
    with pytest.raises(tweepy.BadRequest) as caught:
        client.create_tweet(text="x" * 281)
    assert "Tweet text is too long" in caught.value.api_messages
    # Weighted length: a URL counts 23, CJK characters count 2.
    client.create_tweet(text="https://example.com/" + "a" * 300 + " " + "b" * 256)
    with pytest.raises(tweepy.BadRequest):
        client.create_tweet(text="字" * 141)
    assert len(control.tweets()) == 1


@pytest.mark.parametrize("payload", [{}, {"text": ""}, {"text": "   "}, {"text": 5}])
def test_missing_or_empty_text_is_a_bad_request(sandbox, alice, payload):
    response = signed_session(sandbox).post(f"{X_API}/2/tweets", json=payload, auth=oauth(alice))
    assert response.status_code == 400
    assert response.json()["title"] == "Invalid Request"


def test_malformed_json_is_a_bad_request(sandbox, alice):
    session = signed_session(sandbox)
    for body in (b'{"text": ', b"\xff\xfe", b"[" * 100_000, b"[1, 2]"):
        response = session.post(
            f"{X_API}/2/tweets",
            data=body,
            headers={"Content-Type": "application/json"},
            auth=oauth(alice),
        )
        assert response.status_code == 400, body[:10]
        assert response.json()["type"] == "https://api.twitter.com/2/problems/invalid-request"


def test_user_timeline_pages_newest_first(client, alice):
    posted = [client.create_tweet(text=f"Update {n}").data["id"] for n in range(12)]
    newest_first = posted[::-1]

    first = client.get_users_tweets(alice["id"], max_results=5, user_auth=True)
    assert [t.id for t in first.data] == [int(i) for i in newest_first[:5]]
    assert first.meta["result_count"] == 5
    assert (first.meta["newest_id"], first.meta["oldest_id"]) == (newest_first[0], newest_first[4])

    second = client.get_users_tweets(
        alice["id"], max_results=5, pagination_token=first.meta["next_token"], user_auth=True
    )
    third = client.get_users_tweets(
        alice["id"], max_results=5, pagination_token=second.meta["next_token"], user_auth=True
    )
    assert [str(t.id) for t in second.data + third.data] == newest_first[5:]
    assert "next_token" not in third.meta

    everything = tweepy.Paginator(
        client.get_users_tweets, alice["id"], max_results=5, user_auth=True
    ).flatten()
    assert [str(t.id) for t in everything] == newest_first


def test_user_timeline_since_id_fields_and_empty_page(client, alice):
    posted = [client.create_tweet(text=f"Notice {n}").data["id"] for n in range(4)]
    newer = client.get_users_tweets(
        alice["id"],
        since_id=posted[1],
        tweet_fields=["created_at", "author_id"],
        expansions="author_id",
        user_auth=True,
    )
    assert [str(t.id) for t in newer.data] == [posted[3], posted[2]]
    assert newer.data[0].author_id == 1001 and newer.data[0].created_at is not None
    assert [u.username for u in newer.includes["users"]] == ["alice_lpt"]
    empty = client.get_users_tweets(alice["id"], since_id=posted[3], user_auth=True)
    assert empty.data is None and empty.meta == {"result_count": 0}


def test_timeline_rejects_bad_parameters(client, alice):
    for max_results in (3, 101, "²", "ten"):
        with pytest.raises(tweepy.BadRequest):
            client.get_users_tweets(alice["id"], max_results=max_results, user_auth=True)
    with pytest.raises(tweepy.BadRequest):
        client.get_users_tweets(alice["id"], since_id="yesterday", user_auth=True)
    with pytest.raises(tweepy.BadRequest):
        client.get_users_tweets(alice["id"], pagination_token="nonsense!", user_auth=True)
    unknown = client.get_users_tweets("424242", user_auth=True)
    assert unknown.data is None and unknown.errors[0]["title"] == "Not Found Error"


def test_retweet_is_stored_even_for_tweets_outside_the_sandbox(client, bob_client, control):
    own = bob_client.create_tweet(text="Please share").data["id"]
    assert client.retweet(own).data == {"retweeted": True}
    assert client.retweet("1234567890").data == {"retweeted": True}
    assert client.retweet("1234567890").data == {"retweeted": True}  # idempotent
    retweets = [e for e in control.tweets("alice_lpt") if e["kind"] == "retweet"]
    assert sorted(r["retweeted_tweet_id"] for r in retweets) == sorted([own, "1234567890"])
    assert client.unretweet("1234567890").data == {"retweeted": False}
    undone = [e for e in control.tweets("alice_lpt") if e["deleted"]]
    assert [r["retweeted_tweet_id"] for r in undone] == ["1234567890"]


def test_retweeting_on_behalf_of_another_user_is_forbidden(sandbox, alice, bob):
    response = signed_session(sandbox).post(
        f"{X_API}/2/users/{bob['id']}/retweets", json={"tweet_id": "1"}, auth=oauth(alice)
    )
    assert response.status_code == 403


def test_mentions_with_author_expansion(client, control, alice):
    own = client.create_tweet(text="Surgery at the library on Friday").data["id"]
    first = control.add_mention(
        to="alice_lpt",
        author_username="resident_jo",
        author_name="Jo <Resident>",
        author_description="Lives on Mill Lane",
        text="@alice_lpt what time does it start?",
        in_reply_to_tweet_id=own,
    )
    second = control.add_mention(
        to="alice_lpt", author_username="shopkeeper", text="@alice_lpt thanks for the visit"
    )
    control.add_mention(to="alice_lpt", author_username="resident_jo", text="@alice_lpt and 2")

    page = client.get_users_mentions(
        alice["id"],
        max_results=5,
        since_id=own,
        expansions=["author_id"],
        user_fields=["description"],
        tweet_fields=["author_id", "created_at", "in_reply_to_user_id", "referenced_tweets"],
        user_auth=True,
    )
    assert [str(t.id) for t in page.data][1:] == [second["id"], first["id"]]
    reply = page.data[2]
    assert reply.in_reply_to_user_id == 1001
    assert reply.referenced_tweets[0].id == int(own)
    users = {u.username: u for u in page.includes["users"]}
    assert sorted(users) == ["resident_jo", "shopkeeper"]
    assert users["resident_jo"].description == "Lives on Mill Lane"
    assert users["resident_jo"].name == "Jo <Resident>"
    assert reply.author_id == users["resident_jo"].id

    newer = client.get_users_mentions(alice["id"], since_id=second["id"], user_auth=True)
    assert [t.text for t in newer.data] == ["@alice_lpt and 2"]


def test_every_api_answer_carries_rate_headers(client, alice):
    client.return_type = requests.Response
    created = client.create_tweet(text="Counting")
    for name in ("limit", "remaining", "reset"):
        assert f"x-rate-limit-{name}" in created.headers
        assert f"x-user-limit-24hour-{name}" in created.headers
    first = client.get_me()
    second = client.get_me()
    assert int(second.headers["x-rate-limit-remaining"]) == (
        int(first.headers["x-rate-limit-remaining"]) - 1
    )
    assert int(first.headers["x-rate-limit-reset"]) > time.time()
    with pytest.raises(tweepy.Forbidden) as caught:
        client.create_tweet(text="Counting")
    assert "x-rate-limit-remaining" in caught.value.response.headers
    assert caught.value.response.headers["x-user-limit-24hour-remaining"] == "9999"


def test_the_real_per_user_window_limit_is_enforced(client):
    for _ in range(75):  # GET /2/users/me allows 75 requests per 15 minutes
        client.get_me()
    with pytest.raises(tweepy.TooManyRequests) as caught:
        client.get_me()
    assert caught.value.response.headers["x-rate-limit-remaining"] == "0"
    assert caught.value.reset_time > time.time()


def test_unknown_route_is_a_json_404(client, sandbox):
    with pytest.raises(tweepy.NotFound):
        client.request("GET", "/2/nothing/here", user_auth=True)
    response = requests.get(f"{sandbox.base_url}/2/tweets/search/recent", timeout=5)
    assert response.status_code == 404
    assert response.json()["errors"][0]["code"] == 34
