"""Requests and responses of the sandbox, and the error answers in X's JSON shapes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    target: str  # path and query exactly as received
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        parsed = parse_qs(urlsplit(self.target).query, keep_blank_values=True)
        return {name: values[0] for name, values in parsed.items()}


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    # Close the socket abruptly instead of answering (the work has been done already).
    drop_connection: bool = False


class ApiError(Exception):
    """Raised by handlers to answer with an error response."""

    def __init__(self, response: Response):
        super().__init__(response.status)
        self.response = response


def json_response(status: int, payload, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return Response(status, body, "application/json; charset=utf-8", dict(headers or {}))


def html_response(status: int, html: str) -> Response:
    return Response(status, html.encode("utf-8"), "text/html; charset=utf-8")


def redirect(location: str) -> Response:
    return Response(HTTPStatus.SEE_OTHER, b"", "text/plain", {"Location": location})


# X-shaped error answers


def problem(status: int, detail: str | None = None, **extra) -> Response:
    """X's "problem" body: title, detail, type, status."""
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Server Error" if status >= 500 else "Error"
    payload = {"title": title, "detail": detail or title, "type": "about:blank", "status": status}
    return json_response(status, payload | extra)


def unauthorized() -> Response:
    return problem(401)


def forbidden(detail: str) -> Response:
    return problem(403, detail)


def too_many_requests(headers: dict[str, str]) -> Response:
    response = problem(429)
    response.headers.update(headers)
    return response


def invalid_request(message: str, parameters: dict | None = None) -> Response:
    return json_response(
        400,
        {
            "errors": [{"parameters": parameters or {}, "message": message}],
            "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.",
            "type": "https://api.twitter.com/2/problems/invalid-request",
        },
    )


def page_does_not_exist() -> Response:
    return json_response(
        404, {"errors": [{"message": "Sorry, that page does not exist", "code": 34}]}
    )


def resource_not_found(resource_type: str, value: str) -> Response:
    """X answers 200 with only `errors` when the resource in the path does not exist."""
    return json_response(
        200,
        {
            "errors": [
                {
                    "value": value,
                    "detail": f"Could not find {resource_type} with id: [{value}].",
                    "title": "Not Found Error",
                    "resource_type": resource_type,
                    "parameter": "id",
                    "resource_id": value,
                    "type": "https://api.twitter.com/2/problems/resource-not-found",
                }
            ]
        },
    )


def control_error(status: int, message: str) -> Response:
    return json_response(status, {"error": message})


# request parsing


def parse_json_body(request: Request) -> dict:
    """The request body as a JSON object, or ApiError(400) in X's shape."""
    try:
        payload = json.loads(request.body.decode("utf-8"))
    except (ValueError, RecursionError):
        raise ApiError(invalid_request("Request body is not valid JSON")) from None
    if not isinstance(payload, dict):
        raise ApiError(invalid_request("Request body must be a JSON object"))
    return payload
