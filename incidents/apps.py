from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class IncidentsConfig(AppConfig):
    name = "incidents"
    verbose_name = "Critical incidents"

    def ready(self):
        from .models import CriticalIncident
        from .signals import forget_active_incidents

        post_save.connect(forget_active_incidents, sender=CriticalIncident,
                          dispatch_uid="incidents-saved")
        post_delete.connect(forget_active_incidents, sender=CriticalIncident,
                            dispatch_uid="incidents-deleted")
