from django.urls import path

from . import queue_views, views

app_name = "moderation"

urlpatterns = [
    path("drafts/", views.my_drafts, name="my-drafts"),
    path("drafts/new/", views.compose, name="compose"),
    path("drafts/retweet/", views.propose_retweet, name="propose-retweet"),
    path("drafts/check/", views.live_check, name="live-check"),
    path("drafts/<int:draft_id>/", views.draft_detail, name="draft-detail"),
    path("drafts/<int:draft_id>/edit/", views.compose, name="edit"),
    path("drafts/<int:draft_id>/submit/", views.submit, name="submit"),
    path("drafts/<int:draft_id>/reopen/", views.reopen, name="reopen"),
    path("queue/", queue_views.queue, name="queue"),
    path("queue/bulk-approve/", queue_views.bulk_approve, name="bulk-approve"),
    path("queue/<int:draft_id>/approve/", queue_views.approve, name="approve"),
    path("queue/<int:draft_id>/edit-approve/", queue_views.edit_and_approve, name="edit-approve"),
    path("queue/<int:draft_id>/reject/", queue_views.reject, name="reject"),
    path("queue/<int:draft_id>/return/", queue_views.return_to_officer, name="return"),
    path("scheduled/", queue_views.scheduled, name="scheduled"),
    path("scheduled/<int:draft_id>/reschedule/", queue_views.reschedule, name="reschedule"),
    path("scheduled/<int:draft_id>/post-now/", queue_views.post_now, name="post-now"),
    path("scheduled/<int:draft_id>/release/", queue_views.release, name="release"),
    path("scheduled/<int:draft_id>/cancel/", queue_views.cancel, name="cancel"),
]
