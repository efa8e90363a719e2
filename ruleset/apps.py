from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class RulesetConfig(AppConfig):
    name = "ruleset"
    verbose_name = "Rules configuration"

    def ready(self):
        from accounts.models import LptAccount, User

        from .signals import refresh_rules_cache

        for model in (User, LptAccount):
            post_save.connect(refresh_rules_cache, sender=model, dispatch_uid=f"rules-{model}")
            post_delete.connect(refresh_rules_cache, sender=model, dispatch_uid=f"rules-d-{model}")
