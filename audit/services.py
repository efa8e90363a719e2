from .models import AuditEvent


def audit_record(
    *,
    action: str,
    actor=None,
    draft=None,
    lpt_account=None,
    from_state: str = "",
    to_state: str = "",
    reason: str = "",
    details: dict | None = None,
) -> AuditEvent:
    """Append one event to the audit trail. Call inside the transaction of the change."""
    return AuditEvent.objects.create(
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        draft=draft,
        lpt_account=lpt_account if lpt_account is not None else getattr(draft, "lpt_account", None),
        from_state=from_state,
        to_state=to_state,
        reason=reason,
        details=details or {},
    )
