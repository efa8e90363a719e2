"""Routing: which handler answers a request, and what every /2/ request goes through first
(OAuth check, forced and real rate limits, random faults).

`SandboxApp.handle` turns a `Request` into a `Response` and never raises; the HTTP layer in
server.py only moves bytes.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

from . import pages
from .api import XApiHandlers
from .auth import SignatureVerifier
from .control import ControlHandlers, register_accounts
from .faults import FaultInjector
from .messages import (
    ApiError,
    Request,
    Response,
    control_error,
    html_response,
    page_does_not_exist,
    problem,
    too_many_requests,
    unauthorized,
)
from .ratelimits import RateLimiter
from .requestlog import LoggedRequest, RequestLog
from .store import SandboxStore

__all__ = ["Request", "Response", "SandboxApp", "register_accounts"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern
    handler: Callable[..., Response]
    endpoint: str | None = None  # rate-limit key; set only for authenticated /2/ routes


class SandboxApp:
    """The whole sandbox behind one `handle(request) -> Response` call; thread-safe."""

    def __init__(
        self,
        store: SandboxStore,
        signature_base_url: str = "https://api.twitter.com",
        clock=time.time,
    ):
        self.store = store
        self.clock = clock
        self.faults = FaultInjector(store, clock)
        self.rate_limiter = RateLimiter(clock)
        self.request_log = RequestLog()
        self.verifier = SignatureVerifier(store, signature_base_url)
        # Set on shutdown, so that slow-answer faults stop sleeping.
        self.stopping = threading.Event()
        self.routes = self._build_routes(
            XApiHandlers(store, self.faults, clock),
            ControlHandlers(store, self.faults, self.rate_limiter, self.request_log),
        )

    @staticmethod
    def _build_routes(api: XApiHandlers, control: ControlHandlers) -> list[Route]:
        def route(method, pattern, handler, endpoint=None):
            return Route(method, re.compile(pattern), handler, endpoint)

        user = r"/2/users/(?P<user_id>[^/]+)"
        return [
            route("POST", r"/2/tweets", api.create_tweet, "create_tweet"),
            route("DELETE", r"/2/tweets/(?P<tweet_id>[^/]+)", api.delete_tweet, "delete_tweet"),
            route("GET", r"/2/users/me", api.users_me, "users_me"),
            route("GET", user + r"/tweets", api.user_tweets, "user_tweets"),
            route("GET", user + r"/mentions", api.user_mentions, "user_mentions"),
            route("POST", user + r"/retweets", api.retweet, "retweet"),
            route("DELETE", user + r"/retweets/(?P<tweet_id>[^/]+)", api.unretweet, "unretweet"),
            route("GET", r"/_sandbox/health", control.health),
            route("GET", r"/_sandbox/accounts", control.list_accounts),
            route("POST", r"/_sandbox/accounts", control.register_accounts),
            route("GET", r"/_sandbox/faults", control.get_faults),
            route("POST", r"/_sandbox/faults", control.set_faults),
            route("DELETE", r"/_sandbox/faults", control.clear_faults),
            route("GET", r"/_sandbox/mentions", control.list_mentions),
            route("POST", r"/_sandbox/mentions", control.add_mention),
            route("GET", r"/_sandbox/tweets", control.list_tweets),
            route("GET", r"/_sandbox/requests", control.list_requests),
            route("POST", r"/_sandbox/reset", control.reset),
            route("GET", r"/_sandbox/admin", control.admin_page),
            route("POST", r"/_sandbox/admin/faults", control.admin_set_faults),
            route("POST", r"/_sandbox/admin/faults/clear", control.admin_clear_faults),
            route("POST", r"/_sandbox/admin/mentions", control.admin_add_mention),
            route("POST", r"/_sandbox/admin/reset", control.admin_reset),
            route("GET", r"/", control.timeline_page),
            route(
                "GET",
                r"/(?P<username>[A-Za-z0-9_]{1,15})/status/(?P<tweet_id>\d{1,19})",
                control.status_page,
            ),
        ]

    # dispatch

    def handle(self, request: Request) -> Response:
        """Answer one request. Never raises: unexpected errors become a 500."""
        try:
            return self._dispatch(request)
        except ApiError as error:
            return error.response
        except Exception:
            logger.exception("sandbox error on %s %s", request.method, request.target)
            if request.path.startswith("/2/"):
                return problem(500)
            return control_error(500, "internal sandbox error")

    def _dispatch(self, request: Request) -> Response:
        path = request.path
        matching = [(r, m) for r in self.routes if (m := r.pattern.fullmatch(path))]
        chosen = next(((r, m) for r, m in matching if r.method == request.method), None)
        if chosen is None:
            if path.startswith("/2/"):
                return page_does_not_exist()
            if path.startswith("/_sandbox/"):
                status = 405 if matching else 404
                return control_error(
                    status, f"{request.method} {path}: {HTTPStatus(status).phrase}"
                )
            return html_response(404, pages.not_found_page())
        route, match = chosen
        if route.endpoint is None:
            return route.handler(request, **match.groupdict())
        return self._api(route, request, match.groupdict())

    def _api(self, route: Route, request: Request, arguments: dict[str, str]) -> Response:
        """Authenticate, apply rate limits and faults, run an X API handler, log the answer."""
        account = self.verifier.authenticate(
            request.method, request.target, request.headers, request.body
        )
        response = self._answer(route, request, arguments, account)
        self.request_log.add(
            LoggedRequest(
                at=self.clock(),
                method=request.method,
                path=request.path,
                endpoint=route.endpoint,
                username=account.username if account else None,
                status=response.status,
                dropped=response.drop_connection,
            )
        )
        return response

    def _answer(self, route: Route, request: Request, arguments: dict[str, str], account):
        if account is None:
            response = unauthorized()
            response.headers.update(self.rate_limiter.peek("", route.endpoint).headers())
            return response
        forced = self.faults.forced_rate_limit()
        if forced is not None and forced.exceeded:
            return too_many_requests(forced.headers())
        limit_status = self.rate_limiter.hit(account.id, route.endpoint)
        if limit_status.exceeded:
            return too_many_requests(limit_status.headers())
        rate_headers = (forced or limit_status).headers()

        draw = self.faults.draw()
        if draw.error_status is not None:
            response = problem(draw.error_status)
        else:
            if draw.slow_seconds is not None and self.stopping.wait(draw.slow_seconds):
                return problem(503)
            try:
                response = route.handler(request, account, **arguments)
            except ApiError as error:
                response = error.response
            if draw.drop_after_store and route.endpoint == "create_tweet":
                response.drop_connection = response.status == 201
        response.headers.update(rate_headers)
        return response
