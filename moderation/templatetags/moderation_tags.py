from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def highlight_flags(text: str, flags: list[dict]) -> str:
    """The text, HTML-escaped, with every flagged span wrapped in <mark>."""
    spans = sorted(
        (flag["start"], flag["end"], flag["rule"])
        for flag in flags or []
        if 0 <= flag.get("start", -1) < flag.get("end", -1) <= len(text)
    )
    parts, position = [], 0
    for start, end, rule in spans:
        if start < position:  # overlapping spans: the earlier mark already covers this
            continue
        parts.append(escape(text[position:start]))
        parts.append(
            format_html('<mark class="flag flag-{}" title="{}">{}</mark>', rule, rule,
                        text[start:end])
        )
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(str(part) for part in parts))
