"""Server time of the composer's live-check endpoint (POST /drafts/check/), as officers type.

A realistic force: 40 LPT accounts with their areas, 300 users, 400 known people, 2,000 extra
places and the full name gazetteer. Each request goes through the whole Django stack
(middleware, session, CSRF off as for the test client, the rules engine, template rendering).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tweetdesk_bench \
        .venv/bin/python benchmarks/live_check.py [--requests 2000]
Target: p95 <= 25 ms.
"""

import argparse
import json
import random
import statistics
import time

from _django import django_benchmark_database, percentile

TEXTS = [
    "Surgery reminder: PCSO Amy Clarke will be at Stone library on Friday 10am to 12pm.",
    "Gavin Threlfall, 41, from Penkridge, has been charged with burglary at 22 Bridge Street.",
    "Road closure: the A34 through Stone is shut northbound until 4pm. Please use another route.",
    "Haha, what a night in Cannock lol. Signing off now, back tomorrow #Cannock #NightShift",
    "Apparently there were reports of a disturbance near ST16 2AB, more at bit.ly/3xYzAbC",
    "Met Office yellow warning for ice overnight across the district: take care on the roads.",
    "Thanks to everyone who came to the partner meeting with Cllr Jones and the fire service.",
]


def build_force():
    from accounts.models import Force, LptAccount, Role, User
    from ruleset.models import KnownPerson, PlaceName

    force = Force.objects.create(name="Bench Constabulary", handle="BenchPolice")
    accounts = LptAccount.objects.bulk_create(
        LptAccount(
            force=force,
            name=f"Area {n} LPT",
            handle=f"Area{n}LPT",
            area="\n".join(f"Town {n}-{k}" for k in range(6)),
        )
        for n in range(40)
    )
    officer = User.objects.create_user(
        username="bench",
        password="x" * 16,
        full_name="PC Bench Officer",
        mobile="07912 345678",
        role=Role.OFFICER,
    )
    officer.lpt_accounts.add(*accounts)
    User.objects.bulk_create(
        User(username=f"user{n}", full_name=f"Officer Number{n}", mobile="07912 345679")
        for n in range(300)
    )
    admin = User.objects.create_user(
        username="benchadmin",
        password="x" * 16,
        full_name="Admin Bench",
        mobile="07912 345670",
        role=Role.ADMIN,
    )
    KnownPerson.objects.bulk_create(
        KnownPerson(name=f"Partner Person{n}", added_by=admin) for n in range(400)
    )
    PlaceName.objects.bulk_create(
        PlaceName(name=f"Example Street {n}", added_by=admin) for n in range(2000)
    )
    return officer, accounts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    with django_benchmark_database():
        from django.test import Client

        officer, accounts = build_force()
        client = Client()
        client.force_login(officer)
        rng = random.Random(1)
        # Warm-up: the first request loads the gazetteer and builds the context.
        started = time.perf_counter()
        client.post("/drafts/check/", {"text": TEXTS[0], "lpt_account": accounts[0].pk})
        cold_ms = (time.perf_counter() - started) * 1000
        for account in accounts:
            client.post("/drafts/check/", {"text": TEXTS[0], "lpt_account": account.pk})
        timings = []
        for _ in range(args.requests):
            text = rng.choice(TEXTS)
            text = text[: rng.randint(len(text) // 2, len(text))]  # as typed so far
            account = rng.choice(accounts)
            started = time.perf_counter()
            response = client.post(
                "/drafts/check/",
                {"text": text, "lpt_account": account.pk},
                HTTP_HX_REQUEST="true",
            )
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
        result = {
            "requests": len(timings),
            "first_request_ms": round(cold_ms, 1),
            "p50_ms": round(statistics.median(timings), 2),
            "p95_ms": round(percentile(timings, 0.95), 2),
            "p99_ms": round(percentile(timings, 0.99), 2),
            "target_p95_ms": 25,
        }
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
