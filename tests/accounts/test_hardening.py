"""Headers, `check --deploy`, no inline script, no secrets in the repository."""

import os
import re
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "x7!Qm2#vL9pR4$tY8wZ1^cF6&hJ3*kN5@bD0%gS" + "a1B2c3D4e5F6g7H8",
    "ALLOWED_HOSTS": "tweetdesk.example.police.uk",
    "DATABASE_URL": "postgres://tweetdesk@127.0.0.1:5432/tweetdesk",
}


def _manage(*args, env_extra) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items()
           if key not in ("DEBUG", "TWO_FACTOR_REQUIRED_FOR_ADMINS", "SECURE_SSL_REDIRECT")}
    env.update(ENCRYPTION_KEYS=Fernet.generate_key().decode(), **env_extra)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env_extra=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def _setting(name: str, **env_extra) -> str:
    code = f"from django.conf import settings; print(settings.{name})"
    result = _manage("shell", "-c", code, env_extra=env_extra)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_two_factor_is_required_for_admins_in_production_but_not_for_make_run():
    assert _setting("TWO_FACTOR_REQUIRED_FOR_ADMINS", **PRODUCTION_ENV) == "True"
    assert _setting("TWO_FACTOR_REQUIRED_FOR_ADMINS", DEBUG="true") == "False"


def test_production_sends_the_security_headers(client, officer):
    client.force_login(officer)
    response = client.get(reverse("moderation:compose"), secure=True)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "includeSubDomains" in response["Strict-Transport-Security"]


def test_http_is_redirected_to_https_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get(reverse("login"))
    assert response.status_code == 301 and response["Location"].startswith("https://")


def test_pages_have_no_inline_script_or_style(client, officer):
    client.force_login(officer)
    body = client.get(reverse("moderation:compose")).content.decode()
    for tag in re.findall(r"<script[^>]*>", body):
        assert "src=" in tag, tag
    assert "<style" not in body and " style=" not in body
    assert re.search(r"\son[a-z]+=", body) is None
    # htmx would otherwise inject an inline <style> for its indicators.
    assert '"includeIndicatorStyles": false' in body


def test_templates_have_no_inline_script_style_or_event_handlers():
    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        text = path.read_text()
        scripts = [tag for tag in re.findall(r"<script[^>]*>", text) if "src=" not in tag]
        if scripts or "<style" in text or " style=" in text or re.search(r"\son[a-z]+=", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert not offenders


SECRET_PATTERNS = {
    "Fernet key": re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}=(?![A-Za-z0-9_=-])"),
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "assigned key": re.compile(
        r"""(SECRET_KEY|ENCRYPTION_KEYS)\s*[=:]\s*['"]?(?!change-me|insecure)[^\s'"${]{20,}"""
    ),
}


def test_no_secrets_are_committed():
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    found = []
    for name in files:
        path = ROOT / name
        # Test data holds made-up keys and passwords by design; everything else may not.
        if name.startswith("tests/") or path.suffix in {".gz", ".png", ".ico"}:
            continue
        if not path.is_file():
            continue
        text = path.read_text(errors="ignore")
        for what, pattern in SECRET_PATTERNS.items():
            if pattern.search(text):
                found.append(f"{name}: {what}")
    assert not found
    assert ".env" in (ROOT / ".gitignore").read_text().split()
