from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("drafts/", views.my_drafts, name="my-drafts"),
    path("drafts/new/", views.compose, name="compose"),
    path("drafts/check/", views.live_check, name="live-check"),
    path("drafts/<int:draft_id>/", views.draft_detail, name="draft-detail"),
    path("drafts/<int:draft_id>/edit/", views.compose, name="edit"),
    path("drafts/<int:draft_id>/submit/", views.submit, name="submit"),
    path("drafts/<int:draft_id>/reopen/", views.reopen, name="reopen"),
    path("queue/", views.queue, name="queue"),
    path("queue/<int:draft_id>/approve/", views.approve, name="approve"),
    path("queue/<int:draft_id>/reject/", views.reject, name="reject"),
]
