"""Forms of the management pages. They parse and validate; the services in `services.py` write."""

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator
from phonenumber_field.formfields import PhoneNumberField

from .models import Force, LptAccount, LptCredentials, Role, User
from .validators import validate_uk_mobile, validate_x_handle

MAX_AREA_CHARACTERS = 4000
MAX_AREA_LINES = 200
MAX_SECRET_CHARACTERS = 500
MAX_PASSWORD_CHARACTERS = 1024
CREDENTIAL_FIELDS = [
    "consumer_key",
    "consumer_secret",
    "access_token",
    "access_token_secret",
    "web_password",
]
# The X API needs these four; the web password is optional (not every account has one on file).
API_CREDENTIAL_FIELDS = CREDENTIAL_FIELDS[:4]


class HandleField(forms.CharField):
    """An X handle; a leading @ and surrounding spaces are forgiven."""

    default_validators = [validate_x_handle]

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 16)
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return value.removeprefix("@").strip()


class ForceForm(forms.ModelForm):
    handle = HandleField(label="X handle")

    class Meta:
        model = Force
        fields = ["name", "handle"]


class LptAccountForm(forms.ModelForm):
    handle = HandleField(label="X handle")
    commander_handle = HandleField(
        label="Commander's X handle",
        required=False,
        help_text="During critical incidents only the force's and this account's tweets are "
        "retweeted.",
    )
    area = forms.CharField(
        label="Area",
        required=False,
        max_length=MAX_AREA_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Towns, wards and areas the team covers, one per line. They feed the place "
        "checks and the hashtag suggestions.",
    )
    members = forms.ModelMultipleChoiceField(
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Officers who draft for this account.",
    )

    class Meta:
        model = LptAccount
        fields = ["force", "name", "handle", "area", "commander_handle", "members", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["force"].empty_label = None
        self.fields["members"].queryset = User.objects.filter(is_active=True).order_by(
            "full_name"
        )

    def clean_area(self) -> str:
        lines = [" ".join(line.split()) for line in self.cleaned_data["area"].splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > MAX_AREA_LINES:
            raise forms.ValidationError(f"List at most {MAX_AREA_LINES} places, one per line.")
        if any(len(line) > 100 for line in lines):
            raise forms.ValidationError("Each place is one line of at most 100 characters.")
        return "\n".join(dict.fromkeys(lines))  # drop repeats, keep the order


def _secret_field(label: str, *, strip: bool = True) -> forms.CharField:
    return forms.CharField(
        label=label,
        strip=strip,
        max_length=MAX_SECRET_CHARACTERS,
        widget=forms.PasswordInput(
            render_value=False, attrs={"autocomplete": "off", "spellcheck": "false"}
        ),
    )


class CredentialsForm(forms.Form):
    """New credentials. Nothing is ever pre-filled; a blank field keeps the stored value."""

    consumer_key = _secret_field("API key (consumer key)")
    consumer_secret = _secret_field("API key secret (consumer secret)")
    access_token = _secret_field("Access token")
    access_token_secret = _secret_field("Access token secret")
    web_password = _secret_field("Web password (x.com log-in)", strip=False)

    def __init__(self, *args, credentials: LptCredentials | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_stored = credentials is not None
        for name, field in self.fields.items():
            # On first entry the four API values are required; afterwards blank means "keep".
            field.required = not self.has_stored and name in API_CREDENTIAL_FIELDS
            if self.has_stored:
                field.help_text = "Leave blank to keep the stored value."

    def clean(self):
        cleaned = super().clean()
        for name in API_CREDENTIAL_FIELDS:
            value = cleaned.get(name) or ""
            if value and (any(ch.isspace() for ch in value) or not value.isprintable()):
                self.add_error(name, "This value has spaces or invisible characters in it.")
        password = cleaned.get("web_password") or ""
        if password and not password.isprintable():
            self.add_error("web_password", "The password has invisible characters in it.")
        if self.has_stored and not any(cleaned.get(name) for name in CREDENTIAL_FIELDS):
            raise forms.ValidationError("Enter at least one new value; nothing was changed.")
        return cleaned

    def changed_values(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in CREDENTIAL_FIELDS
                if self.cleaned_data.get(name)}


class RevealForm(forms.Form):
    field = forms.ChoiceField(
        label="Reveal",
        choices=[(name, CredentialsForm.base_fields[name].label) for name in CREDENTIAL_FIELDS],
    )
    reason = forms.CharField(
        label="Why do you need to see it?",
        min_length=10,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Recorded in the audit trail with your name.",
        error_messages={"required": "Give the reason; it is recorded in the audit trail."},
    )


class UserForm(forms.ModelForm):
    """Create or change a user: name, mobile, role, memberships (and a password when new)."""

    full_name = forms.CharField(label="Full name", max_length=150)
    mobile = PhoneNumberField(
        region="GB",
        label="Mobile number",
        validators=[validate_uk_mobile],
        help_text="A UK mobile number, e.g. 07912 345678.",
        error_messages={"invalid": "Enter a UK mobile number, e.g. 07912 345678."},
    )
    lpt_accounts = forms.ModelMultipleChoiceField(
        label="LPT accounts",
        queryset=LptAccount.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="The accounts an officer drafts for.",
    )
    password1 = forms.CharField(
        label="Password",
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label="Password again",
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    class Meta:
        model = User
        fields = ["username", "full_name", "email", "mobile", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = False
        self.fields["role"].choices = Role.choices
        self.fields["lpt_accounts"].queryset = LptAccount.objects.select_related("force")
        if self.instance.pk:
            del self.fields["password1"], self.fields["password2"]
            self.fields["lpt_accounts"].initial = list(
                self.instance.lpt_accounts.values_list("pk", flat=True)
            )

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        taken = User.objects.filter(username__iexact=username).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError("That username is taken.")
        return username

    def clean(self):
        cleaned = super().clean()
        if "password1" in self.fields:
            first, second = cleaned.get("password1"), cleaned.get("password2")
            if first and second and first != second:
                self.add_error("password2", "The two passwords differ.")
            elif first:
                probe = User(
                    username=cleaned.get("username", ""),
                    full_name=cleaned.get("full_name", ""),
                    email=cleaned.get("email", ""),
                )
                try:
                    password_validation.validate_password(first, probe)
                except forms.ValidationError as exc:
                    self.add_error("password1", exc)
        return cleaned


class LoginForm(AuthenticationForm):
    """Django's login form with its length limits enforced before anything is looked up.

    AuthenticationForm sets the username's max_length after the field is built, so the limit is
    only an HTML attribute; an over-long name would reach django-axes' 255-character column.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length or 150))
        self.fields["password"].validators.append(MaxLengthValidator(MAX_PASSWORD_CHARACTERS))
