from django.urls import path

from . import views

app_name = "incidents"

urlpatterns = [
    path("", views.incident_list, name="list"),
    path("start/", views.incident_start, name="start"),
    path("<int:incident_id>/end/", views.incident_end, name="end"),
    path("<int:incident_id>/held/", views.incident_settle, name="settle"),
]
