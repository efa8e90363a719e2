import requests

from mentions.models import Mention


def add_mention(sandbox, to: str, text: str, **fields) -> dict:
    """A tweet by someone outside that mentions `to`, served by the sandbox from now on."""
    response = requests.post(
        f"{sandbox.base_url}/_sandbox/mentions",
        json={"to": to, "author_username": fields.pop("author_username", "resident"),
              "text": text, **fields},
        timeout=5,
    )
    response.raise_for_status()
    return response.json()


def set_faults(sandbox, **faults) -> None:
    requests.post(f"{sandbox.base_url}/_sandbox/faults", json=faults, timeout=5).raise_for_status()


def clear_faults(sandbox) -> None:
    requests.delete(f"{sandbox.base_url}/_sandbox/faults", timeout=5).raise_for_status()


def stored_ids(account) -> list[str]:
    return sorted(Mention.objects.filter(account=account).values_list("tweet_id", flat=True),
                  key=int)


def make_mention(account, **fields) -> Mention:
    """A stored mention, as a fetch would have left it."""
    from django.utils import timezone

    defaults = {"tweet_id": str(Mention.objects.count() + 1000), "text": "@StoneLPT hello",
                "author_username": "resident", "author_id": "77", "created_at": timezone.now()}
    return Mention.objects.create(account=account, **(defaults | fields))
