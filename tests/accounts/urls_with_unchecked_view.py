"""A URLconf with one view nobody wrote an access expectation for (see test_access_control)."""

from django.http import HttpResponse
from django.urls import include, path


def unchecked(request):
    return HttpResponse("anyone may see this")


urlpatterns = [
    path("", include("tweetdesk.urls")),
    path("new-page/", unchecked, name="new-page"),
]
