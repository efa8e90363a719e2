import secrets
from functools import cache

import factory
from django.contrib.auth.hashers import make_password

from accounts.models import Force, LptAccount, LptCredentials, Role, User
from moderation.models import Draft

PASSWORD = "correct-horse-battery-staple"


@cache
def _password_hash() -> str:
    # Hashing is deliberately slow (Argon2); hash the shared test password once per run.
    return make_password(PASSWORD)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Sequence(lambda n: f"Test User {n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.police.uk")
    mobile = factory.Sequence(lambda n: f"07912 {345000 + n % 1000:06d}")
    role = Role.OFFICER
    # As accounts.services keeps them: the Django admin needs these flags for admins.
    is_staff = factory.LazyAttribute(lambda user: user.role == Role.ADMIN)
    is_superuser = factory.LazyAttribute(lambda user: user.role == Role.ADMIN)
    password = factory.LazyFunction(_password_hash)

    @factory.post_generation
    def lpts(self, create, extracted, **kwargs):
        if create and extracted:
            self.lpt_accounts.add(*extracted)
        if create:
            self.save()


class ForceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Force
        django_get_or_create = ["handle"]

    name = "Test Constabulary"
    handle = "TestPolice"


class LptAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LptAccount

    force = factory.SubFactory(ForceFactory)
    name = factory.Sequence(lambda n: f"Team {n} LPT")
    handle = factory.Sequence(lambda n: f"Team{n}LPT")
    area = "Stafford\nStone"


class LptCredentialsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LptCredentials

    account = factory.SubFactory(LptAccountFactory)
    consumer_key = factory.LazyFunction(lambda: secrets.token_urlsafe(18))
    consumer_secret = factory.LazyFunction(lambda: secrets.token_urlsafe(36))
    access_token = factory.Sequence(lambda n: f"{1000 + n}-{secrets.token_urlsafe(30)}")
    access_token_secret = factory.LazyFunction(lambda: secrets.token_urlsafe(36))
    web_password = factory.LazyFunction(lambda: secrets.token_urlsafe(16))


class DraftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Draft

    lpt_account = factory.SubFactory(LptAccountFactory)
    author = factory.SubFactory(UserFactory)
    text = "Join PCSO Amy Clarke at the Stone library surgery on Friday from 10am."
