from . import permissions


def role(request):
    user = request.user
    return {
        "may_review": permissions.may_review(user),
        "may_draft": permissions.may_draft(user),
        "may_administer": permissions.may_administer(user),
    }
