"""Showing a mention's text safely: links are shown but cannot be followed until revealed."""

import re
from urllib.parse import urlsplit

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\""


def _plain(text: str, offset: int, start: int | None, end: int | None) -> str:
    """Escaped text; the part inside [start, end) of the whole mention is highlighted."""
    if start is None or end is None or end <= offset or start >= offset + len(text):
        return escape(text)
    a, b = max(start - offset, 0), min(end - offset, len(text))
    return (escape(text[:a]) + format_html('<mark class="flag-span">{}</mark>', text[a:b])
            + escape(text[b:]))


def _guarded_link(url: str, author: str) -> str:
    href = url if re.match(r"https?://", url, re.IGNORECASE) else f"https://{url}"
    host = urlsplit(href).hostname or "an unknown site"
    who = f"@{author}'s" if author else "the author's"
    return format_html(
        '<details class="guarded-link"><summary>link to <strong>{}</strong> (hidden: '
        "show it)</summary><span>Look at {} profile before opening links. "
        '<a href="{}" rel="nofollow noopener noreferrer" target="_blank">{}</a></span></details>',
        host, who, href, url,
    )


@register.simple_tag
def mention_text(mention) -> SafeString:
    """The mention's text, escaped, with the classifier's span marked and links guarded."""
    text, start, end = mention.text, mention.flag_start, mention.flag_end
    parts, position = [], 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        parts.append(_plain(text[position:match.start()], position, start, end))
        parts.append(_guarded_link(url, mention.author_username))
        position = match.start() + len(url)
    parts.append(_plain(text[position:], position, start, end))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above
