"""`external_link`: any URL whose host is not on the allowlist (police.uk, gov.uk by default).

URLs are found with or without a scheme, as "www." names and as bare domains ("bit.ly/x",
"penkridgescouts.org.uk/news"). A host is allowed when it equals an allowed host or ends with
"." + one, so "staffordshire.police.uk" is fine and "gov.uk-tax-refund.com" is not.
"""

import re
from urllib.parse import urlsplit

from .location import WHAT3WORDS
from .text import Hit, word_set
from .types import RulesContext

# Top-level domains accepted on a bare domain (no scheme, no "www."): the common generic ones
# and the country codes that people use for links. Other country codes count only with a path
# or a known second level ("example.co.nz"), so "it.is" or "area.no" in sloppy text is not a link.
_GENERIC = word_set(
    "com org net info biz edu gov mil int uk eu us io co ly me tv gl gd be to fm ie ai gg im "
    "ws cc app dev xyz online site website shop store news live blog club top link click page "
    "email tech life world today london wales scot cymru social media digital network online "
    "ru cn de fr nl es it pl in au nz ca za ng pk bd jp kr br mx"
)
_SLDS = word_set("co org gov ac police nhs ltd plc me net sch mod mil nic com edu")

_LABEL = r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?)"
# Lower case on a bare domain, so "tonight.No" in sloppy text is not read as a link.
_TLD = r"(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59}|[A-Z]{2,24}(?=/))"
_PATH = r"(?:[/?#][^\s<>\"'“”‘’]*)?"
URL = re.compile(
    rf"""
    (?P<scheme>\b(?i:https?|ftp)://[^\s<>"“”]+)
  | (?P<www>(?<![\w@.-])(?i:www\.(?:{_LABEL}\.)+[a-z]{{2,24}})(?![\w-])(?::\d{{1,5}})?{_PATH})
  | (?P<bare>(?<![\w@.\-/:#&])(?:{_LABEL}\.)+{_TLD}(?![\w-])(?::\d{{1,5}})?(?P<path>{_PATH}))
    """,
    re.VERBOSE,
)
# What every match of URL holds: a scheme, or a dot between a letter or digit and a letter. Most
# tweets hold neither (their dots end sentences), and skip URL's scan of every word.
_MAY_HOLD_URL = re.compile(r"://|[^\W_]\.[^\W\d_]")
_TRAILING = ".,;:!?)]}'\"’”…*"
_SCHEMELESS_HOST = re.compile(r"^[^/?#:]+")


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _bare_is_link(host: str, has_path: bool) -> bool:
    labels = host.split(".")
    tld = labels[-1]
    if tld in _GENERIC or tld.startswith("xn--"):
        return True
    return has_path or (len(labels) >= 3 and labels[-2] in _SLDS)


def host_of(url: str) -> str | None:
    """The lower-case host of a URL found in text, with or without a scheme."""
    if "://" in url:
        try:
            host = urlsplit(url).hostname
        except ValueError:
            return None
    else:
        m = _SCHEMELESS_HOST.match(url)
        host = m.group() if m else None
    if not host:
        return None
    return host.strip(".").casefold()


def is_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    return any(host == a or host.endswith("." + a) for a in allowed)


def find(text: str, ctx: RulesContext) -> list[Hit]:
    if ctx.is_retweet_of_senior_account or not _MAY_HOLD_URL.search(text):
        return []
    skip = [(m.start(), m.end()) for m in WHAT3WORDS.finditer(text)] if "/" in text else []
    hits = []
    for m in URL.finditer(text):
        start = m.start()
        if any(a <= start < b for a, b in skip):
            continue
        url = _trim(m.group())
        if not url:
            continue
        if m.lastgroup == "bare":
            host = host_of(url)
            if not host or not _bare_is_link(host, bool(m.group("path"))):
                continue
        host = host_of(url)
        if host is None:
            host = ""
        if host and is_allowed(host, ctx.allowed_link_hosts):
            continue
        allowed = " or ".join(ctx.allowed_link_hosts) or "an approved site"
        shown = host or url
        hits.append(
            Hit(
                start,
                start + len(url),
                f"Link to {shown}, which is not on {allowed}. Link only to approved sites, or "
                "leave it for a senior force account to retweet.",
            )
        )
    return hits
