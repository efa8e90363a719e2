"""`make run`'s demo: mentions in the sandbox (once) and the sergeant supervising two LPTs."""

import requests

from demo.mentions import SANDBOX_MENTIONS, demo_sandbox_mentions, demo_seed_supervisors
from demo.seed import demo_seed
from mentions.fetching import mentions_fetch
from mentions.models import Mention, Supervisor
from publishing.sandbox import sandbox_register_accounts


def test_demo_mentions_are_added_once_and_fetched_with_calls_for_help_flagged(sandbox, db):
    demo_seed()
    demo_seed_supervisors()
    sandbox_register_accounts(sandbox.base_url)

    assert demo_sandbox_mentions(sandbox.base_url) == len(SANDBOX_MENTIONS)
    assert demo_sandbox_mentions(sandbox.base_url) == 0  # a second `make run`
    served = requests.get(f"{sandbox.base_url}/_sandbox/mentions", timeout=5).json()["mentions"]
    assert len(served) == len(SANDBOX_MENTIONS)

    for account_id in Mention.account.field.related_model.objects.values_list("pk", flat=True):
        mentions_fetch(account_id=account_id)
    assert Mention.objects.count() == len(SANDBOX_MENTIONS)
    assert Mention.objects.filter(urgent=True).exists()
    assert Mention.objects.filter(call_for_help=True, urgent=False).exists()
    assert not Mention.objects.get(author_username="StoneMum").call_for_help
    assert set(Supervisor.objects.values_list("account__handle", flat=True)) == {
        "StaffordLPT", "CannockLPT"}
