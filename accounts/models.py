from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from phonenumber_field.modelfields import PhoneNumberField

from .fields import EncryptedTextField
from .validators import validate_uk_mobile, validate_x_handle


class Role(models.TextChoices):
    OFFICER = "officer", "Officer"
    COMMS = "comms", "Corporate communications"
    ADMIN = "admin", "Administrator"


class User(AbstractUser):
    """A TweetDesk user. The guidance requires the name and mobile number of every user."""

    full_name = models.CharField(max_length=150)
    mobile = PhoneNumberField(
        region="GB",
        validators=[validate_uk_mobile],
        help_text="UK mobile number, e.g. 07912 345678",
    )
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.OFFICER)

    objects = UserManager()

    REQUIRED_FIELDS = ["email", "full_name", "mobile"]

    class Meta:
        ordering = ["full_name"]

    def __str__(self):
        return self.full_name or self.username

    def get_full_name(self):
        return self.full_name

    @property
    def is_officer(self) -> bool:
        return self.role == Role.OFFICER

    @property
    def is_comms(self) -> bool:
        return self.role == Role.COMMS

    @property
    def is_admin_role(self) -> bool:
        return self.role == Role.ADMIN


class Force(models.Model):
    """A police force: the parent of its local policing teams' accounts."""

    name = models.CharField(max_length=120, unique=True)
    handle = models.CharField(
        max_length=15,
        unique=True,
        validators=[validate_x_handle],
        help_text="The force's X handle, no @",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class LptAccount(models.Model):
    """The X account of one local policing team (LPT)."""

    force = models.ForeignKey(Force, on_delete=models.PROTECT, related_name="lpt_accounts")
    name = models.CharField(max_length=120)
    handle = models.CharField(
        max_length=15, unique=True, validators=[validate_x_handle], help_text="X handle, no @"
    )
    area = models.TextField(
        blank=True, help_text="Towns, wards and areas the team covers, one per line"
    )
    commander_handle = models.CharField(
        max_length=15,
        blank=True,
        validators=[validate_x_handle],
        help_text="The LPT commander's X handle, no @ (retweetable during critical incidents)",
    )
    members = models.ManyToManyField(User, related_name="lpt_accounts", blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} (@{self.handle})"

    @property
    def area_names(self) -> list[str]:
        return [line.strip() for line in self.area.splitlines() if line.strip()]


class LptCredentials(models.Model):
    """An account's X API credentials and web password, encrypted at rest.

    Kept apart from LptAccount so that ordinary queries never load a secret.
    """

    account = models.OneToOneField(
        LptAccount, on_delete=models.CASCADE, related_name="credentials"
    )
    consumer_key = EncryptedTextField()
    consumer_secret = EncryptedTextField()
    access_token = EncryptedTextField()
    access_token_secret = EncryptedTextField()
    web_password = EncryptedTextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "LPT credentials"

    def __str__(self):
        return f"Credentials for @{self.account.handle}"
