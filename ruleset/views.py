from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from accounts import permissions
from accounts.models import LptAccount
from moderation.rules import RULES

from . import services
from .forms import KnownPersonForm, LinkHostForm, PlaceForm, RuleSettingForm
from .models import AllowedLinkHost, KnownPerson, PlaceName, RuleSetting


def _require_admin(request: HttpRequest) -> None:
    permissions.require(
        permissions.may_administer(request.user), "Only admins manage the rules configuration."
    )


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    _require_admin(request)
    settings_by_rule = {
        (s.rule, s.lpt_account_id): s for s in RuleSetting.objects.select_related("lpt_account")
    }
    rules = [
        {
            "info": info,
            "force": settings_by_rule.get((code, None)),
            "accounts": [s for (rule, account), s in settings_by_rule.items()
                         if rule == code and account is not None],
        }
        for code, info in RULES.items()
    ]
    context = {
        "rules": rules,
        "people": KnownPerson.objects.select_related("added_by"),
        "places": PlaceName.objects.all(),
        "hosts": AllowedLinkHost.objects.all(),
        "accounts": LptAccount.objects.all(),
        "person_form": KnownPersonForm(),
        "place_form": PlaceForm(),
        "host_form": LinkHostForm(),
        "setting_form": RuleSettingForm(),
    }
    return render(request, "ruleset/overview.html", context)


def _run(request: HttpRequest, form, action, success: str) -> HttpResponse:
    if form.is_valid():
        try:
            action(**form.cleaned_data)
            messages.success(request, success.format(**form.cleaned_data))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    else:
        errors = "; ".join(
            f"{form.fields[field].label or field}: {' '.join(errs)}" if field != "__all__"
            else " ".join(errs)
            for field, errs in form.errors.items()
        )
        messages.error(request, f"Not saved. {errors}")
    return redirect("ruleset:overview")


# One table instead of four near-identical views: what each "add" form posts and calls.
ADDERS = {
    "known_person": (KnownPersonForm, services.known_person_add,
                     "Added {name} to the known people."),
    "place": (PlaceForm, services.place_add, "Added {name} to the place gazetteer."),
    "link_host": (LinkHostForm, services.link_host_add, "Links to {host} are now allowed."),
    "rule_setting": (RuleSettingForm, services.rule_setting_set, "Saved the setting for {rule}."),
}


@login_required
@require_POST
def add_entry(request: HttpRequest, kind: str) -> HttpResponse:
    _require_admin(request)
    if kind not in ADDERS:
        raise Http404("No such list.")
    form_class, service, success = ADDERS[kind]
    return _run(
        request, form_class(request.POST),
        lambda **data: service(actor=request.user, **data), success,
    )


@login_required
@require_POST
def remove_entry(request: HttpRequest, kind: str, entry_id: int) -> HttpResponse:
    _require_admin(request)
    if kind not in services.REMOVABLE_KINDS:
        raise Http404("No such list.")
    try:
        services.entry_remove(actor=request.user, kind=kind, entry_id=entry_id)
        messages.success(request, "Removed.")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("ruleset:overview")


@login_required
@require_POST
def reset_rule(request: HttpRequest, setting_id: int) -> HttpResponse:
    _require_admin(request)
    setting = RuleSetting.objects.filter(pk=setting_id, lpt_account__isnull=False).first()
    if setting is None:
        messages.error(request, "That setting no longer exists.")
    else:
        services.rule_setting_reset(
            actor=request.user, rule=setting.rule, lpt_account=setting.lpt_account
        )
        messages.success(request, f"@{setting.lpt_account.handle} now follows the force setting.")
    return redirect("ruleset:overview")
