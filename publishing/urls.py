from django.urls import path

from . import views

app_name = "publishing"

urlpatterns = [
    path("", views.problems, name="problems"),
    path("<int:draft_id>/retry/", views.retry, name="retry"),
    path("<int:draft_id>/post-now/", views.post_now, name="post-now"),
    path("<int:draft_id>/reschedule/", views.reschedule, name="reschedule"),
    path("<int:draft_id>/cancel/", views.cancel, name="cancel"),
    path("<int:draft_id>/delete/", views.delete_from_x, name="delete"),
]
