from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from accounts.forms import LoginForm
from dashboard.views import home

urlpatterns = [
    path("", home, name="home"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            authentication_form=LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("moderation.urls")),
    path("rules/", include("ruleset.urls")),
    path("incidents/", include("incidents.urls")),
    path("notifications/", include("notifications.urls")),
    path("audit/", include("audit.urls")),
    path("posting/", include("publishing.urls")),
    path("mentions/", include("mentions.urls")),
    path("", include("accounts.urls")),
    path("django-admin/", admin.site.urls),
]
