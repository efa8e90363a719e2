from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    # Administration: the force, its LPT accounts and their credentials; users.
    path("manage/accounts/", views.account_list, name="account-list"),
    path("manage/accounts/new/", views.account_edit, name="account-create"),
    path("manage/accounts/<int:account_id>/", views.account_detail, name="account-detail"),
    path("manage/accounts/<int:account_id>/edit/", views.account_edit, name="account-edit"),
    path(
        "manage/accounts/<int:account_id>/credentials/",
        views.credentials_edit,
        name="credentials-edit",
    ),
    path(
        "manage/accounts/<int:account_id>/credentials/reveal/",
        views.credentials_reveal,
        name="credentials-reveal",
    ),
    path(
        "manage/accounts/<int:account_id>/credentials/verify/",
        views.credentials_verify,
        name="credentials-verify",
    ),
    path("manage/forces/new/", views.force_edit, name="force-create"),
    path("manage/forces/<int:force_id>/", views.force_edit, name="force-edit"),
    path("manage/users/", views.user_list, name="user-list"),
    path("manage/users/new/", views.user_edit, name="user-create"),
    path("manage/users/<int:user_id>/", views.user_edit, name="user-edit"),
    path("manage/users/<int:user_id>/password/", views.user_password, name="user-password"),
    path(
        "manage/users/<int:user_id>/deactivate/", views.user_deactivate, name="user-deactivate"
    ),
    path(
        "manage/users/<int:user_id>/reactivate/", views.user_reactivate, name="user-reactivate"
    ),
    path(
        "manage/users/<int:user_id>/two-factor/remove/",
        views.user_two_factor_remove,
        name="user-two-factor-remove",
    ),
    # Your own account.
    path("account/password/", views.password_change, name="password-change"),
    path("account/two-factor/", views.two_factor, name="two-factor"),
    path("account/two-factor/verify/", views.two_factor_verify, name="two-factor-verify"),
    path("account/two-factor/disable/", views.two_factor_disable, name="two-factor-disable"),
]
