"""Shared set-ups for the workflow tests."""

from moderation import services
from moderation.models import Draft

CLEAN = "Surgery reminder: PCSO Amy Clarke is at Stone library on Friday 10am to 12pm."
WARN_TEXT = "Great to see so many at the Stone library today, lol what a joke"
BLOCK_TEXT = "John Smith was arrested at 14 Mill Lane, Stone last night."


def submitted(author, account, text=CLEAN, **kwargs) -> Draft:
    draft = services.draft_save(author=author, lpt_account=account, text=text, **kwargs)
    return services.draft_submit(draft_id=draft.pk, actor=author)
