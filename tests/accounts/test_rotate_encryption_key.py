from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from accounts.models import LptCredentials
from audit.models import AuditEvent


def test_rotation_re_encrypts_everything_so_the_old_key_can_go(settings, lpt, other_lpt):
    old_key = settings.ENCRYPTION_KEYS[0]
    secrets = {c.pk: c.consumer_secret for c in LptCredentials.objects.all()}
    new_key = Fernet.generate_key().decode()

    settings.ENCRYPTION_KEYS = [new_key]
    with pytest.raises(ImproperlyConfigured):
        list(LptCredentials.objects.all())  # the new key alone cannot read the old values

    settings.ENCRYPTION_KEYS = [new_key, old_key]
    out = StringIO()
    call_command("rotate_encryption_key", stdout=out)
    assert "Re-encrypted 2 row(s)" in out.getvalue()

    settings.ENCRYPTION_KEYS = [new_key]
    assert {c.pk: c.consumer_secret for c in LptCredentials.objects.all()} == secrets
    assert AuditEvent.objects.get(action="credentials.keys_rotated").details == {"rows": 2}


def test_rotation_with_a_missing_key_changes_nothing(settings, lpt):
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Nothing was changed"):
        call_command("rotate_encryption_key", stdout=StringIO(), stderr=StringIO())
    assert not AuditEvent.objects.filter(action="credentials.keys_rotated").exists()


def test_generate_prints_a_fernet_key(db):
    out = StringIO()
    call_command("rotate_encryption_key", "--generate", stdout=out)
    Fernet(out.getvalue().strip().encode())  # a valid key
