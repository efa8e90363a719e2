"""`off_duty`: the team or officer announcing they are going off duty or signing off.

News about what an off-duty officer did, talk of officers being on duty or of shift
patterns are left alone: "off duty" counts only as something the team is doing now.
"""

from .text import Guarded, GuardSet, Hit
from .types import RulesContext

_SHIFT = (
    r"(?:(?:late|early|night|day|long|busy|quiet|hectic|mad|last)\s+)?"
    r"(?:shift|tour\s+of\s+duty|tour)"
)
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"

PATTERNS = GuardSet(
    Guarded(
        r"""\bsigning\s+(?:off|out)\b | \bsign(?:ed)?\s+off\s+for\s+(?:the|to)\s*(?:day|night)\b""",
        words="signing sign signed",
    ),
    Guarded(
        r"""\b(?:going|gone|now|go|i'?m|we'?re|i\s+am|we\s+are|team\s+(?:is|are)|heading)\s+
              off[\s-]duty\b
          | \boff[\s-]duty\s+(?:now|for\s+the|until|till|til|back)\b""",
        words="duty",
    ),
    Guarded(
        rf"""\b(?:end|finish)\s+of\s+(?:the\s+|our\s+|my\s+|a\s+|another\s+|today'?s\s+|
              tonight'?s\s+)?{_SHIFT}\b
          | \b(?:shift|lates|earlies|nights|late\s+shift|early\s+shift|night\s+shift|day\s+shift|
              (?:early|late|night|day)s?\s+turn|tour\s+of\s+duty)(?:'s|\s+is|\s+are|\s+now|\s+all)?\s+
              (?:over|done|finished|complete|ended)\b
          | \b(?:going|gone|now|we'?re|i'?m)\s+off\s+shift\b | \boff\s+shift\s+now\b""",
        words="shift shift's tour turn lates earlies nights",
    ),
    Guarded(
        r"""\b(?:that'?s|thats|that\s+is)\s+(?:us|me|the\s+end\s+of\s+(?:our|my|the)\s+\w+|
              (?:the\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?\s+team)\s+
              (?:done|finished|off|signing\s+off)\b
          | \b(?:that'?s|thats|that\s+is)\s+(?:all|it)\s+(?:from\s+(?:us|me|the\s+[\w'-]+
              (?:\s+[\w'-]+)?\s+team)|for\s+(?:us|me|today|tonight|this\s+(?:evening|shift)))\b(?!'s)
          | \bthat'?s\s+a\s+wrap\b""",
        words="that that's thats",
    ),
    Guarded(
        r"""\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:all\s+)?(?:done|finished|off)\s+for\s+(?:the\s+)?
              (?:day|night|evening|today|tonight|now|the\s+week|the\s+weekend)\b
          | \b(?:finishing|finished|done(?:\s+and\s+dusted)?|wrapping|wrapped|all\s+done)(?:\s+up)?
              \s+for\s+(?:the\s+|another\s+|this\s+)?(?:day|night|evening|today|tonight|weekend|
              week|shift|set\s+of\s+(?:shifts|nights|lates|earlies))\b
          | \b(?:we'?re|i'?m|we\s+are|i\s+am)\s+(?:just\s+)?(?:finishing|wrapping|packing)\s+up\b
              (?!\s+(?:at|in|on|the|a|our|with|after))
          | \banother\s+(?:week|shift|day|night|set\s+of\s+\w+)\s+(?:done|over|finished|
              in\s+the\s+bag)\b""",
        words="done finished finishing wrapping wrapped packing another",
    ),
    Guarded(
        r"""\b(?:heading|off|going)\s+home\s+(?:now|for|after)\b | \bheading\s+home\b
          | \bhome\s+time\b""",
        words="home",
    ),
    Guarded(
        r"""\b(?:clocking|knocking|logging|booking)\s+off\b | \b(?:clocked|booked|logged)\s+off\b
          | \b(?:i'?m|we'?re|i\s+am|we\s+are|team\s+(?:is|are)|team'?s)\s+(?:all\s+)?off\s+
              (?:now|home|duty|for\s+the\s+(?:day|night))\b
          | \b(?:off|time|heading|going)\s+(?:to|for)\s+(?:get\s+|grab\s+|catch\s+)?
              (?:some\s+|a\s+bit\s+of\s+|a\s+few\s+hours\s+)?(?:bed|sleep|kip|shut[\s-]?eye|zzz+)\b
          | \bbowing\s+out\b
          | \b(?:heading|going|setting)\s+off\s+(?:now|home|for\s+the\s+(?:day|night))\b
          | \b(?:we'?re|i'?m|we\s+are|i\s+am)\s+off\s*(?:[.!,;]|$)
          | \b(?:we'?re|i'?m|we\s+are|i\s+am)\s+(?:all\s+)?done\s*(?:[.!,;]|$|now|here)""",
        words="off bed bowing done time heading going",
    ),
    Guarded(
        r"""\bgood\s*night\s+(?:all|everyone|everybody|folks|from|and)\b | \bgoodnight\b
          | \bnight,?\s+(?:all|everyone|folks)\b | \bnight\s+night\b | \bnighty\s+night\b
          | (?:^|[.!,;:]\s*)sleep\s+(?:well|tight)\b
          | \b(?:last|final)\s+(?:patrol|call|job)\s+(?:of\s+the\s+(?:night|day|shift)\s+)?
              (?:done|over|finished|complete|dealt\s+with)\b""",
        words="night goodnight sleep last final",
    ),
    Guarded(
        rf"""\bover\s+and\s+out\b | \bbye\s+for\s+now\b
          | \bcatch\s+you\s+(?:all\s+)?(?:later|tomorrow|soon|next|on\s+(?:{_DAYS})|{_DAYS})\b
          | \b(?:on|starting|off\s+on)\s+(?:our\s+|my\s+)?rest\s+days\b
          | \bhang(?:ing)?\s+up\s+(?:the|my|our)\s+(?:hat|hats|helmet|boots)\b
          | \b(?:over|hand(?:ing)?\s+over)\s+to\s+the\s+
              (?:night|late|early|day|next|lates|earlies)\s*
              (?:team|shift|turn|crew|lot)?\b""",
        words="over bye catch rest hang hanging handing hand",
    ),
    # Leaving now and saying when the team is back: "Back Sunday, Downham Market."
    Guarded(
        rf"""\b(?:leaving|left|locking\s+up|locked\s+up)\s+(?:the\s+)?(?:station|nick|office|
              base|police\s+station)\s+(?:now\s*(?:[.!,;]|$)|for\s+the\s+(?:day|night|weekend)\b)
          | (?:^|[.!?,;]\s*|\band\s+)(?:we'?re\s+|we\s+are\s+|i'?m\s+|i\s+am\s+|we'?ll\s+be\s+|
              i'?ll\s+be\s+)?back\s+(?:in\s+|on\s+duty\s+|at\s+work\s+|out\s+)?(?:on\s+)?
              (?:tomorrow|(?:next\s+)?(?:{_DAYS})|next\s+week|after\s+the\s+weekend)\b
              (?!\s+(?:with|at|for|in|from|to)\b)""",
        words="leaving left locking locked back",
    ),
)


def find(text: str, ctx: RulesContext) -> list[Hit]:
    return [
        Hit(
            m.start(),
            m.end(),
            f"“{m.group().strip()}” announces going off duty, which tells people when fewer "
            "officers are about. Remove the sign-off.",
        )
        for m in PATTERNS.matches(text)
    ]
