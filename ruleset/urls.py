from django.urls import path

from . import views

app_name = "ruleset"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("<str:kind>/add/", views.add_entry, name="add"),
    path("settings/<int:setting_id>/reset/", views.reset_rule, name="reset-rule"),
    path(
        "<str:kind>/<int:entry_id>/remove/",
        views.remove_entry,
        name="remove-entry",
    ),
]
