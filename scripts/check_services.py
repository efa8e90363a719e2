"""Fail fast, naming the service, when the PostgreSQL or Redis the tests need is unreachable."""

import os
import sys
from urllib.parse import urlsplit

import psycopg2
import redis

DATABASE_URL = os.environ["DATABASE_URL"]
REDIS_URL = os.environ["REDIS_URL"]


def check_postgres() -> str | None:
    parts = urlsplit(DATABASE_URL)
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        return f"DATABASE_URL must point at PostgreSQL for the tests, not {parts.scheme!r}."
    try:
        psycopg2.connect(
            host=parts.hostname, port=parts.port or 5432, user=parts.username,
            password=parts.password, dbname="postgres", connect_timeout=3,
        ).close()
    except psycopg2.OperationalError as exc:
        where = f"{parts.hostname}:{parts.port or 5432}"
        return f"PostgreSQL is not reachable at {where} ({str(exc).strip()})."
    return None


def check_redis() -> str | None:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        return f"Redis is not reachable at {REDIS_URL} ({exc})."
    return None


def main() -> int:
    problems = [problem for problem in (check_postgres(), check_redis()) if problem]
    for problem in problems:
        print(f"make test: {problem}", file=sys.stderr)
    if problems:
        print("make test: the tests need real PostgreSQL and Redis; start them or set "
              "DATABASE_URL / REDIS_URL (see README).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
