"""`joke`: jokes, puns, knock-knock jokes, banter, sarcasm and laughter.

Serious uses of the same words are left alone: "drink driving is no joke", "no laughing
matter", "don't joke about bombs at the airport" (a bare "joke" is never enough on its own).
"""

from .text import Guarded, GuardSet, Hit
from .types import RulesContext

_EMOJI = "😂🤣😆😅😹😜😝😛🤪🙃🙄😏🤡🥁🤦🤭"
_CREATURE_WORDS = (
    "dracula vampire vampires werewolf werewolves zombie zombies alien aliens ufo ufos bigfoot "
    "yeti nessie ghost ghosts godzilla unicorn unicorns leprechaun leprechauns tooth bunny "
    "monster"
)
_CREATURES = (
    r"dracula|vampires?|werewol(?:f|ves)|zombies?|aliens?|ufos?|bigfoot|yeti|nessie|ghosts?|"
    r"godzilla|unicorns?|leprechauns?|the\s+tooth\s+fairy|the\s+easter\s+bunny|"
    r"the\s+loch\s+ness\s+monster|the\s+beast\s+of\s+\w+"
)

PATTERNS = GuardSet(
    Guarded(
        r"\b(?:lol+|lols|lolz|lmf?ao+|rofl(?:mao)?|pmsl|lulz)\b",
        subs=("lol", "lmao", "lmfao", "rofl", "pmsl", "lulz"),
    ),
    Guarded(
        r"\b(?:a?ha){2,}h?\b | \bha(?:[\s,.-]+ha)+\b | \bhe(?:he)+\b | \bteehee\b | \bbwa(?:ha)+\b",
        subs=(
            "haha",
            "ha ha",
            "ha-ha",
            "ha, ha",
            "ha,ha",
            "ha. ha",
            "hehe",
            "teehee",
            "bwaha",
            "ahah",
        ),
    ),
    Guarded(f"[{_EMOJI}]", subs=tuple(_EMOJI)),
    Guarded(
        r"""\b(?:no\s+)?puns?\s+(?:(?:very|totally|fully|entirely|absolutely|definitely|
              completely|most|much|wholly|100%)\s+){0,2}(?:intended|alert|fans)\b
          | \bpunny\b | \bpuns\b
          | \b(?:excuse|pardon|forgive)\s+(?:the|my|our)\s+puns?\b
          | \b(?:sorry|apologies)\s+(?:for|about)\s+(?:the|that|our)\s+puns?\b""",
        words="pun puns punny",
    ),
    Guarded(
        r"\bknock[\s,.!-]*knock\b",
        words="knock",
    ),
    Guarded(
        r"""\b(?:dad|bad|cracker|christmas|terrible|awful|cheesy|corny|lame|best|favourite)\s+jokes?\b
          | \bjoke\s+of\s+the\s+(?:day|week|year)\b | \b(?:here'?s|heres|tell\s+you)\s+a\s+joke\b
          | \b(?:only|just)\s+(?:joking|kidding)\b | \bjk\b | \bjoking\s+aside\b""",
        words="joke jokes joking kidding jk",
    ),
    Guarded(
        r"\bbanter\b | \bbants\b | \btongue[\s-]+in[\s-]+cheek\b",
        words="banter bants tongue",
    ),
    Guarded(
        r"""\bsee\s+what\s+(?:we|i)\s+did\s+there\b | \bba[\s-]?dum(?:[\s-]?t?(?:ss|ish|sh))?\b
          | \bboom,?\s+tish\b
          | \b(?:i|we)(?:'ll|\s+will|'d\s+better|\s+had\s+better)\s+(?:get|fetch|grab)\s+
              (?:my|our)\s+coats?\b
          | \b(?:i'?ll|we'?ll|i\s+will|we\s+will|i'?m|we'?re|i\s+am|we\s+are)\s+(?:be\s+)?here\s+
              all\s+week\b
          | \bthank\s+you,?\s+thank\s+you\b[^.!?]{0,30}?\bhere\s+(?:all\s+week|(?:till|until|til)\s+
              \w+)\b
          | \byou'?ve\s+been\s+a\s+(?:great|lovely|wonderful|tough)\s+(?:audience|crowd)\b
          | \btry\s+the\s+(?:veal|fish)\b | \btip\s+your\s+(?:waiter|waitress|bar\s+staff)\b
          | \bwhy\s+did\s+the\s+
              (?!(?:police|officers?|team|council|pcsos?|force|fire|road|traffic)\b)[^?.!]{1,60}?\?\s+(?:because|he|she|it)\b
          | \bwhat\s+do\s+you\s+call\s+a\b[^?]{0,60}\?""",
        words="badum tish coat coats week veal fish waiter waitress staff audience crowd",
        subs=(
            "why did the",
            "thank you",
            "what we did",
            "what i did",
            "ba dum",
            "ba-dum",
            "cross the road",
            "what do you call",
        ),
    ),
    Guarded(
        r"""\bjust\s+what\s+(?:we|i|you|everyone|everybody|nobody|no\s+one)\s+
              (?:wanted|needed|want|need)\b
          | \bsaid\s+no\s*(?:one|body)\s+ever\b | \bwhat\s+could\s+(?:possibly\s+)?go\s+wrong\b
          | \b(?:criminal\s+)?mastermind\b | \bmaster\s+criminal\b | \bcriminal\s+genius\b
          | \b(?:evil|absolute|real|true|pure)\s+genius\b | (?:^|[.!?]\s+)genius\s*[.!]
          | \bnot\s+the\s+(?:brightest|sharpest|smartest|cleverest)\b
          | \bdarwin\s+award | \bbrains?\s+of\s+(?:britain|the\s+operation)\b
          | \b(?:yeah|yea)\s*,?\s*right\b | \bdidn'?t\s+think\s+(?:that|this|it)\s+through\b
          | \bthought\s+[^.!?]{1,60}\s+(?:was|were|would\s+be)\s+a\s+
              (?:good|great|clever|smart|bright)\s+(?:plan|idea)\b""",
        words="mastermind criminal genius brightest sharpest smartest cleverest darwin brains "
        "yeah yea thought",
        subs=("just what", "said no", "go wrong", "didn't think", "didnt think"),
    ),
    Guarded(
        r"""\boh\s*,?\s+(?:fantastic|brilliant|wonderful|lovely|marvellous|marvelous|joy|perfect|
              super|great|good|goody)\s*[,.!]\s+(?:yet\s+another|another|just|more|exactly|because)\b
          | (?:^|[.!?]\s+)(?:fantastic|brilliant|wonderful|lovely|marvellous|great)\s*[.!]\s+
              (?:just\s+what|another|yet\s+another)\b""",
        words="fantastic brilliant wonderful lovely marvellous marvelous great perfect super joy "
        "good goody",
    ),
    Guarded(
        r"""\b(?:slower|faster|quicker|busier|quieter|grumpier|colder|lazier)\s+than\s+
              (?:the\s+|our\s+|a\s+)?(?:sarge|sarg|skipper|guv|gaffer|inspector|sergeant|snail|
              sloth|tortoise|treacle|my\s+nan|your\s+nan|a\s+week)\b""",
        words="slower faster quicker busier quieter grumpier colder lazier",
    ),
    Guarded(
        r"""\bsurprise,?\s+surprise\b | \bwho\s+(?:would\s+have|would'?ve|could\s+have)\s+thought\b
          | \bwho\s+knew\b | \bshock,?\s+horror\b | \bplot\s+twist\b | \bspoiler\s+alert\b""",
        words="surprise knew shock plot spoiler",
    ),
    Guarded(
        r"""\b(?:epic\s+)?fail\s+of\s+the\s+(?:day|week|year)\b | \#fail\b | \bfacepalm\b | \bsmh\b
          | \byou\s+(?:couldn'?t|could\s+not|can'?t)\s+make\s+(?:it|this)\s+up\b
          | \byou\s+had\s+one\s+job\b | \bnice\s+try\b""",
        words="fail facepalm smh job try",
        subs=("make it up", "make this up", "#fail"),
    ),
    Guarded(
        r"""\b(?:(?:10|ten)\s*/\s*10|a|top\s+marks)\s+for\s+(?:effort|creativity|imagination)\b
          | \b(?:award|prize|medal|trophy)\s+for\s+(?:the\s+)?(?:worst|best|most|daftest|silliest)\b
          | \bexcuse\s+of\s+the\s+(?:day|week|year)\b""",
        words="effort creativity imagination award prize medal trophy excuse",
    ),
    Guarded(
        r"""\bbright\s+spark\b | \beinstein\b | \bsherlock\b | \bclever\s+clogs\b
          | \bhilari(?:ous|ty)\b | \bcomedy\s+gold\b
          | \bbecause\s+that\s+(?:always|never)\s+(?:ends|goes|works)\b""",
        words="spark einstein sherlock clogs hilarious hilarity comedy",
        subs=("because that",),
    ),
    Guarded(r"\s/s\s*$", subs=(" /s",)),
    # Tongue-in-cheek "sightings" of monsters and legends ("Dracula's been spotted at the Abbey").
    Guarded(
        rf"""\b(?:{_CREATURES})(?:'s|s)?\s+(?:(?:has|have|was|were|is|are)\s+)?(?:been\s+)?
              (?:spotted|sighted|seen|on\s+the\s+loose|back\s+in\s+town|at\s+large)\b
          | \b(?:sightings?|reports?)\s+of\s+(?:a\s+|the\s+)?(?:{_CREATURES})\b
          | \brumou?r\s+has\s+it\s+(?:that\s+)?(?:an?\s+)?(?:{_CREATURES})\b""",
        # Substrings, not words: "Dracula's" is one word to the trigger index.
        subs=tuple(_CREATURE_WORDS.split()),
    ),
)


def find(text: str, ctx: RulesContext) -> list[Hit]:
    return [
        Hit(
            m.start(),
            m.end(),
            f"This reads as a joke, sarcasm or laughter (“{m.group().strip()}”). Keep the tone "
            "professional: the people reading may be victims.",
        )
        for m in PATTERNS.matches(text)
    ]
