"""`manage.py checktweets [--account HANDLE] [--inbound]`: check JSON-lines tweets from stdin."""

import sys

from django.core.management.base import BaseCommand

from moderation.rules import check
from moderation.rules.jsonl import inbound_flags, run_jsonl
from moderation.rules_config import rules_context_for


class Command(BaseCommand):
    help = (
        'Read {"id": ..., "text": ...} lines on stdin and write {"id": ..., "flags": [...]} '
        "lines on stdout, in the same order. Bad lines are reported on stderr by line number."
    )

    def add_arguments(self, parser):
        parser.add_argument("--account", metavar="HANDLE", help="use this account's rules settings")
        parser.add_argument(
            "--inbound", action="store_true", help="treat the lines as mentions sent to the account"
        )

    def handle(self, *args, account=None, inbound=False, **options):
        context = rules_context_for(account)
        run_jsonl(
            sys.stdin.buffer,
            self.stdout,
            self.stderr,
            context,
            checker=inbound_flags if inbound else check,
        )
