"""publishing.xapi: the transport adapter and client factory, without Django."""

import tweepy

from publishing.xapi import DEFAULT_TIMEOUT, ApiBaseUrlAdapter, build_client


def test_adapter_rewrites_only_the_twitter_api_origin():
    adapter = ApiBaseUrlAdapter("http://127.0.0.1:8001/")
    assert (
        adapter.rewrite_url("https://api.twitter.com/2/users/1/tweets?max_results=5&since_id=9")
        == "http://127.0.0.1:8001/2/users/1/tweets?max_results=5&since_id=9"
    )
    assert adapter.rewrite_url("https://api.twitter.com.evil.example/2/x") == (
        "https://api.twitter.com.evil.example/2/x"
    )
    assert adapter.rewrite_url("https://upload.twitter.com/1.1/x") == (
        "https://upload.twitter.com/1.1/x"
    )


def test_build_client_mounts_the_adapter_with_the_timeout():
    client = build_client(
        consumer_key="ck",
        consumer_secret="cs",
        access_token="1-at",
        access_token_secret="ats",
    )
    assert isinstance(client, tweepy.Client)
    assert client.wait_on_rate_limit is False
    adapter = client.session.get_adapter("https://api.twitter.com/2/tweets")
    assert isinstance(adapter, ApiBaseUrlAdapter)
    assert adapter.base_url == "https://api.twitter.com"
    assert adapter.default_timeout == DEFAULT_TIMEOUT
    assert adapter.rewrite_url("https://api.twitter.com/2/tweets") == (
        "https://api.twitter.com/2/tweets"
    )


def test_client_reaches_the_sandbox_through_the_adapter(client):
    # The `client` fixture is build_client(base_url=sandbox) -- a signed round trip proves the
    # signature was made over api.twitter.com and the request went to the sandbox.
    assert client.create_tweet(text="Through the adapter").data["text"] == "Through the adapter"
