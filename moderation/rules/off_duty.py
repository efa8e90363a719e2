"""`off_duty`: the team or officer announcing they are going off duty or signing off.

News about what an off-duty officer did, talk of officers being on duty or of shift
patterns are left alone: "off duty" counts only as something the team is doing now.
"""

import re

from .text import Guarded, GuardSet, Hit
from .types import RulesContext

_SHIFT = (
    r"(?:(?:very|really|late|early|night|day|long|busy|quiet|hectic|mad|last|eventful|tough|"
    r"hard|crazy|manic|wet|cold|hot|interesting|productive|varied|good|great|another|first|"
    r"final|12[\s-]?hour|10[\s-]?hour)\s+){0,3}"
    r"(?:shift|tour\s+of\s+duty|tour|turn|set\s+of\s+(?:nights|lates|earlies|shifts))"
)
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# "if you're heading home late", "students heading home for the holidays": someone else going.
_NOT_SOMEONE_ELSE = r"""(?<!you're\s)(?<!youre\s)(?<!you\sare\s)(?<!they're\s)(?<!who're\s)
    (?<!people\s)(?<!students\s)(?<!pupils\s)(?<!fans\s)(?<!visitors\s)(?<!shoppers\s)"""

PATTERNS = GuardSet(
    Guarded(
        r"""\bsigning\s+(?:off|out)\b | \bsign(?:ed)?\s+off\s+for\s+(?:the|to)\s*(?:day|night)\b""",
        words="signing sign signed",
    ),
    Guarded(
        r"""\b(?:going|gone|now|go|i'?m|we'?re|i\s+am|we\s+are|team\s+(?:is|are)|heading)\s+
              off[\s-]duty\b
          | \boff[\s-]duty\s+(?:now|for\s+the|until|till|til|back|as\s+of|from\s+now)\b
          | (?:^|[.!?]\s+)off[\s-]duty\s*(?:[.!,;]|$)""",
        words="duty",
    ),
    Guarded(
        # Not "got to the end of a night shift without losing his hat": a time, not a sign-off.
        rf"""(?<!to\sthe\s)(?<!at\sthe\s)(?<!by\sthe\s)(?<!until\sthe\s)(?<!till\sthe\s)
            (?<!before\sthe\s)\b(?:end|finish)\s+of\s+(?:the\s+|our\s+|my\s+|a\s+|another\s+|today'?s\s+|
              tonight'?s\s+)?{_SHIFT}\b
          | \b(?:shift|lates|earlies|nights|late\s+shift|early\s+shift|night\s+shift|day\s+shift|
              (?:early|late|night|day)s?\s+turn|tour\s+of\s+duty)(?:'s|\s+is|\s+are|\s+now|\s+all)?\s+
              (?:over(?!\s+(?:the|christmas|easter|summer|winter|new\s+year|bank|coming|next)\b)|
              done|finished|complete|ended)\b
          | \b(?:going|gone|now|we'?re|i'?m)\s+off\s+shift\b | \boff\s+shift\s+now\b""",
        words="shift shift's tour turn lates earlies nights",
    ),
    Guarded(
        r"""\b(?:that'?s|thats|that\s+is)\s+(?:us|me|the\s+end\s+of\s+(?:our|my|the)\s+\w+|
              (?:the\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?\s+team)\s+
              (?:done|finished|off|signing\s+off|home)\b
          | \b(?:that'?s|thats|that\s+is)\s+(?:all|it)\s+(?:from\s+(?:us|me|the\s+[\w'-]+
              (?:\s+[\w'-]+)?\s+team)|for\s+(?:us|me|today|tonight|this\s+(?:evening|shift)))\b(?!'s)
          | \b(?:that'?s|thats|that\s+is)\s+(?:us|me|it|your\s+lot)\s+(?:from\s+(?:us|me)\s+)?
              for\s+(?:tonight|today|now|the\s+(?:day|night|evening|week|weekend)|
              this\s+(?:week|shift|evening|morning|afternoon))\b
          | \bthat'?s\s+(?:a\s+wrap|your\s+lot\s+from)\b""",
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
        rf"""(?=heading|off|going){_NOT_SOMEONE_ELSE}
            \b(?:heading|off|going)\s+home\s+(?:now|for|after)\b(?!\s+a\s+night\s+out)(?![^.!?\n]*\?)
          | (?=heading){_NOT_SOMEONE_ELSE}\bheading\s+home\b(?![^.!?\n]*\?)
          | (?:^|(?<=[.!?,;:]\s))off\s+home\b(?![^.!?\n]*\?)
          | (?<!\bat\s)(?<!\bby\s)(?<!\bbefore\s)(?<!\bafter\s)(?<!\buntil\s)(?<!\bschool\s)
            \bhome\s+time\b""",
        words="home",
    ),
    Guarded(
        r"""\b(?:clocking|clockin'?|knocking|knockin'?|logging|booking)\s+off\b
          | \b(?:clocked|booked|logged)\s+off\b
          | \b(?:i'?m|we'?re|i\s+am|we\s+are|team\s+(?:is|are)|team'?s)\s+(?:all\s+)?off\s+
              (?:now|home|duty|for\s+the\s+(?:day|night))\b
          | \b(?:off|time|heading|going)\s+(?:to|2|for)\s+(?:get\s+|grab\s+|catch\s+)?
              (?:some\s+|a\s+bit\s+of\s+|a\s+few\s+hours\s+)?(?:bed|sleep|kip|shut[\s-]?eye|zzz+)\b(?!\s+on\s+it)
          | \bbowing\s+out\b
          | \b(?:heading|going|setting)\s+off\s+(?:now|home|for\s+the\s+(?:day|night))\b
          | \b(?:we'?re|i'?m|we\s+are|i\s+am)\s+off\s*(?:[.!,;]|$)
          | \b(?:we'?re|i'?m|we\s+are|i\s+am)\s+(?:all\s+)?done\s*(?:[.!,;]|$|now|here)""",
        words="off bed bowing done time heading going",
    ),
    # Welsh and Geordie: "Amser mynd adre", "Hwyl tan yfory", "We're away hyem". Behind their own
    # rare words, so the common "off" and "night" never run them.
    Guarded(
        r"""\bhwyl\s+tan\s+(?:yfory|fory|nes\s+ymlaen|dydd\s+\w+)\b | \b(?:amser\s+)?mynd\s+adre\b
          | \b(?:away|gannin|ganning|gannin'|off)\s+(?:hyem|yem|hame|yam)\b""",
        words="adre hyem yem hame yam",
        subs=("hwyl tan",),
    ),
    Guarded(
        r"""(?:^|(?<=[.!?]\s))off\s+for\s+the\s+(?:day|night|evening|weekend)(?:\s+now)?\s*[.!,]""",
        subs=("off for the",),
    ),
    Guarded(
        r"""\bgood\s*night\s+(?:all|everyone|everybody|folks|from|and)\b
          | \bgoodnight\b(?!\s+(?:messages?|texts?|kiss(?:es)?|stor(?:y|ies)|to\b))
          | (?<![\w'])(?:(?<!\w\s)|(?<=\bso\s)|(?<=\bok\s)|(?<=and\s)|(?<=okay\s)|(?<=right\s))
              (?:night|nite|nighty)(?:\s+night)?,?\s+
              (?:all|everyone|everybody|folks|peeps|team)\b(?!\s+(?:round|over|long|day))
          | \bnight\s+night\b | \bnighty\s+night\b | \bnos\s+da\b | \bhwyl\s+fawr\b
          | \boidhche\s+mhath\b | \bo[ií]che\s+mhaith\b
          | (?:^|[.!,;:]\s*)sleep\s+(?:well|tight)\b
          | \b(?:last|final)\s+(?:patrol|call|job)\s+(?:of\s+the\s+(?:night|day|shift)\s+)?
              (?:done|over|finished|complete|dealt\s+with)\b""",
        words="night nite nighty goodnight sleep last final nos hwyl oidhche oiche",
        subs=("oíche",),
    ),
    # "Night, Oldham." closing the tweet.
    Guarded(
        r"""(?=night)(?:^|(?<=[.!?]\s))night,?\s+(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*[.!]*\s*$""",
        words="night",
    ),
    Guarded(
        rf"""\bover\s+and\s+out\b | \bbye\s+for\s+now\b
          | \bcatch\s+(?:you|ya|y'all|yous)\s+(?:all\s+)?(?:later|tomorrow|soon|next|
              on\s+(?:{_DAYS})|{_DAYS})\b
          | \b(?:on|starting|off\s+on)\s+(?:our\s+|my\s+)?rest\s+days\b
          | \bhang(?:ing)?\s+up\s+(?:the|my|our)\s+(?:hat|hats|helmet|boots)\b
          | \b(?:over|hand(?:ing)?\s+over)\s+to\s+the\s+
              (?:night|late|early|day|next|lates|earlies)\s*
              (?:team|shift|turn|crew|lot)?\b""",
        words="over bye catch rest hang hanging handing hand",
    ),
    # "That's us away", "away hame noo", "guid nicht", "boots off", "peace out".
    Guarded(
        r"""\b(?:that'?s|thats|that\s+is)\s+(?:us|me|the\s+team|the\s+shift)\s+(?:away|lowsed)\b
          | \b(?:we'?re|i'?m|we\s+are|i\s+am)\s+away\s+(?:hame|home|noo|now)\b | \baway\s+hame\b
          | \bguid\s+nicht\b | \bnite\s+nite\b | \bg'?night\s+(?:all|folks|everyone|from)\b
          | \bg'?nite\b | \bg'night\b | \bhometime\b | \bawa\s+hame\b | \bback\s+the\s+morn\b
          | \bboots\s+off\b | \bpeace\s+out\b | \bthat'?s\s+(?:us|me)\s+out\b
          | (?:^|(?<=[.!?,]\s))gn\b(?=\s*(?:all|everyone|folks|x|[A-Z][a-z]+)?\s*[,.!x]|\s*$)""",
        words="away hame guid nite boots peace gn gnite g'nite g'night hometime awa morn lowsed",
        subs=("gnight", "g'night", "s us out", "s me out"),
    ),
    Guarded(
        r"""\b(?:won'?t\s+be|will\s+not\s+be|isn'?t|is\s+not|aren'?t|are\s+not)\s+
              (?:monitored|checked|read|staffed|answered)\s+(?:again\s+)?(?:until|till|over\s+the\s+
              (?:weekend|holiday|break)|overnight)\b
          | \bnot\s+monitored\s+(?:until|till)\b
          | \b(?:social\s+media\s+|media\s+)?desk\s+(?:is\s+(?:now\s+)?closed|closes)\b""",
        words="monitored checked read staffed answered desk",
    ),
    Guarded(
        r"""\bsee\s+(?:yous|youse|ye|you\s+all|y'?all|ya|you)\s+(?:later|dreckly|in\s+the\s+morning|
              tomorrow)\b""",
        words="later dreckly morning tomorrow",
    ),
    # Goodbyes at the end of a shift, in their many regional and casual forms.
    Guarded(
        r"""(?:^|[.!?,;:]\s*)(?:ta[\s-]?ra|tara|ta[\s-]ta|ttfn|cheerio|toodle[\s-]?(?:oo|pip)|
              see\s+ya|c\s+ya|cya|laters|laterz|l8rs?|later\s+all|
              bye\s+(?:all|everyone|everybody|folks|from)|
              adios|adieu|au\s+revoir|hasta\s+la\s+vista)\b
          | \b(?:ta[\s-]?ra|tara|ta[\s-]ta|cheerio|bye)\s+(?:for\s+now|from\s+(?:us|me|the))\b""",
        words="ta tara ttfn cheerio toodle ya cya laters laterz l8r l8rs later bye adios adieu "
        "revoir vista",
    ),
    Guarded(
        r"""\b(?:until|till|til)\s+next\s+time\b | \bcall(?:ing|ed)?\s+it\s+a\s+(?:night|day)\b""",
        words="next call calling called",
    ),
    Guarded(
        r"""\b(?:hand(?:ing|ed)?|pass(?:ing|ed)?)\s+(?:over\s+)?(?:the\s+baton|the\s+reins)\b
          | \b(?:hand(?:ing|ed)?|pass(?:ing|ed)?)\s+over\s+to\s+(?:the\s+)?(?:night|late|early|
              day|next|lates|earlies|nights|relief|oncoming)\b""",
        words="handing handed hand passing passed pass",
    ),
    Guarded(
        r"""\b(?:early|late)\s+(?:finish|dart)\s+(?:for|today|tonight)\b
          | (?:^|[.!?,;:]\s*)(?:an\s+)?early\s+(?:finish|dart)\b(?!\s+(?:to|of|at|on|in)\b)""",
        words="finish dart",
    ),
    # "See you Monday" ends a shift; after an event it is an invitation (see find()).
    Guarded(
        rf"""\bsee\s+(?:you|ya|y'all|yous|youse|ye)\s+(?:all\s+)?(?:on\s+)?(?:tomorrow|{_DAYS}|after\s+the\s+weekend|
              after\s+(?:our|my|the)\s+rest\s+days|on\s+the\s+other\s+side)\b""",
        words="see",
    ),
    Guarded(
        rf"""\b(?:we'?re|we\s+are|i'?m|i\s+am|we'?ll\s+be|i'?ll\s+be)\s+(?:back\s+)?(?:in|on)\s+
              again\s+(?:on\s+)?(?:tomorrow|{_DAYS}|next\s+week)\b
          | \bback\s+(?:after|following)\s+(?:our|my|the|a\s+(?:few|couple\s+of))\s+
              (?:rest\s+days|days\s+off|leave|well[\s-]earned\s+break)\b""",
        words="again after following",
    ),
    Guarded(
        r"""\b(?:feet|our\s+feet|my\s+feet)\s+up\b(?=[^.!?]{0,30}(?:now|time|tonight|home))
          | \b(?:off|time|going|heading)\s+(?:home|for\s+a\s+brew)\s+(?:now|we\s+go)\b""",
        words="feet home brew",
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
    # The day's end said plainly: "Day's done for us", "Last post from us today", "Off till
    # tomorrow", "The Larne team are heading off", "Time for us to go", "Stood down for the
    # night", "Weekend starts here", "Back online tomorrow", "signed off until Monday", "the
    # day team is away", "handed over to our colleagues on nights". One small guard each, behind
    # its own word or phrase: "off", "time", "last" and "we" are in too many tweets to wake them.
    Guarded(
        r"""\b(?:day|shift|turn|tour)(?:'s|\s+is|\s+has\s+been)\s+(?:now\s+)?done\b""",
        words="done",
    ),
    Guarded(
        r"""\blast\s+(?:post|tweet|one|update|message)\s+(?:from\s+(?:us|me)|of\s+the\s+(?:day|
              night|shift))\b""",
        subs=("last post", "last tweet", "last one", "last update", "last message"),
    ),
    Guarded(r"""\bstood\s+down\s+for\s+the\s+(?:night|day|evening|weekend)\b""", words="stood"),
    Guarded(
        rf"""(?=off\s)(?:^|(?<=[.!?,]\s)|(?<=we're\s)|(?<=we\sare\s)|(?<=i'm\s)|(?<=team\sis\s)|
              (?<=team\sare\s)|(?<=lot\sare\s)|(?<=now\s))off\s+(?:till|until|til|'til)\s+
              (?:tomorrow|(?:{_DAYS})|next\s+\w+|the\s+morning|morning|after\s+the\s+\w+)\b""",
        subs=("off till", "off until", "off til", "off 'til"),
    ),
    Guarded(
        r"""\b(?:we'?re|we\s+are|i'?m|i\s+am|team\s+(?:is|are)|team'?s|are)\s+(?:now\s+)?
              heading\s+off\b(?!\s+(?:to|towards|for\s+a|on|into|in)\b)
          | \bheading\s+off\s+shift\b""",
        subs=("heading off",),
    ),
    Guarded(
        r"""(?=off\s)(?:^|(?<=[.!?]\s))off\s+(?:shift\b|we\s+go[.!])""",
        subs=("off shift", "off we go"),
    ),
    Guarded(
        r"""\btime\s+for\s+(?:us|me)\s+to\s+(?:go|head\s+off|head\s+home|sign\s+off|log\s+off)\b""",
        subs=("time for us", "time for me"),
    ),
    Guarded(r"""\bweekend\s+starts\s+(?:here|now)\b""", subs=("weekend starts",)),
    Guarded(
        rf"""\bback\s+online\s+(?:tomorrow|(?:on\s+)?(?:{_DAYS})|at|in\s+the\s+morning|
              first\s+thing)\b""",
        subs=("back online",),
    ),
    Guarded(r"""\bsigned\s+off\s+(?:until|till|for\s+the)\b""", subs=("signed off",)),
    Guarded(
        r"""\b(?:us\s+lot|we|team)\s+(?:are|'re|is)\s+(?:all\s+)?off\s+(?:now|home)\b""",
        subs=("off now", "off home"),
    ),
    Guarded(
        r"""\bteam\s+(?:is|are)\s+away\b(?=\s*[.!,]|\s+(?:now|for|home|hame))
          | \b(?:we'?re|we\s+are)\s+away\s+(?:for\s+(?:the\s+night|tonight|today|the\s+day|
              the\s+weekend)|off)\b""",
        subs=("is away", "are away", "re away"),
    ),
    Guarded(
        r"""\bhand(?:ed|ing)?\s+over\s+to\s+(?:our\s+)?(?:colleagues|the\s+team|team)\s+on\s+
              (?:nights|lates|earlies|the\s+night\s+shift)\b""",
        words="handed handing",
    ),
    Guarded(
        r"""\b(?:turn|shift)\s+has\s+taken\s+over\b
          | \b(?:our\s+|the\s+)?shift\s+has\s+(?:now\s+)?(?:finished|ended)\b
          | \b(?:late|early|night|day)\s+(?:turn|shift)\s+(?:all\s+)?wrapped(?:\s+up)?\b""",
        subs=("shift has", "turn has", "wrapped"),
    ),
    Guarded(
        r"""\bfinishing\s+for\s+the\s+(?:christmas|easter|summer|new\s+year|bank\s+holiday|
              weekend|break|holidays?)\b""",
        subs=("finishing for",),
    ),
    # Emoji goodnights: "👋🌙 from the Tenby team", "🌙😴 Team Hexham is off".
    Guarded(
        r"""(?:👋|😴|💤)\s*🌙|🌙\s*(?:👋|😴|💤)""",
        subs=("🌙",),
    ),
)


# Invitations: "Our surgery is back on Monday at the library. See you Monday!", "Back on
# Monday: free bike marking returns to the Old Market".
_EVENT = re.compile(
    r"\b(?:surgery|surgeries|event|meeting|stall|drop[\s-]in|coffee|cuppa|market|show|fete|fayre|"
    r"fair|session|clinic|library|open\s+day|come\s+(?:along|and|down)|pop\s+(?:in|along|by|down)|"
    r"join\s+us|say\s+hello)\b",
    re.IGNORECASE,
)


def _is_invitation_word(m: re.Match) -> bool:
    return m.group().lstrip(" .!?,;:").lower().startswith(("see", "back"))


def find(text: str, ctx: RulesContext) -> list[Hit]:
    matches = PATTERNS.matches(text)
    if any(_is_invitation_word(m) for m in matches) and _EVENT.search(text):
        matches = [m for m in matches if not _is_invitation_word(m)]
    return [
        Hit(
            m.start(),
            m.end(),
            f"“{m.group().strip()}” announces going off duty, which tells people when fewer "
            "officers are about. Remove the sign-off.",
        )
        for m in matches
    ]
