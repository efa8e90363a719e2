"""Session idle timeout, and two-factor enforcement: after the password, a user with a TOTP device
must enter a code, and a user for whom two-factor is required must enrol one, before any other
page."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from . import permissions
from .two_factor import has_confirmed_device

LAST_ACTIVITY_KEY = "tweetdesk_last_activity"
# Writing the time of activity at most this often keeps session writes down.
ACTIVITY_RESOLUTION_SECONDS = 60


class SessionIdleTimeoutMiddleware:
    """Log out after SESSION_IDLE_SECONDS without activity.

    Requests a page makes by itself (htmx polling, e.g. the notification count) are not activity:
    their URL names are in SESSION_IDLE_EXEMPT_URL_NAMES, and they neither renew the session nor
    its cookie (SESSION_SAVE_EVERY_REQUEST is off; only this middleware's write renews it).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated:
            return None
        now = int(time.time())
        last = request.session.get(LAST_ACTIVITY_KEY, now)
        if now - last > settings.SESSION_IDLE_SECONDS:
            logout(request)
            return _redirect(request, settings.LOGIN_URL)
        match = request.resolver_match
        if match is not None and match.view_name in settings.SESSION_IDLE_EXEMPT_URL_NAMES:
            return None
        if LAST_ACTIVITY_KEY not in request.session or now - last >= ACTIVITY_RESOLUTION_SECONDS:
            request.session[LAST_ACTIVITY_KEY] = now
        return None


# Pages reachable between the password and the second factor.
EXEMPT_URL_NAMES = {"login", "logout", "accounts:two-factor", "accounts:two-factor-verify"}


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and match.view_name in EXEMPT_URL_NAMES:
            return None
        if has_confirmed_device(user):
            return _redirect(request, "accounts:two-factor-verify")
        if permissions.two_factor_required(user):
            return _redirect(request, "accounts:two-factor")
        return None


def _redirect(request: HttpRequest, url_name: str) -> HttpResponse:
    response = redirect_to_login(request.get_full_path(), reverse(url_name))
    if request.htmx:
        # htmx would swap the redirected page into a fragment; ask it to navigate instead.
        response = HttpResponse(status=204, headers={"HX-Redirect": response["Location"]})
    return response
