"""Ids from untrusted input: a huge or odd "id" is refused, never a crash."""

import pytest
from django.urls import reverse

from tests.mentions.helpers import make_mention
from tweetdesk.ids import parse_id

HUGE = "9" * 10_000


@pytest.mark.parametrize(
    ("value", "expected"),
    [("42", 42), (7, 7), ("0", 0), ("999999999999999999", 999_999_999_999_999_999)],
)
def test_plain_numbers_are_ids(value, expected):
    assert parse_id(value) == expected


@pytest.mark.parametrize("value", [None, "", "-1", "1.5", " 3", "3 ", "١٢", "²", HUGE,
                                   "9999999999999999999"])
def test_anything_else_is_not_an_id(value):
    assert parse_id(value) is None


def test_the_composer_ignores_a_huge_account_id(officer_client, lpt):
    compose = reverse("moderation:compose")
    assert officer_client.get(compose, {"lpt_account": HUGE}).status_code == 200
    response = officer_client.post(
        reverse("moderation:compose"), {"lpt_account": HUGE, "text": "Surgery at 10am."}
    )
    assert response.status_code == 200
    assert "Surgery at 10am." in response.content.decode()


def test_a_reply_ignores_a_huge_template_id(officer_client, lpt):
    mention = make_mention(lpt, text="@StoneLPT when is the surgery?", tweet_id="901")
    url = reverse("mentions:reply", args=[mention.pk])
    response = officer_client.get(url, {"template": HUGE})
    assert response.status_code == 200
