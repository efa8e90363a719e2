"""What admins tune about the rules engine: people and places it must not flag, allowed link
hosts, and each rule's severity or on/off state, force-wide or per LPT account."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from moderation.rules import RULES

RULE_CHOICES = [(code, info.title) for code, info in RULES.items()]


class Severity(models.TextChoices):
    BLOCK = "block", "Block (needs an override to approve)"
    WARN = "warn", "Warn (must be acknowledged)"


class KnownPerson(models.Model):
    """A named person who may appear in tweets: partners, councillors, public figures."""

    name = models.CharField(max_length=120, unique=True)
    note = models.CharField(max_length=200, blank=True, help_text="Who they are, for colleagues")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "known people"

    def __str__(self):
        return self.name


class PlaceName(models.Model):
    """A town, ward, estate, street or building of the force's area: never a person's name."""

    class Kind(models.TextChoices):
        TOWN = "town", "Town or village"
        WARD = "ward", "Ward or area"
        ESTATE = "estate", "Estate"
        STREET = "street", "Street or road"
        BUILDING = "building", "Building, school or park"

    name = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.TOWN)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class AllowedLinkHost(models.Model):
    """A host (and its subdomains) that tweets may link to, beyond police.uk and gov.uk."""

    host = models.CharField(max_length=253, unique=True)
    note = models.CharField(max_length=200, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["host"]

    def __str__(self):
        return self.host


class RuleSetting(models.Model):
    """A rule's severity and on/off state, force-wide (no account) or for one LPT account."""

    rule = models.CharField(max_length=32, choices=RULE_CHOICES)
    lpt_account = models.ForeignKey(
        "accounts.LptAccount", on_delete=models.CASCADE, null=True, blank=True,
        related_name="rule_settings",
    )
    severity = models.CharField(max_length=8, choices=Severity.choices)
    enabled = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["rule"]
        constraints = [
            models.UniqueConstraint(
                fields=["rule", "lpt_account"], name="rule_setting_unique_per_account"
            ),
            models.UniqueConstraint(
                fields=["rule"], condition=Q(lpt_account=None), name="rule_setting_unique_force"
            ),
        ]

    def __str__(self):
        scope = f"@{self.lpt_account.handle}" if self.lpt_account_id else "force-wide"
        return f"{self.rule} ({scope}): {self.severity}{'' if self.enabled else ', off'}"
