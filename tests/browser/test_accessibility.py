"""axe-core (WCAG 2.2 AA rules) on every page each role uses; serious or critical fails."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from moderation.states import DraftState
from tests.factories import DraftFactory
from tests.mentions.helpers import make_mention

WCAG_AA = {"runOnly": {"type": "tag", "values": [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}, "resultTypes": ["violations"]}
FAILING_IMPACTS = {"serious", "critical"}
NAME_FLAG = {"rule": "name", "severity": "block", "message": "A person's name",
             "excerpt": "John Smith", "start": 0, "end": 10}
TONE_FLAG = {"rule": "joke", "severity": "warn", "message": "Humour", "excerpt": "lol",
             "start": 0, "end": 3}


@pytest.fixture
def content(officer, comms, lpt):
    """Something on every page: drafts in several states, flags, a call for help."""
    now = timezone.now()
    draft = DraftFactory(author=officer, lpt_account=lpt, state=DraftState.SUBMITTED,
                         submitted_at=now, text="John Smith was seen lol",
                         flags=[NAME_FLAG, TONE_FLAG])
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.POSTED, tweet_id="700",
                 posted_at=now, submitted_at=now, flags=[TONE_FLAG])
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.FAILED,
                 failure_reason="X refused the tweet (403): duplicate content")
    mention = make_mention(lpt, text="@StoneLPT someone is breaking into cars on Oak Road now",
                           call_for_help=True, urgent=True)
    return {"draft": draft, "mention": mention}


def _violations(page, path: str) -> list[str]:
    page.goto(path)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page, options=WCAG_AA).response
    return [
        f"{path}: {violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        for violation in results["violations"]
        if violation["impact"] in FAILING_IMPACTS
    ]


def _audit(page, paths: list[str]) -> None:
    found = [line for path in paths for line in _violations(page, path)]
    assert not found, "axe found serious or critical violations:\n" + "\n".join(found)


def test_login_page_is_accessible(browsers):
    page = browsers.open()
    _audit(page, ["/login/"])
    page.get_by_role("button", name="Log in").click()  # the error state too
    found = _violations(page, page.url.removeprefix(browsers.base_url))
    assert not found, found


def test_officer_pages_are_accessible(browsers, officer, content):
    draft, mention = content["draft"], content["mention"]
    page = browsers.login(officer)
    _audit(page, [
        "/", "/drafts/", "/drafts/new/", "/drafts/new/?template=surgery", "/drafts/retweet/",
        f"/drafts/{draft.pk}/", "/mentions/", f"/mentions/{mention.pk}/",
        f"/mentions/{mention.pk}/reply/", "/mentions/escalations/", "/notifications/",
    ])
    # The composer after the live check has run, and with errors tied to their fields.
    page.goto("/drafts/new/")
    page.get_by_label("Tweet", exact=True).fill("John Smith of 12 Oak Road was arrested")
    page.locator("#check-result").get_by_text("Blocked: name").wait_for()
    page.get_by_label("Tweet", exact=True).fill("")
    page.get_by_role("button", name="Submit for approval").click()
    page.wait_for_load_state("networkidle")
    results = Axe().run(page, options=WCAG_AA).response
    assert not [v for v in results["violations"] if v["impact"] in FAILING_IMPACTS]


def test_comms_pages_are_accessible(browsers, comms, content):
    page = browsers.login(comms)
    _audit(page, [
        "/", "/queue/", "/queue/?state=expired", "/scheduled/", "/posting/", "/incidents/",
        "/audit/", "/notifications/", "/mentions/", f"/drafts/{content['draft'].pk}/",
    ])


def test_admin_pages_are_accessible(browsers, admin_user, content):
    page = browsers.login(admin_user)
    _audit(page, ["/", "/rules/", "/queue/", "/manage/accounts/", "/manage/users/",
                  "/manage/users/new/", "/account/password/", "/account/two-factor/"])
