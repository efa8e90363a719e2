"""Benchmark: the approval queue page with 10,000 submitted drafts across 40 LPTs.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tweetdesk \
        .venv/bin/python benchmarks/queue_page.py

Creates a throw-away PostgreSQL test database (test_<name>), fills it, requests /queue/ as a
comms user and prints the median time and the number of SQL queries; the database is dropped at
the end. The target is a median of 150 ms or less with a query count that does not grow with the
page size (tests/moderation/test_queue_views.py asserts that).
"""

import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

# Run from the project root's modules, not from benchmarks/.
sys.path[0] = str(Path(__file__).resolve().parent.parent)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tweetdesk.settings")
# Production settings (DEBUG off) redirect to HTTPS; the in-process client speaks HTTP.
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    override_settings,
)
from django.utils import timezone  # noqa: E402

DRAFTS, LPTS, REQUESTS = 10_000, 40, 30
FLAGGED_TEXT = "Great to see so many at the Stone library today, lol what a joke #Stone"
CLEAN_TEXT = "Surgery reminder: PCSO Amy Clarke is at Stone library on Friday 10am to 12pm."


def fill() -> "object":
    from accounts.models import Force, LptAccount, Role, User
    from moderation.checks import check_text
    from moderation.models import Draft
    from moderation.states import DraftState

    force = Force.objects.create(name="Bench Constabulary", handle="BenchPolice")
    accounts = LptAccount.objects.bulk_create(
        LptAccount(force=force, name=f"LPT {n}", handle=f"BenchLPT{n}", area="Stone\nStafford")
        for n in range(LPTS)
    )
    officers = [
        User.objects.create_user(username=f"officer{n}", full_name=f"PC Bench {n}",
                                 mobile="07912345000", role=Role.OFFICER)
        for n in range(LPTS)
    ]
    comms = User.objects.create_user(username="comms", full_name="Bench Comms",
                                     mobile="07912345001", role=Role.COMMS)
    flagged = check_text(FLAGGED_TEXT).flags
    now = timezone.now()
    Draft.objects.bulk_create(
        (
            Draft(lpt_account=accounts[n % LPTS], author=officers[n % LPTS],
                  text=FLAGGED_TEXT if n % 3 == 0 else CLEAN_TEXT,
                  flags=flagged if n % 3 == 0 else [], state=DraftState.SUBMITTED,
                  submitted_at=now - timedelta(seconds=n * 7))
            for n in range(DRAFTS)
        ),
        batch_size=2000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return comms


def main() -> None:
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL server: the benchmark is for PostgreSQL.")
    plain_static = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    with override_settings(STORAGES=plain_static, ALLOWED_HOSTS=["testserver"]):
        run()


def run() -> None:
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        comms = fill()
        client = Client()
        client.force_login(comms)
        client.get("/queue/")  # warm up templates and connections
        timings = []
        for _ in range(REQUESTS):
            started = time.perf_counter()
            response = client.get("/queue/")
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
        with CaptureQueriesContext(connection) as queries:
            client.get("/queue/?page=3")
        rows = response.content.decode().count('class="queue-item')
        print(f"queue page: {DRAFTS} submitted drafts across {LPTS} LPTs, {rows} rows a page")
        print(f"median {statistics.median(timings):.1f} ms over {REQUESTS} requests "
              f"(min {min(timings):.1f}, max {max(timings):.1f})")
        print(f"SQL queries per page: {len(queries)}")
        if os.environ.get("BENCH_PROFILE"):
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(client.get, "/queue/")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
            for query in queries.captured_queries:
                print(query["time"], query["sql"][:150])
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
