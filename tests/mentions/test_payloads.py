"""Answers with bad or missing fields: the good mentions are kept, the bad ones skipped."""

import pytest

from mentions.payloads import MalformedPage, parse_mentions_page

GOOD = {"id": "101", "text": "@StoneLPT hello", "author_id": "7",
        "created_at": "2026-11-25T09:30:00.000Z", "conversation_id": "101"}
AUTHOR = {"id": "7", "username": "resident", "name": "A Resident", "description": "Bio",
          "location": "Stone", "created_at": "2019-01-02T03:04:05.000Z", "verified": False,
          "protected": False, "url": "https://example.org",
          "public_metrics": {"followers_count": 12, "following_count": 3, "tweet_count": 99}}


def test_a_complete_answer_is_read_in_full():
    page = parse_mentions_page({"data": [GOOD], "includes": {"users": [AUTHOR]},
                                "meta": {"result_count": 1, "next_token": "abc"}})

    (mention,) = page.mentions
    assert (mention.tweet_id, mention.text, mention.conversation_id) == ("101", GOOD["text"], "101")
    assert mention.created_at.isoformat() == "2026-11-25T09:30:00+00:00"
    author = mention.author
    assert (author.username, author.name, author.location) == ("resident", "A Resident", "Stone")
    assert (author.followers, author.following, author.tweets) == (12, 3, 99)
    assert page.next_token == "abc" and page.newest_id == "101" and page.skipped == 0


@pytest.mark.parametrize("bad", [
    None, "text", 42, [], {}, {"text": "no id"}, {"id": "abc", "text": "x"},
    {"id": "102"}, {"id": "103", "text": None}, {"id": "104", "text": "   "},
    {"id": True, "text": "bool id"}, {"id": "1" * 30, "text": "too long an id"},
])
def test_a_bad_mention_is_skipped_and_the_rest_kept(bad):
    page = parse_mentions_page({"data": [bad, GOOD], "includes": {"users": [AUTHOR]}})

    assert [m.tweet_id for m in page.mentions] == ["101"]
    assert page.skipped == 1


@pytest.mark.parametrize("author", [
    None, "resident", {}, {"id": None}, {"username": "no id"},
    {"id": "7", "username": 5, "name": None, "description": ["x"], "verified": "yes",
     "created_at": "yesterday", "public_metrics": {"followers_count": "many",
                                                   "following_count": -1, "tweet_count": True}},
])
def test_bad_author_fields_leave_the_profile_partly_empty(author):
    page = parse_mentions_page({"data": [GOOD], "includes": {"users": [author]}})

    (mention,) = page.mentions
    assert mention.author.id == "7"
    assert mention.author.username in ("", "resident")
    assert mention.author.followers is None and mention.author.verified is None


@pytest.mark.parametrize("payload", [
    {}, {"meta": {"result_count": 0}}, {"data": None}, {"data": {"id": "1"}},
    {"data": [GOOD], "includes": None}, {"data": [GOOD], "includes": {"users": "x"}},
    {"data": [GOOD], "meta": "x"}, {"data": [GOOD], "meta": {"next_token": 5}},
    {"data": [dict(GOOD, created_at="not a time", referenced_tweets="x")]},
    {"data": [dict(GOOD, created_at="2026-11-25T09:30:00")]},  # no zone: not trusted
])
def test_odd_answers_do_not_crash(payload):
    page = parse_mentions_page(payload)

    assert all(m.created_at is None or m.created_at.tzinfo for m in page.mentions)
    assert page.next_token == ""


def test_replied_to_is_taken_from_the_referenced_tweets():
    tweet = dict(GOOD, referenced_tweets=[{"type": "quoted", "id": "5"}, "junk",
                                          {"type": "replied_to", "id": "6"}])

    (mention,) = parse_mentions_page({"data": [tweet]}).mentions

    assert mention.in_reply_to_tweet_id == "6"


@pytest.mark.parametrize("payload", [None, [], "error", 3])
def test_an_answer_that_is_not_an_object_is_malformed(payload):
    with pytest.raises(MalformedPage):
        parse_mentions_page(payload)
