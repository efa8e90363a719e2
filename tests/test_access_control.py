"""Every URL of the project, walked with every kind of user: the answer each one gets.

The URLs come from the URL resolver, not from a list here, and every URL must have an entry in
ACCESS: a new view without an entry fails `test_every_url_has_an_expectation` with the line to
add. Columns: anonymous, officer (a member of the LPT the objects belong to), other officer (a
member of another LPT), comms, admin. Values: a status code, LOGIN (302 to the login page) or
ANY (for admins on the Django admin's own pages, whose model permissions decide: anything but a
redirect to login or a server error).

Objects in the URLs (PARAMS): the officer's submitted draft on their own LPT account, that LPT
account, the other officer (as the user being managed) and the force.
"""

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import resolve_url
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts.models import LptCredentials
from moderation.states import DraftState
from tests.factories import DraftFactory
from tests.mentions.helpers import make_mention

LOGIN = "302 to login"
ANY = "any answer but a redirect to login or a server error"
ROLES = ["anonymous", "officer", "other_officer", "comms", "admin"]


@dataclass(frozen=True)
class Expect:
    method: str
    answers: tuple  # one per role in ROLES
    path: str = ""  # only for URL patterns without a name: the path to request


def GET(anonymous, officer, other_officer, comms, admin, path=""):  # noqa: N802
    return Expect("get", (anonymous, officer, other_officer, comms, admin), path)


def POST(anonymous, officer, other_officer, comms, admin, path=""):  # noqa: N802
    return Expect("post", (anonymous, officer, other_officer, comms, admin), path)


# One line per URL name (or fnmatch pattern of names). POSTs send an empty form.
ACCESS = {
    #                                 anonymous officer other  comms  admin
    "home":                       GET(LOGIN,    200,    200,   200,   200),
    "login":                      GET(200,      302,    302,   302,   302),
    "logout":                     POST(LOGIN,   LOGIN,  LOGIN, LOGIN, LOGIN),
    # moderation (issue 1)
    "moderation:my-drafts":       GET(LOGIN,    200,    200,   200,   403),
    "moderation:compose":         GET(LOGIN,    200,    200,   200,   403),
    "moderation:live-check":      POST(LOGIN,   200,    200,   200,   403),
    "moderation:draft-detail":    GET(LOGIN,    200,    404,   200,   200),
    "moderation:edit":            GET(LOGIN,    302,    404,   403,   403),
    "moderation:submit":          POST(LOGIN,   302,    404,   403,   403),
    "moderation:reopen":          POST(LOGIN,   302,    404,   403,   403),
    "moderation:queue":           GET(LOGIN,    403,    403,   200,   200),
    "moderation:approve":         POST(LOGIN,   403,    403,   302,   302),
    "moderation:reject":          POST(LOGIN,   403,    403,   302,   302),
    # approval workflow (issue 4)
    "moderation:propose-retweet": GET(LOGIN,  200,    200,   200,   403),
    "moderation:bulk-approve":    POST(LOGIN,   403,    403,   302,   302),
    "moderation:edit-approve":    POST(LOGIN,   403,    403,   302,   302),
    "moderation:return":          POST(LOGIN,   403,    403,   302,   302),
    "moderation:scheduled":       GET(LOGIN,    403,    403,   200,   200),
    "moderation:reschedule":      POST(LOGIN,   403,    403,   302,   302),
    "moderation:post-now":        POST(LOGIN,   403,    403,   302,   302),
    "moderation:release":         POST(LOGIN,   403,    403,   302,   302),
    "moderation:cancel":          POST(LOGIN,   403,    403,   302,   302),
    "incidents:list":             GET(LOGIN,    403,    403,   200,   200),
    "incidents:start":            POST(LOGIN,   403,    403,   200,   200),
    "incidents:end":              POST(LOGIN,   403,    403,   302,   302),
    "incidents:settle":           POST(LOGIN,   403,    403,   302,   302),
    "notifications:list":         GET(LOGIN,    200,    200,   200,   200),
    "notifications:count":        GET(LOGIN,    200,    200,   200,   200),
    "notifications:mark-read":    POST(LOGIN,   302,    302,   302,   302),
    "audit:trail":                GET(LOGIN,    403,    403,   200,   200),
    # posting (issue 5)
    "publishing:problems":        GET(LOGIN,    403,    403,   200,   200),
    "publishing:retry":           POST(LOGIN,   403,    403,   302,   302),
    "publishing:post-now":        POST(LOGIN,   403,    403,   302,   302),
    "publishing:reschedule":      POST(LOGIN,   403,    403,   302,   302),
    "publishing:cancel":          POST(LOGIN,   403,    403,   302,   302),
    "publishing:delete":          GET(LOGIN,    403,    403,   404,   404),
    # rules administration (issue 3)
    "ruleset:overview":           GET(LOGIN,    403,    403,   403,   200),
    "ruleset:add":                POST(LOGIN,   403,    403,   403,   302),
    "ruleset:remove-entry":       POST(LOGIN,   403,    403,   403,   302),
    "ruleset:reset-rule":         POST(LOGIN,   403,    403,   403,   302),
    # mentions inbox (issue 7)
    "mentions:inbox":             GET(LOGIN,    200,    200,   200,   403),
    "mentions:fetch-now":         POST(LOGIN,   302,    302,   302,   403),
    "mentions:escalations":       GET(LOGIN,    200,    200,   200,   403),
    "mentions:close-escalation":  POST(LOGIN,   404,    404,   404,   404),
    "mentions:detail":            GET(LOGIN,    200,    404,   200,   404),
    "mentions:status":            POST(LOGIN,   302,    404,   302,   404),
    "mentions:reply":             GET(LOGIN,    200,    404,   200,   404),
    "mentions:escalate":          POST(LOGIN,   302,    404,   302,   404),
    "mentions:reclassify":        POST(LOGIN,   302,    404,   302,   404),
    # administration (issue 6)
    "accounts:account-list":      GET(LOGIN,    403,    403,   403,   200),
    "accounts:account-create":    GET(LOGIN,    403,    403,   403,   200),
    "accounts:account-detail":    GET(LOGIN,    403,    403,   403,   200),
    "accounts:account-edit":      GET(LOGIN,    403,    403,   403,   200),
    "accounts:credentials-edit":  GET(LOGIN,    403,    403,   403,   200),
    "accounts:credentials-reveal": POST(LOGIN,  403,    403,   403,   400),
    "accounts:credentials-verify": POST(LOGIN,  403,    403,   403,   200),
    "accounts:force-create":      GET(LOGIN,    403,    403,   403,   200),
    "accounts:force-edit":        GET(LOGIN,    403,    403,   403,   200),
    "accounts:user-list":         GET(LOGIN,    403,    403,   403,   200),
    "accounts:user-create":       GET(LOGIN,    403,    403,   403,   200),
    "accounts:user-edit":         GET(LOGIN,    403,    403,   403,   200),
    "accounts:user-password":     GET(LOGIN,    403,    403,   403,   200),
    "accounts:user-deactivate":   POST(LOGIN,   403,    403,   403,   302),
    "accounts:user-reactivate":   POST(LOGIN,   403,    403,   403,   302),
    "accounts:user-two-factor-remove": POST(LOGIN, 403, 403,   403,   302),
    "accounts:password-change":   GET(LOGIN,    200,    200,   200,   200),
    "accounts:two-factor":        GET(LOGIN,    403,    403,   200,   200),
    "accounts:two-factor-verify": GET(LOGIN,    302,    302,   302,   302),
    "accounts:two-factor-disable": POST(LOGIN,  403,    403,   302,   302),
    # The Django admin: TweetDeskAdminSite sends everyone but admins away before any admin code.
    "admin:login":                GET(LOGIN,    LOGIN,  LOGIN, LOGIN, LOGIN),
    "admin:*":                    GET(LOGIN,    403,    403,   403,   ANY),
}

# Values for the parameters in URL patterns, by parameter name.
PARAMS = {
    "draft_id": lambda world: world["draft"].pk,
    "account_id": lambda world: world["lpt"].pk,
    "force_id": lambda world: world["lpt"].force_id,
    "user_id": lambda world: world["other_officer"].pk,
    # The Django admin's own parameters.
    "object_id": lambda world: str(world["other_officer"].pk),
    "id": lambda world: world["other_officer"].pk,
    "pk": lambda world: world["other_officer"].pk,
    "content_type_id": lambda world: ContentType.objects.get_for_model(world["draft"]).pk,
    "app_label": lambda world: "accounts",
    "url": lambda world: "no-such-page/",
    "incident_id": lambda world: 999999,  # none: the denials are what this walk checks
    "kind": lambda world: "known_person",
    "entry_id": lambda world: 999999,
    "setting_id": lambda world: 999999,
    "mention_id": lambda world: world["mention"].pk,
    "escalation_id": lambda world: 999999,
}


@dataclass(frozen=True)
class Route:
    key: str  # "namespace:name", or "namespace:[route]" for a pattern without a name
    name: str | None
    route: str
    params: tuple[str, ...]


def _params(pattern) -> list[str]:
    # path() routes name their parameters in converters; re_path() ones in regex groups.
    return list(getattr(pattern, "converters", None) or pattern.regex.groupindex)


def project_routes(patterns=None, prefix="", namespace="", params=()) -> list[Route]:
    """Every URL pattern the resolver knows, with its namespaced name and parameters."""
    routes = []
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(entry.pattern)
        found = (*params, *_params(entry.pattern))
        if isinstance(entry, URLResolver):
            inner = ":".join(filter(None, [namespace, entry.namespace or ""]))
            routes += project_routes(entry.url_patterns, route, inner, found)
        elif isinstance(entry, URLPattern):
            name = entry.name and ":".join(filter(None, [namespace, entry.name]))
            key = name or ":".join(filter(None, [namespace, f"[{route}]"]))
            routes.append(Route(key, name, route, found))
    unique = {route.key: route for route in routes}
    return sorted(unique.values(), key=lambda route: route.key)


def expectation_for(key: str) -> Expect | None:
    if key in ACCESS:
        return ACCESS[key]
    matches = [pattern for pattern in ACCESS if fnmatchcase(key, pattern)]
    return ACCESS[max(matches, key=len)] if matches else None


ROUTES = project_routes()


def test_every_url_has_an_expectation():
    missing = [route.key for route in ROUTES if expectation_for(route.key) is None]
    assert not missing, (
        "These URLs have no access expectation in tests/test_access_control.py ACCESS; add a "
        "line for each, e.g.\n"
        + "\n".join(f'    "{key}": GET(LOGIN, 403, 403, 200, 200),' for key in missing)
    )


def test_every_url_parameter_has_a_value():
    missing = sorted({p for route in ROUTES for p in route.params if p not in PARAMS})
    assert not missing, f"Add a value for these URL parameters to PARAMS: {missing}"


def test_the_walk_covers_the_known_pages():
    keys = {route.key for route in ROUTES}
    assert {"moderation:queue", "accounts:credentials-reveal", "admin:index"} <= keys
    assert len(keys) > 40


@pytest.fixture
def world(registered, lpt, other_lpt, officer, other_officer, comms, admin_user):
    draft = DraftFactory(lpt_account=lpt, author=officer, state=DraftState.SUBMITTED)
    mention = make_mention(lpt)
    return {
        "anonymous": None,
        "officer": officer,
        "other_officer": other_officer,
        "comms": comms,
        "admin": admin_user,
        "lpt": lpt,
        "other_lpt": other_lpt,
        "draft": draft,
        "mention": mention,
    }


def _url(route: Route, expect: Expect, world) -> str:
    kwargs = {param: PARAMS[param](world) for param in route.params}
    if route.name:
        return reverse(route.name, kwargs=kwargs)
    if expect.path:
        return expect.path
    path = "/" + route.route
    for param, value in kwargs.items():
        path = re.sub(rf"<(?:\w+:)?{param}>|\(\?P<{param}>[^)]*\)", str(value), path)
    return path.replace("^", "").replace("$", "").replace("\\", "")


def _secrets(world) -> list[str]:
    values = []
    for credentials in LptCredentials.objects.all():
        values += [credentials.consumer_key, credentials.consumer_secret,
                   credentials.access_token, credentials.access_token_secret,
                   credentials.web_password]
    return [value for value in values if value]


DENIED = (LOGIN, 403, 404)
CASES = [
    pytest.param(route, role, htmx, id=f"{route.key}-{role}{'-htmx' if htmx else ''}")
    for route in ROUTES
    if expectation_for(route.key) is not None
    for role in ROLES
    # A refusal must hold for htmx requests too (a view must not answer a fragment first).
    for htmx in (False, True)
    if not htmx or (
        expectation_for(route.key).answers[ROLES.index(role)] in DENIED
        and not route.key.startswith("admin:")
    )
]


@pytest.mark.parametrize(("route", "role", "htmx"), CASES)
def test_url_answers_each_role_as_expected(client, world, route, role, htmx):
    expect = expectation_for(route.key)
    wanted = expect.answers[ROLES.index(role)]
    if world[role] is not None:
        client.force_login(world[role])
    url = _url(route, expect, world)

    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = getattr(client, expect.method)(url, **headers)

    got = response.status_code
    where = f"{expect.method.upper()} {url} as {role}"
    login = resolve_url(settings.LOGIN_URL)
    to_login = got == 302 and response["Location"].startswith(login)
    if wanted == LOGIN:
        assert to_login, f"{where}: wanted a redirect to {login}, got {got}"
    elif wanted == ANY:
        assert got < 500 and not to_login, f"{where}: got {got}"
    else:
        assert got == wanted, f"{where}: wanted {wanted}, got {got}"
        if role != "anonymous" and got == 302:
            assert not to_login, f"{where}: a signed-in user was sent to log in"
    body = response.content.decode(errors="replace")
    leaked = [secret[:4] + "..." for secret in _secrets(world) if secret in body]
    assert not leaked, f"{where}: the page shows a stored credential"


def test_a_new_view_without_an_expectation_is_named_with_the_line_to_add(settings):
    settings.ROOT_URLCONF = "tests.accounts.urls_with_unchecked_view"
    missing = [route.key for route in project_routes() if expectation_for(route.key) is None]
    assert missing == ["new-page"]
