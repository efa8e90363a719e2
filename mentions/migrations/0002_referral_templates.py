"""The force's approved referral wording, as a starting point the admin can edit."""

from django.db import migrations

TEMPLATES = [
    {
        "title": "Emergency: call 999 now",
        "kind": "emergency",
        "position": 1,
        "text": "If you or anyone else is in danger, or a crime is happening now, please call "
                "999 straight away. We can't take emergency calls on X and this account is not "
                "watched all the time.",
    },
    {
        "title": "Report it: call 101 or report online",
        "kind": "non_emergency",
        "position": 2,
        "text": "Thanks for telling us. We can't take reports on X: please call 101 or report "
                "it online at police.uk so it is logged and followed up. In an emergency always "
                "call 999.",
    },
    {
        "title": "Keep personal details off X",
        "kind": "non_emergency",
        "position": 3,
        "text": "Please don't share personal details here: replies on X are public. Report it "
                "by calling 101 or online at police.uk. If anyone is in danger, call 999.",
    },
]


def seed(apps, schema_editor):
    ReferralTemplate = apps.get_model("mentions", "ReferralTemplate")
    for spec in TEMPLATES:
        ReferralTemplate.objects.get_or_create(title=spec["title"], defaults=spec)


def unseed(apps, schema_editor):
    ReferralTemplate = apps.get_model("mentions", "ReferralTemplate")
    ReferralTemplate.objects.filter(title__in=[t["title"] for t in TEMPLATES]).delete()


class Migration(migrations.Migration):
    dependencies = [("mentions", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
