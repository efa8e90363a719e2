from tweetdesk.shared_cache import forget


def forget_active_incidents(**kwargs) -> None:
    from .selectors import ACTIVE_INCIDENTS_KEY

    forget(ACTIVE_INCIDENTS_KEY)
