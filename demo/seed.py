"""The demo data set of `make run`: one force, three LPT accounts, a user for each role."""

import secrets
from dataclasses import dataclass

from django.db import transaction

from accounts.models import Force, LptAccount, LptCredentials, Role, User

FORCE = {"name": "Staffordshire Police", "handle": "StaffsPolice"}

LPT_ACCOUNTS = [
    {
        "name": "Stafford Borough LPT",
        "handle": "StaffordLPT",
        "area": "Stafford\nStone\nEccleshall\nGnosall",
        "commander_handle": "StaffordCommand",
    },
    {
        "name": "Cannock Chase LPT",
        "handle": "CannockLPT",
        "area": "Cannock\nHednesford\nRugeley\nNorton Canes",
        "commander_handle": "CannockCommand",
    },
    {
        "name": "Lichfield LPT",
        "handle": "LichfieldLPT",
        "area": "Lichfield\nBurntwood\nFazeley\nShenstone",
        "commander_handle": "LichfieldCmdr",
    },
]

USERS = [
    {"username": "officer", "full_name": "PC Sam Okafor", "role": Role.OFFICER,
     "mobile": "07912 345101", "lpts": ["StaffordLPT", "CannockLPT"]},
    {"username": "officer2", "full_name": "PCSO Jo Marsh", "role": Role.OFFICER,
     "mobile": "07912 345102", "lpts": ["LichfieldLPT"]},
    {"username": "sergeant", "full_name": "Sgt Alex Rowe", "role": Role.OFFICER,
     "mobile": "07912 345106", "lpts": ["StaffordLPT", "CannockLPT"]},
    {"username": "comms", "full_name": "Priya Shah", "role": Role.COMMS,
     "mobile": "07912 345103", "lpts": []},
    {"username": "comms2", "full_name": "Tom Ellery", "role": Role.COMMS,
     "mobile": "07912 345104", "lpts": []},
    {"username": "admin", "full_name": "Dee Walsh", "role": Role.ADMIN,
     "mobile": "07912 345105", "lpts": []},
]


@dataclass(frozen=True)
class NewLogin:
    username: str
    password: str
    role: str


@transaction.atomic
def demo_seed() -> list[NewLogin]:
    """Create what is missing; returns the logins created now (existing users are untouched)."""
    force, _ = Force.objects.get_or_create(handle=FORCE["handle"], defaults={"name": FORCE["name"]})
    accounts = {}
    for spec in LPT_ACCOUNTS:
        account, _ = LptAccount.objects.get_or_create(
            handle=spec["handle"], defaults={**spec, "force": force}
        )
        LptCredentials.objects.get_or_create(
            account=account,
            defaults={
                "consumer_key": secrets.token_urlsafe(18),
                "consumer_secret": secrets.token_urlsafe(36),
                "access_token": f"{secrets.randbelow(10**12)}-{secrets.token_urlsafe(30)}",
                "access_token_secret": secrets.token_urlsafe(36),
                "web_password": secrets.token_urlsafe(16),
            },
        )
        accounts[account.handle] = account

    created = []
    for spec in USERS:
        if User.objects.filter(username=spec["username"]).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            username=spec["username"],
            password=password,
            email=f"{spec['username']}@example.police.uk",
            full_name=spec["full_name"],
            mobile=spec["mobile"],
            role=spec["role"],
            is_staff=spec["role"] == Role.ADMIN,
            is_superuser=spec["role"] == Role.ADMIN,
        )
        for handle in spec["lpts"]:
            accounts[handle].members.add(user)
        created.append(NewLogin(spec["username"], password, spec["role"]))
    return created
