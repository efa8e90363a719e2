"""The `external_link` rule: URLs whose host is not under an allowed domain."""

import pytest

from .helpers import fake_context, rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Video: https://www.youtube.com/watch?v=H3kQz8Lm9Pa",
            "https://www.youtube.com/watch?v=H3kQz8Lm9Pa",
        ),
        ("Scam texts from gov.uk-tax-refund.com are doing the rounds.", "gov.uk-tax-refund.com"),
        ("Read more at penkridgescouts.org.uk/news", "penkridgescouts.org.uk/news"),
        ("Book here: bit.ly/HomeSafeKinver", "bit.ly/HomeSafeKinver"),
        ("More info: https://t.co/Xyz12.", "https://t.co/Xyz12"),
        ("Sign up at www.stayintheknow.co.uk", "www.stayintheknow.co.uk"),
        (
            "Don't trust police.uk.account-verify.net, it's phishing.",
            "police.uk.account-verify.net",
        ),
        (
            "Beware of https://police.uk@evil.example.com/login",
            "https://police.uk@evil.example.com/login",
        ),
        ("See (example.com/page) for details", "example.com/page"),
        ("Phishing site: HTTPS://WWW.EXAMPLE.COM/x", "HTTPS://WWW.EXAMPLE.COM/x"),
        ("Visit ｅｘａｍｐｌｅ．ｃｏｍ now", "ｅｘａｍｐｌｅ．ｃｏｍ"),
    ],
)
def test_external_links_are_flagged_on_the_url(ctx, text, url):
    assert spans(text, ctx, "external_link") == [url]


@pytest.mark.parametrize(
    "text",
    [
        "Advice: https://www.staffordshire.police.uk/advice/fraud",
        "Report online at https://www.police.uk/pu/contact-us/",
        "Road closures are listed at staffordshire.gov.uk/roadworks",
        "Frost warnings at metoffice.gov.uk",
        "Check flooding at https://check-for-flooding.service.gov.uk.",
        "Visit gov.uk for more.",
        "Fly-tipping at ///jumps.candle.silver off the road.",
        "Email us at contact@example.com",
        "Follow @SouthStaffsDC for council news.",
        "We arrived at 5.30pm, e.g. after the match, i.e. late.",
        "Sgt.Hughes and Mr.Smith met at No.10.",
        "Great turnout tonight.Thanks all!",
        "Costs rose 3.5% this year",
    ],
)
def test_allowed_hosts_and_non_links_are_fine(ctx, text):
    assert "external_link" not in rules(text, ctx)


def test_retweet_of_a_senior_account_is_exempt():
    context = fake_context(is_retweet_of_senior_account=True)
    assert "external_link" not in rules("Great coverage: https://www.expressandstar.com/x", context)


def test_allowed_hosts_are_configurable():
    context = fake_context(allowed_link_hosts=["police.uk", "gov.uk", "staffsnewsletter.org"])
    assert "external_link" not in rules("Newsletter: news.staffsnewsletter.org/may", context)
    assert "external_link" in rules("Newsletter: staffsnewsletter.org.evil.com/may", context)
