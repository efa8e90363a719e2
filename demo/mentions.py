"""The mentions inbox's demo: the sergeant supervising two LPTs, and mentions in the sandbox."""

import requests
from django.conf import settings
from django.db import transaction

from accounts.models import LptAccount, User
from mentions.models import Supervisor, SupervisorRank

SUPERVISORS = [
    ("sergeant", "StaffordLPT", SupervisorRank.SERGEANT),
    ("sergeant", "CannockLPT", SupervisorRank.SERGEANT),
]

# Mentions the sandbox serves at `make run`: routine ones, calls for help, a link, a thread.
SANDBOX_MENTIONS = [
    {"to": "StaffordLPT", "author_username": "StoneMum", "author_name": "Karen (Stone)",
     "author_description": "Mum of two, Stone born and bred. School run survivor.",
     "text": "@StaffordLPT thanks for your help yesterday at the school gates, the kids loved "
             "meeting the PCSOs!"},
    {"to": "StaffordLPT", "author_username": "EcclesFete", "author_name": "Eccleshall Fete",
     "author_description": "Community fete, every August. Volunteers welcome.",
     "text": "@StaffordLPT help spread the word about Saturday's event, it would be great to "
             "see you there https://eccleshallfete.example/saturday"},
    {"to": "StaffordLPT", "author_username": "GnosallRes", "author_name": "Pat",
     "author_description": "",
     "text": "@StaffordLPT my shed was broken into last night and my bike stolen, how do I "
             "report it?"},
    {"to": "StaffordLPT", "author_username": "worried_stone", "author_name": "Sam",
     "author_description": "Night shift worker.",
     "text": "@StaffordLPT someone is breaking into the house next door right now, please send "
             "someone"},
    {"to": "CannockLPT", "author_username": "HednesfordNews", "author_name": "Hednesford News",
     "author_description": "Local news for Hednesford and district.",
     "text": "@CannockLPT any update on the road closure on the A460 this morning?"},
    {"to": "CannockLPT", "author_username": "angry_rugeley", "author_name": None,
     "author_description": "",
     "text": "@CannockLPT you lot never do anything about the bikers on the Chase, total "
             "joke. Everyone is sharing this now"},
    {"to": "LichfieldLPT", "author_username": "BurntwoodBiz", "author_name": "Burntwood Traders",
     "author_description": "Traders' association.",
     "text": "@LichfieldLPT great to see officers at the traders' meeting, thank you"},
]


@transaction.atomic
def demo_seed_supervisors() -> None:
    for username, handle, rank in SUPERVISORS:
        user = User.objects.filter(username=username).first()
        account = LptAccount.objects.filter(handle=handle).first()
        if user and account:
            Supervisor.objects.get_or_create(account=account, user=user,
                                             defaults={"rank": rank})


def demo_sandbox_mentions(base_url: str | None = None) -> int:
    """Add the demo mentions to the sandbox unless it already has mentions (a re-run)."""
    base_url = (base_url or settings.TWITTER_API_BASE_URL).rstrip("/")
    existing = requests.get(f"{base_url}/_sandbox/mentions", timeout=5)
    existing.raise_for_status()
    if existing.json()["mentions"]:
        return 0
    for mention in SANDBOX_MENTIONS:
        data = {key: value for key, value in mention.items() if value is not None}
        requests.post(f"{base_url}/_sandbox/mentions", json=data, timeout=5).raise_for_status()
    return len(SANDBOX_MENTIONS)
