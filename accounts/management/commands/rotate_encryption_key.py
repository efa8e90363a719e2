"""Re-encrypt every stored secret with the newest key of ENCRYPTION_KEYS.

Key rotation:
  1. generate a key: manage.py rotate_encryption_key --generate
  2. put it first in ENCRYPTION_KEYS, keeping the old ones after it, and restart
  3. manage.py rotate_encryption_key
  4. remove the old keys from ENCRYPTION_KEYS and restart
"""

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.services import encryption_keys_rotate


class Command(BaseCommand):
    help = "Re-encrypt all credentials with the first (newest) key in ENCRYPTION_KEYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--generate",
            action="store_true",
            help="Only print a new Fernet key to put first in ENCRYPTION_KEYS; change nothing.",
        )

    def handle(self, *args, generate: bool, **options):
        if generate:
            self.stdout.write(Fernet.generate_key().decode())
            return
        if len(settings.ENCRYPTION_KEYS) < 2:
            self.stderr.write(
                "ENCRYPTION_KEYS holds one key: values are re-encrypted with the same key. "
                "To rotate, put a new key first and keep the old one after it."
            )
        try:
            rows = encryption_keys_rotate()
        except Exception as exc:  # the message only: secrets must not reach the terminal
            raise CommandError(f"Nothing was changed: {exc}") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Re-encrypted {rows} row(s) with the newest key. "
                "The older keys can now be removed from ENCRYPTION_KEYS."
            )
        )
