from django.urls import path

from . import views

app_name = "mentions"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("fetch/", views.fetch_now, name="fetch-now"),
    path("escalations/", views.escalations, name="escalations"),
    path("escalations/<int:escalation_id>/close/", views.close_escalation,
         name="close-escalation"),
    path("<int:mention_id>/", views.detail, name="detail"),
    path("<int:mention_id>/status/", views.set_status, name="status"),
    path("<int:mention_id>/reply/", views.reply, name="reply"),
    path("<int:mention_id>/escalate/", views.escalate, name="escalate"),
    path("<int:mention_id>/reclassify/", views.reclassify, name="reclassify"),
]
