import base64
import io

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import permissions, selectors, services
from .forms import (
    CREDENTIAL_FIELDS,
    CredentialsForm,
    ForceForm,
    LptAccountForm,
    RevealForm,
    UserForm,
)
from .models import Force, LptAccount, LptCredentials, User
from .permissions import require

ADMINS_ONLY = "Only administrators may manage accounts and users."


def _errors(exc: ValidationError) -> list[str]:
    return exc.messages


# --- The force and its LPT accounts -----------------------------------------------------------


def _account_or_404(account_id: int) -> LptAccount:
    try:
        return selectors.lpt_account_for_management(account_id=account_id)
    except LptAccount.DoesNotExist:
        raise Http404("No such LPT account.") from None


@login_required
@require_GET
def account_list(request: HttpRequest) -> HttpResponse:
    require(permissions.may_manage_accounts(request.user), ADMINS_ONLY)
    return render(
        request,
        "accounts/account_list.html",
        {
            "accounts": selectors.lpt_accounts_for_management(),
            "forces": selectors.forces_for_management(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def force_edit(request: HttpRequest, force_id: int | None = None) -> HttpResponse:
    require(permissions.may_manage_accounts(request.user), ADMINS_ONLY)
    force = None
    if force_id is not None:
        force = Force.objects.filter(pk=force_id).first()
        if force is None:
            raise Http404("No such force.")
    if request.method == "POST":
        form = ForceForm(request.POST, instance=force)
        if form.is_valid():
            try:
                services.force_save(actor=request.user, force=force, **form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, _errors(exc))
            else:
                messages.success(request, "Force saved.")
                return redirect("accounts:account-list")
    else:
        form = ForceForm(instance=force)
    return render(request, "accounts/force_form.html", {"form": form, "force": force})


@login_required
@require_GET
def account_detail(request: HttpRequest, account_id: int) -> HttpResponse:
    require(permissions.may_manage_accounts(request.user), ADMINS_ONLY)
    return _render_account(request, _account_or_404(account_id))


def _render_account(request, account, *, partial="", status=200, **context) -> HttpResponse:
    context = {
        "account": account,
        "credentials_updated_at": selectors.credentials_updated_at(account=account),
        "credential_events": selectors.credential_events(account=account),
        "reveal_form": context.pop("reveal_form", None) or RevealForm(),
        **context,
    }
    template = "accounts/account_detail.html"
    if partial and request.htmx:
        template += f"#{partial}"
    return render(request, template, context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def account_edit(request: HttpRequest, account_id: int | None = None) -> HttpResponse:
    require(permissions.may_manage_accounts(request.user), ADMINS_ONLY)
    account = _account_or_404(account_id) if account_id is not None else None
    if account is None and not Force.objects.exists():
        messages.info(request, "Add the force first; its LPT accounts belong to it.")
        return redirect("accounts:force-create")
    if request.method == "POST":
        form = LptAccountForm(request.POST, instance=account)
        if form.is_valid():
            try:
                account = services.lpt_account_save(
                    actor=request.user, account=account, **form.cleaned_data
                )
            except ValidationError as exc:
                form.add_error(None, _errors(exc))
            else:
                messages.success(request, f"Saved @{account.handle}.")
                return redirect("accounts:account-detail", account_id=account.pk)
    else:
        form = LptAccountForm(instance=account)
    return render(request, "accounts/account_form.html", {"form": form, "account": account})


@never_cache
@sensitive_post_parameters(*CREDENTIAL_FIELDS)
@login_required
@require_http_methods(["GET", "POST"])
def credentials_edit(request: HttpRequest, account_id: int) -> HttpResponse:
    require(permissions.may_see_credentials(request.user), ADMINS_ONLY)
    account = _account_or_404(account_id)
    stored = LptCredentials.objects.filter(account=account).only("pk").first()
    if request.method == "POST":
        form = CredentialsForm(request.POST, credentials=stored)
        if form.is_valid():
            try:
                services.credentials_set(
                    actor=request.user, account=account, values=form.changed_values()
                )
            except ValidationError as exc:
                form.add_error(None, _errors(exc))
            else:
                messages.success(request, f"Credentials for @{account.handle} saved.")
                return redirect("accounts:account-detail", account_id=account.pk)
    else:
        form = CredentialsForm(credentials=stored)
    return render(request, "accounts/credentials_form.html", {"form": form, "account": account})


@never_cache
@login_required
@require_POST
def credentials_reveal(request: HttpRequest, account_id: int) -> HttpResponse:
    """Show one secret, once, to an administrator who gave a reason (audited)."""
    require(permissions.may_see_credentials(request.user), ADMINS_ONLY)
    account = _account_or_404(account_id)
    form = RevealForm(request.POST)
    if not form.is_valid():
        return _render_account(request, account, partial="reveal", reveal_form=form, status=400)
    try:
        secret = services.credentials_reveal(
            actor=request.user,
            account=account,
            field=form.cleaned_data["field"],
            reason=form.cleaned_data["reason"],
        )
    except ValidationError as exc:
        form.add_error(None, _errors(exc))
        return _render_account(request, account, partial="reveal", reveal_form=form, status=400)
    label = dict(form.fields["field"].choices)[form.cleaned_data["field"]]
    revealed = {"label": label, "value": secret}
    return _render_account(request, account, partial="reveal", revealed=revealed)


@login_required
@require_POST
def credentials_verify(request: HttpRequest, account_id: int) -> HttpResponse:
    """Check the credentials against the X API and show the account they authenticate as."""
    require(permissions.may_see_credentials(request.user), ADMINS_ONLY)
    account = _account_or_404(account_id)
    result = services.credentials_verify(actor=request.user, account=account)
    return _render_account(request, account, partial="verify", verify=result)


# --- Users ------------------------------------------------------------------------------------


def _user_or_404(user_id: int) -> User:
    user = selectors.users_for_management().filter(pk=user_id).first()
    if user is None:
        raise Http404("No such user.")
    return user


@login_required
@require_GET
def user_list(request: HttpRequest) -> HttpResponse:
    require(permissions.may_manage_users(request.user), ADMINS_ONLY)
    return render(request, "accounts/user_list.html", {"users": selectors.users_for_management()})


@sensitive_post_parameters("password1", "password2")
@login_required
@require_http_methods(["GET", "POST"])
def user_edit(request: HttpRequest, user_id: int | None = None) -> HttpResponse:
    require(permissions.may_manage_users(request.user), ADMINS_ONLY)
    subject = _user_or_404(user_id) if user_id is not None else None
    if request.method == "POST":
        form = UserForm(request.POST, instance=subject)
        if form.is_valid():
            data = form.cleaned_data
            fields = {name: data[name] for name in
                      ("username", "full_name", "email", "mobile", "role", "lpt_accounts")}
            try:
                if subject is None:
                    subject = services.user_create(
                        actor=request.user, password=data["password1"], **fields
                    )
                else:
                    subject = services.user_update(actor=request.user, user=subject, **fields)
            except ValidationError as exc:
                form.add_error(None, _errors(exc))
            else:
                messages.success(request, f"Saved {subject.full_name}.")
                return redirect("accounts:user-list")
    else:
        form = UserForm(instance=subject)
    has_two_factor = subject is not None and user_has_device(subject, confirmed=True)
    return render(
        request,
        "accounts/user_form.html",
        {"form": form, "subject": subject, "has_two_factor": has_two_factor},
    )


@sensitive_post_parameters("new_password1", "new_password2")
@login_required
@require_http_methods(["GET", "POST"])
def user_password(request: HttpRequest, user_id: int) -> HttpResponse:
    require(permissions.may_manage_users(request.user), ADMINS_ONLY)
    subject = _user_or_404(user_id)
    form = SetPasswordForm(subject, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.user_set_password(
            actor=request.user, user=subject, password=form.cleaned_data["new_password1"]
        )
        messages.success(request, f"New password set for {subject.full_name}.")
        return redirect("accounts:user-edit", user_id=subject.pk)
    return render(request, "accounts/user_password.html", {"form": form, "subject": subject})


def _set_active(request: HttpRequest, user_id: int, active: bool) -> HttpResponse:
    require(permissions.may_manage_users(request.user), ADMINS_ONLY)
    subject = _user_or_404(user_id)
    try:
        services.user_set_active(actor=request.user, user=subject, active=active)
    except ValidationError as exc:
        messages.error(request, " ".join(_errors(exc)))
    else:
        state = "reactivated" if active else "deactivated; their drafts and history stay"
        messages.success(request, f"{subject.full_name} is {state}.")
    return redirect("accounts:user-list")


@login_required
@require_POST
def user_deactivate(request: HttpRequest, user_id: int) -> HttpResponse:
    return _set_active(request, user_id, active=False)


@login_required
@require_POST
def user_reactivate(request: HttpRequest, user_id: int) -> HttpResponse:
    return _set_active(request, user_id, active=True)


@login_required
@require_POST
def user_two_factor_remove(request: HttpRequest, user_id: int) -> HttpResponse:
    """An administrator removes a user's authenticator (e.g. a lost phone)."""
    require(permissions.may_manage_users(request.user), ADMINS_ONLY)
    subject = _user_or_404(user_id)
    services.two_factor_remove(actor=request.user, user=subject)
    messages.success(request, f"Two-factor removed for {subject.full_name}.")
    return redirect("accounts:user-edit", user_id=subject.pk)


# --- Your own account: password and two-factor ------------------------------------------------


@sensitive_post_parameters("old_password", "new_password1", "new_password2")
@login_required
@require_http_methods(["GET", "POST"])
def password_change(request: HttpRequest) -> HttpResponse:
    require(permissions.may_change_own_password(request.user))
    form = PasswordChangeForm(request.user, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        services.user_changed_own_password(user=user)
        update_session_auth_hash(request, user)
        messages.success(request, "Your password is changed.")
        return redirect("home")
    return render(request, "accounts/password_change.html", {"form": form})


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def _qr_code_data_uri(text: str) -> str:
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _token(request: HttpRequest) -> str:
    token = request.POST.get("token", "")
    return "".join(token.split())[:12] if isinstance(token, str) else ""


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def two_factor(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app (TOTP), or see that one is set up."""
    require(permissions.may_use_two_factor(request.user), "Two-factor is for comms and admins.")
    user = request.user
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    error = ""
    if confirmed is None:
        device = services.two_factor_pending_device(user=user)
        if request.method == "POST":
            token = _token(request)
            if not token.isdigit():
                error = "Enter the 6-digit code your authenticator app shows."
            elif (confirmed := services.two_factor_confirm(user=user, token=token)):
                otp_login(request, confirmed)
                messages.success(request, "Two-factor is on: you will be asked for a code "
                                          "each time you log in.")
                return redirect(_next_url(request) or "home")
            else:
                error = "That code is not right; check the app's clock and try the next code."
        context = {
            "device": device,
            "secret": base64.b32encode(device.bin_key).decode(),
            "qr_code": _qr_code_data_uri(device.config_url),
        }
    else:
        context = {"confirmed": confirmed}
    context.update(
        error=error,
        required=permissions.two_factor_required(user),
        next=_next_url(request),
    )
    return render(request, "accounts/two_factor.html", context, status=400 if error else 200)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    """The second step of logging in: the code from the authenticator app."""
    user = request.user
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None or user.is_verified():
        return redirect(_next_url(request) or "home")
    error = ""
    if request.method == "POST":
        token = _token(request)
        if token.isdigit() and device.verify_token(token):
            otp_login(request, device)
            return redirect(_next_url(request) or "home")
        error = "That code is not right. Wait for the next code and try again."
    return render(
        request,
        "accounts/two_factor_verify.html",
        {"error": error, "next": _next_url(request)},
        status=400 if error else 200,
    )


@login_required
@require_POST
def two_factor_disable(request: HttpRequest) -> HttpResponse:
    require(permissions.may_use_two_factor(request.user), "Two-factor is for comms and admins.")
    services.two_factor_remove(actor=request.user, user=request.user)
    messages.success(request, "Two-factor is off.")
    return redirect("accounts:two-factor")
