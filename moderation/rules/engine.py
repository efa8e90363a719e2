"""check(): run every enabled rule over a tweet and return its flags."""

from collections.abc import Callable

from . import hashtags, joke, length, links, location, names, off_duty, rumour
from .guidance import RULES
from .text import Hit, detection_text
from .types import Flag, RulesContext

Finder = Callable[[str, RulesContext], list[Hit]]

# Rule code -> finder. Finders get the look-alike-folded text (same length as the original,
# so their offsets are offsets into the original).
FINDERS: dict[str, Finder] = {
    "name": names.find,
    "location": location.find,
    "joke": joke.find,
    "external_link": links.find,
    "hashtags": hashtags.find,
    "rumour": rumour.find,
    "off_duty": off_duty.find,
}

_default_context: RulesContext | None = None


def _context_or_default(context: RulesContext | None) -> RulesContext:
    global _default_context
    if context is not None:
        return context
    if _default_context is None:
        from .defaults import default_rules_context

        _default_context = default_rules_context()
    return _default_context


def check(text: str, context: RulesContext | None = None) -> list[Flag]:
    """Flags for everything in `text` that the force's guidance says not to tweet.

    Offsets are Python string indices into `text` (end exclusive). Flags are ordered by
    position, then rule code.
    """
    if not isinstance(text, str):
        raise TypeError(f"check() needs a str, not {type(text).__name__}")
    ctx = _context_or_default(context)
    if not text.strip():
        return []
    folded = detection_text(text)
    flags: list[Flag] = []
    for code, find in FINDERS.items():
        if ctx.is_enabled(code):
            _add(flags, code, find(folded, ctx), ctx)
    if ctx.is_enabled("length"):
        # Length is measured on the original text: folding would change X's count.
        _add(flags, "length", length.find(text, ctx), ctx)
    flags.sort(key=lambda f: (f.start, f.end, f.rule))
    return flags


def _add(flags: list[Flag], code: str, hits: list[Hit], ctx: RulesContext) -> None:
    if not hits:
        return
    severity = ctx.severity_for(code)
    guidance = RULES[code].guidance
    advice = RULES[code].advice
    for hit in hits:
        message = hit.message if hit.message else advice
        flags.append(Flag(code, severity, hit.start, hit.end, message, guidance))
