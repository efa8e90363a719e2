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
          | \b(?:finishing|finished|done|wrapping)(?:\s+up)?\s+for\s+(?:the\s+)?(?:day|night|
              evening|today|tonight|weekend|week)\b""",
        words="done finished finishing wrapping",
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
          | \b(?:off|time)\s+(?:to|for)\s+(?:bed|some\s+sleep|kip)\b
          | \bbowing\s+out\b
          | \b(?:heading|going|setting)\s+off\s+(?:now|home|for\s+the\s+(?:day|night))\b
          | \b(?:we'?re|i'?m|we\s+are|i\s+am)\s+off\s*(?:[.!,;]|$)
          | \b(?:we'?re|i'?m|we\s+are|i\s+am)\s+(?:all\s+)?done\s*(?:[.!,;]|$|now|here)""",
        words="off bed bowing done",
    ),
    Guarded(
        r"""\bgood\s*night\s+(?:all|everyone|everybody|folks|from|and)\b | \bgoodnight\b
          | \bnight,?\s+(?:all|everyone|folks)\b | \bnight\s+night\b | \bnighty\s+night\b
          | (?:^|[.!,;:]\s*)sleep\s+(?:well|tight)\b
          | \b(?:last|final)\s+(?:patrol|call|job)\s+(?:of\s+the\s+(?:night|day|shift)\s+)?
              (?:done|over|finished|complete|dealt\s+with)\b""",
        words="night goodnight sleep",
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
