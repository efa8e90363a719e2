"""Every form, fuzzed through its view: random unicode, huge values, missing fields, wrong types.

For each example: no server error; when the input is refused, a message says why and the
database is exactly as before (nothing half-written); when something was written, the request
was accepted. Each example runs in a transaction that is rolled back afterwards.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from django.contrib import messages
from django.contrib.messages import get_messages
from django.db import transaction
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.models import Force, LptAccount, LptCredentials, User
from audit.models import AuditEvent
from moderation.models import Draft
from moderation.states import DraftState
from tests.factories import DraftFactory

SNAPSHOT_MODELS = [User, Force, LptAccount, LptCredentials, Draft, AuditEvent, TOTPDevice]


@dataclass(frozen=True)
class FormCase:
    url_name: str
    user: str | None  # fixture name of the user submitting, None for anonymous
    fields: tuple[str, ...]
    args: tuple[str, ...] = ()  # world keys whose pk goes into the URL
    htmx: bool = False
    # The composer's live check only reports (always 200, writes nothing); it needs no message.
    needs_message: bool = True
    known_values: dict = field(default_factory=dict)  # plausible values mixed in per field


USER_FIELDS = ("username", "full_name", "email", "mobile", "role", "lpt_accounts")

FORMS = [
    FormCase("login", None, ("username", "password"),
             known_values={"username": ["officer"]}),
    FormCase("accounts:force-create", "admin_user", ("name", "handle")),
    FormCase("accounts:force-edit", "admin_user", ("name", "handle"), args=("force",)),
    FormCase("accounts:account-create", "admin_user",
             ("force", "name", "handle", "area", "commander_handle", "members", "is_active"),
             known_values={"force": ["force"], "members": ["officer"]}),
    FormCase("accounts:account-edit", "admin_user",
             ("force", "name", "handle", "area", "commander_handle", "members", "is_active"),
             args=("lpt",), known_values={"force": ["force"], "members": ["officer"]}),
    FormCase("accounts:credentials-edit", "admin_user",
             ("consumer_key", "consumer_secret", "access_token", "access_token_secret",
              "web_password"), args=("lpt",)),
    FormCase("accounts:credentials-reveal", "admin_user", ("field", "reason"), args=("lpt",),
             known_values={"field": ["web_password", "consumer_key"]}),
    FormCase("accounts:credentials-reveal", "admin_user", ("field", "reason"), args=("lpt",),
             htmx=True, known_values={"field": ["web_password"]}),
    FormCase("accounts:user-create", "admin_user", (*USER_FIELDS, "password1", "password2"),
             known_values={"role": ["officer", "comms", "admin"], "lpt_accounts": ["lpt"],
                           "mobile": ["07912 345678", "+447912345678"]}),
    FormCase("accounts:user-edit", "admin_user", USER_FIELDS, args=("officer",),
             known_values={"role": ["officer", "comms"], "lpt_accounts": ["lpt"],
                           "mobile": ["07912 345678"], "username": ["officer"]}),
    FormCase("accounts:user-password", "admin_user", ("new_password1", "new_password2"),
             args=("officer",)),
    FormCase("accounts:password-change", "officer",
             ("old_password", "new_password1", "new_password2")),
    FormCase("accounts:two-factor", "comms", ("token", "next")),
    FormCase("accounts:two-factor-verify", "comms_with_device", ("token", "next")),
    FormCase("moderation:compose", "officer", ("lpt_account", "text", "submit"),
             known_values={"lpt_account": ["lpt"]}),
    FormCase("moderation:live-check", "officer", ("text", "lpt_account"), htmx=True,
             needs_message=False, known_values={"lpt_account": ["lpt"]}),
    FormCase("moderation:approve", "comms", ("override_reason",), args=("draft",)),
    FormCase("moderation:reject", "comms", ("reason",), args=("draft",)),
    FormCase("moderation:reject", "comms", ("reason",), args=("draft",), htmx=True),
]

ODD_VALUES = [
    "", " ", "0", "-1", "1e309", "NaN", "null", "None", "true", "[]", "{}", "\x00", "a\x00b",
    "@", "+44", "<script>alert(1)</script>", "' OR 1=1 --", "１２３", "\u202e", "😀" * 5,
    "\r\n\r\n", "%s%s%n", "../../etc/passwd",
]
unicode_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
huge = st.one_of(
    st.integers(1_000, 60_000).map(lambda n: "x" * n),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=3).map(
        lambda s: s * 10_000
    ),
)
scalar = st.one_of(
    unicode_text,
    st.sampled_from(ODD_VALUES),
    st.integers(-(10**30), 10**30).map(str),
    st.floats().map(str),
    huge,
)


def _value(case: FormCase, name: str, world: dict):
    known = [
        str(world[value].pk) if value in world else value
        for value in case.known_values.get(name, [])
    ]
    one = st.one_of(scalar, st.sampled_from(known)) if known else scalar
    return st.one_of(one, st.lists(one, min_size=2, max_size=3))  # a list: repeated keys


def form_data(case: FormCase, world: dict):
    optional = {name: _value(case, name, world) for name in case.fields}
    extra = st.dictionaries(st.sampled_from(["id", "pk", "is_superuser", "csrfmiddlewaretoken",
                                             "x" * 300]), scalar, max_size=2)
    return st.tuples(st.fixed_dictionaries({}, optional=optional), extra).map(
        lambda pair: {**pair[1], **pair[0]}
    )


# Bookkeeping that refused input is meant to update: django-otp's back-off after wrong codes.
NOT_COMPARED = {"throttling_failure_timestamp", "throttling_failure_count", "last_t",
                "last_used_at"}


def snapshot() -> dict:
    return {
        model.__name__: [
            {key: value for key, value in row.items() if key not in NOT_COMPARED}
            for row in model.objects.order_by("pk").values()
        ]
        for model in SNAPSHOT_MODELS
    }


class _Rollback(Exception):
    pass


@contextmanager
def rolled_back():
    try:
        with transaction.atomic():
            yield
            raise _Rollback
    except _Rollback:
        pass


def _messages(response) -> list:
    return list(get_messages(response.wsgi_request))


def _shows_a_message(response) -> bool:
    body = response.content.decode(errors="replace")
    if any(marker in body for marker in ('role="alert"', 'class="errorlist', "field-error")):
        return True
    if response.status_code in (400, 429) and body.strip():
        return True
    return any(message.level >= messages.WARNING for message in _messages(response))


def _accepted(response) -> bool:
    if response.status_code == 302:
        return not any(m.level >= messages.WARNING for m in _messages(response))
    return response.status_code == 200 and 'role="alert"' not in response.content.decode()


@pytest.fixture
def comms_with_device(comms):
    TOTPDevice.objects.create(user=comms, name="app", confirmed=True)
    return comms


@pytest.fixture
def world(lpt, other_lpt, officer, other_officer, comms, admin_user):
    return {
        "lpt": lpt,
        "force": lpt.force,
        "officer": officer,
        "draft": DraftFactory(lpt_account=lpt, author=officer, state=DraftState.SUBMITTED),
    }


@pytest.mark.parametrize(
    "case", FORMS, ids=[f"{c.url_name}{'-htmx' if c.htmx else ''}" for c in FORMS]
)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
@given(data=st.data())
def test_fuzzed_form_input_is_refused_cleanly_or_accepted_whole(
    client, request, world, case, data
):
    if case.user:
        client.force_login(request.getfixturevalue(case.user))
    url = reverse(case.url_name, args=[world[key].pk for key in case.args])
    if case.url_name == "accounts:two-factor":
        client.get(url)  # creates the pending authenticator before the snapshot
    payload = data.draw(form_data(case, world), label="POST")
    headers = {"HTTP_HX_REQUEST": "true"} if case.htmx else {}

    client.cookies.pop("messages", None)  # only this example's messages count
    with rolled_back():
        before = snapshot()
        response = client.post(url, payload, **headers)
        changed = snapshot() != before

        assert response.status_code < 500
        if changed:
            assert _accepted(response), "the database changed, yet the input was refused"
        elif case.needs_message and not _accepted(response):
            assert _shows_a_message(response), f"refused without a message: {response.status_code}"
