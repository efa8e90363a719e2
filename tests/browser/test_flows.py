"""The product as people use it, in Chromium: drafting with live checks, approval, posting."""

import re

from playwright.sync_api import expect

from mentions.models import Mention, MentionStatus
from moderation.models import Draft
from moderation.states import DraftState
from tests.conftest import sandbox_tweets, wait_for
from tests.mentions.helpers import make_mention

FLAGGED = "John Smith of 12 Oak Road was arrested for burglary today."
CLEAN = "Thanks to everyone who came to the Stone library surgery today."


def _nav(page, name: str):
    """A link in the site's main navigation (pages may repeat it in their content)."""
    return page.get_by_role("navigation", name="Main").get_by_role("link", name=name)


def _draft_state(draft_id: int) -> str:
    return Draft.objects.values_list("state", flat=True).get(pk=draft_id)


def test_officer_sees_live_flags_comms_overrides_worker_posts_officer_sees_posted(
    browsers, registered, officer, comms, lpt, celery_worker_process
):
    officer_page = browsers.login(officer)
    _nav(officer_page, "New draft").click()
    tweet = officer_page.get_by_label("Tweet", exact=True)
    check = officer_page.locator("#check-result")

    tweet.fill(FLAGGED)
    expect(check.get_by_text("Blocked: name")).to_be_visible()
    expect(officer_page.locator("#check-summary")).to_contain_text("Blocked: name")
    tweet.fill(CLEAN)
    expect(check.get_by_text("No rule flags.")).to_be_visible()
    expect(check.get_by_text("Blocked: name")).to_have_count(0)
    expect(check).to_contain_text(f"{len(CLEAN)} / 280 characters")
    tweet.fill(FLAGGED)
    expect(check.get_by_text("Blocked: name")).to_be_visible()
    officer_page.get_by_role("button", name="Submit for approval").click()
    expect(officer_page.get_by_text("Submitted for approval by corporate comms.")).to_be_visible()
    draft = Draft.objects.get()
    assert draft.state == DraftState.SUBMITTED

    comms_page = browsers.login(comms)
    _nav(comms_page, "Approval queue").click()
    row = comms_page.locator(f"#draft-{draft.pk}")
    row.get_by_role("button", name="Approve and post").click()
    expect(comms_page.locator(f"#draft-{draft.pk}")).to_contain_text("justification")
    assert _draft_state(draft.pk) == DraftState.SUBMITTED
    row = comms_page.locator(f"#draft-{draft.pk}")
    row.get_by_label("Justification for overriding blocking flags (required)").fill(
        "Name and address released by the court; agreed with the investigating officer."
    )
    row.get_by_role("button", name="Approve and post").click()
    expect(comms_page.locator(f"#draft-{draft.pk}")).to_contain_text("Approved by")

    wait_for(lambda: _draft_state(draft.pk) == DraftState.POSTED, timeout=60)
    assert [tweet["text"] for tweet in sandbox_tweets(registered)] == [FLAGGED]

    officer_page.goto(f"/drafts/{draft.pk}/")
    expect(officer_page.locator(".state")).to_have_text("Posted")
    expect(officer_page.get_by_role("link", name="view it on the timeline")).to_be_visible()
    expect(officer_page.get_by_text("Override justification")).to_be_visible()


def test_comms_rejects_the_officer_edits_and_resubmits(browsers, officer, comms, lpt):
    officer_page = browsers.login(officer)
    officer_page.goto("/drafts/new/")
    officer_page.get_by_label("Tweet", exact=True).fill("Drunk again lol, what a night")
    officer_page.get_by_role("button", name="Submit for approval").click()
    expect(officer_page.get_by_text("Submitted for approval")).to_be_visible()
    draft = Draft.objects.get()

    comms_page = browsers.login(comms)
    comms_page.goto("/queue/")
    row = comms_page.locator(f"#draft-{draft.pk}")
    row.locator("summary", has_text="Reject").click()
    row.get_by_label("Reason for rejecting (required)").fill("Not the tone for the account.")
    row.get_by_role("button", name="Reject").click()
    expect(comms_page.locator(f"#draft-{draft.pk}")).to_contain_text("Rejected by")
    expect(comms_page.locator("#queue-announcer")).to_contain_text("Rejected")

    officer_page.goto("/drafts/")
    expect(officer_page.get_by_text("Not the tone for the account.")).to_be_visible()
    officer_page.get_by_role("link", name=re.compile("Drunk again")).click()
    officer_page.get_by_role("button", name="Edit and resubmit").click()
    officer_page.get_by_role("link", name="Edit").click()
    officer_page.get_by_label("Tweet", exact=True).fill(CLEAN)
    expect(officer_page.locator("#check-result").get_by_text("No rule flags.")).to_be_visible()
    officer_page.get_by_role("button", name="Submit for approval").click()
    expect(officer_page.locator(".state")).to_have_text("Awaiting approval")

    comms_page.goto("/queue/")
    expect(comms_page.locator(f"#draft-{draft.pk}")).to_contain_text(CLEAN)
    draft.refresh_from_db()
    assert draft.revision == 2 and draft.state == DraftState.SUBMITTED


def test_critical_incident_banner_shows_on_every_page_and_warns_the_composer(
    browsers, officer, comms, lpt
):
    comms_page = browsers.login(comms)
    comms_page.goto("/incidents/")
    comms_page.get_by_label("Reason").fill("Major incident in Stone town centre")
    comms_page.get_by_role("button", name="Start critical-incident mode").click()
    banner = comms_page.get_by_role("region", name="Critical incident")
    expect(banner).to_contain_text("Major incident in Stone town centre")

    officer_page = browsers.login(officer)
    expect(officer_page.get_by_role("region", name="Critical incident")).to_be_visible()
    officer_page.goto("/drafts/new/")
    officer_page.get_by_label("Tweet", exact=True).fill(CLEAN)
    expect(officer_page.locator(".incident-warning")).to_contain_text("Critical-incident mode")


def test_officer_replies_to_a_mention_from_the_inbox(browsers, officer, comms, lpt):
    mention = make_mention(lpt, text="@StoneLPT when is the next surgery in Stone?",
                           author_username="stone_resident")
    officer_page = browsers.login(officer)
    _nav(officer_page, "Mentions").click()
    officer_page.locator(f"#mention-{mention.pk}").get_by_role("link", name="open").click()
    officer_page.get_by_role("link", name=re.compile("^Reply")).first.click()
    tweet = officer_page.get_by_role("textbox").first
    expect(tweet).to_have_value(re.compile(r"^@stone_resident"))
    tweet.fill("@stone_resident Our next surgery is at Stone library on Friday from 10am.")
    expect(officer_page.locator("#check-result")).to_contain_text("characters")
    officer_page.get_by_role("button", name="Send for approval").click()
    expect(officer_page.get_by_text(re.compile("approval", re.I)).first).to_be_visible()

    draft = Draft.objects.get()
    assert draft.kind == "reply" and draft.in_reply_to_tweet_id == mention.tweet_id
    assert draft.state == DraftState.SUBMITTED
    assert Mention.objects.get(pk=mention.pk).status == MentionStatus.REPLIED

    comms_page = browsers.login(comms)
    comms_page.goto("/queue/")
    expect(comms_page.locator(f"#draft-{draft.pk}")).to_contain_text("Reply on @StoneLPT")


def test_without_javascript_the_composer_checks_on_save_and_the_queue_still_works(
    browsers, officer, comms, lpt
):
    officer_page = browsers.login(officer, javascript=False)
    officer_page.goto("/drafts/new/")
    officer_page.get_by_label("Tweet", exact=True).fill(FLAGGED)
    officer_page.get_by_role("button", name="Save draft").click()
    expect(officer_page.get_by_text("Draft saved.")).to_be_visible()
    expect(officer_page.get_by_text("Blocked: name").first).to_be_visible()
    officer_page.get_by_role("button", name="Submit for approval").click()
    expect(officer_page.locator(".state")).to_have_text("Awaiting approval")
    draft = Draft.objects.get()

    comms_page = browsers.login(comms, javascript=False)
    comms_page.goto("/queue/")
    row = comms_page.locator(f"#draft-{draft.pk}")
    row.locator("summary", has_text="Return to the officer").click()
    row.get_by_label("Comment for the officer (required)").fill("Leave out the address, please.")
    row.get_by_role("button", name="Return with comment").click()
    wait_for(lambda: _draft_state(draft.pk) == DraftState.RETURNED, timeout=20)

    officer_page.goto(f"/drafts/{draft.pk}/")
    expect(officer_page.locator(".reason")).to_contain_text("Leave out the address, please.")
