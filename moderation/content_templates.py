"""Starting points for the good content the guidance asks for, with area hashtags."""

import re
from dataclasses import dataclass

MAX_HASHTAGS = 3  # the guidance: "never use more than 3 #tags per tweet"

_HASHTAG = re.compile(r"(?<!\w)#\w+")
_NOT_TAGGABLE = re.compile(r"[^\w]")


@dataclass(frozen=True)
class ContentTemplate:
    slug: str
    title: str
    text: str


CONTENT_TEMPLATES = (
    ContentTemplate(
        "surgery", "Surgery reminder",
        "Surgery reminder: PCSO [name] will be at [place] on [day] from [time] to [time]. "
        "Pop in to talk about anything that worries you locally.",
    ),
    ContentTemplate(
        "meeting", "Meeting reminder",
        "Reminder: the [area] community meeting is on [day] at [time] at [venue]. "
        "Everyone is welcome.",
    ),
    ContentTemplate(
        "traffic", "Traffic advice",
        "Traffic advice: [road] is [closed / very busy] [when]. Please allow extra time and "
        "follow the diversion signs.",
    ),
    ContentTemplate(
        "weather", "Met Office weather",
        "The Met Office has issued a [yellow] warning for [weather] [when]. Take care on the "
        "roads and check the forecast before you travel: metoffice.gov.uk",
    ),
    ContentTemplate(
        "partner", "Partner meeting",
        "Today we met [partner] to work together on [issue] in [area]. [What we agreed].",
    ),
    ContentTemplate(
        "local-issue", "Local issue update",
        "Update on [issue] in [area]: [what we have done]. Thank you for your reports; keep "
        "telling us on 101.",
    ),
    ContentTemplate(
        "newsletter", "Newsletter link",
        "Our latest newsletter for [area] is out, with [highlight]: [link to the newsletter]",
    ),
)
TEMPLATES_BY_SLUG = {template.slug: template for template in CONTENT_TEMPLATES}


def as_hashtag(area_name: str) -> str:
    """'Norton Canes' -> '#NortonCanes'."""
    words = re.split(r"\s+", area_name.strip())
    return "#" + "".join(_NOT_TAGGABLE.sub("", word[:1].upper() + word[1:]) for word in words)


def suggest_hashtags(area_names: list[str], text: str = "") -> list[str]:
    """Hashtags for the account's area names not yet in the text, keeping the total at most 3."""
    present = {tag.casefold() for tag in _HASHTAG.findall(text)}
    room = max(0, MAX_HASHTAGS - len(present))
    suggestions = []
    for name in area_names:
        tag = as_hashtag(name)
        if len(tag) > 1 and tag.casefold() not in present and tag not in suggestions:
            suggestions.append(tag)
    return suggestions[:room]


def template_text(slug: str, area_names: list[str]) -> str:
    """A template's text followed by suggested area hashtags ('' for an unknown template)."""
    template = TEMPLATES_BY_SLUG.get(slug)
    if template is None:
        return ""
    tags = suggest_hashtags(area_names, template.text)[:2]
    return " ".join([template.text, *tags])
