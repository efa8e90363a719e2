"""`joke`: jokes, puns, knock-knock jokes, banter, sarcasm and laughter.

Serious uses of the same words are left alone: "drink driving is no joke", "no laughing
matter", "don't joke about bombs at the airport" (a bare "joke" is never enough on its own).
"""

from .text import Guarded, Hit, guarded_hits
from .types import RulesContext

_EMOJI = "😂🤣😆😹😜😝😛🤪🙃🙄😏🤡🥁🤦🤭"

PATTERNS = (
    Guarded(
        "lol lmao lmfao rofl pmsl lulz",
        r"\b(?:lol+|lols|lolz|lmf?ao+|rofl(?:mao)?|pmsl|lulz)\b",
    ),
    Guarded(
        "ha he teehee",
        r"\b(?:a?ha){2,}h?\b | \bha(?:[\s,.-]+ha)+\b | \bhe(?:he)+\b | \bteehee\b | \bbwa(?:ha)+\b",
    ),
    Guarded(tuple(_EMOJI), f"[{_EMOJI}]"),
    Guarded(
        "pun",
        r"""\b(?:no\s+)?puns?\s+(?:intended|alert|fans)\b | \bpunny\b | \bpuns\b
          | \b(?:excuse|pardon|forgive)\s+(?:the|my|our)\s+puns?\b
          | \b(?:sorry|apologies)\s+(?:for|about)\s+(?:the|that|our)\s+puns?\b""",
    ),
    Guarded(
        "knock who's whos",
        r"\bknock[\s,.!-]*knock\b | \bwho'?s\s+there\b",
    ),
    Guarded(
        "joke joking kidding jk",
        r"""\b(?:dad|bad|cracker|christmas|terrible|awful|cheesy|corny|lame|best|favourite)\s+jokes?\b
          | \bjoke\s+of\s+the\s+(?:day|week|year)\b | \b(?:here'?s|heres|tell\s+you)\s+a\s+joke\b
          | \b(?:only|just)\s+(?:joking|kidding)\b | \bjk\b | \bjoking\s+aside\b""",
    ),
    Guarded(
        "banter bants tongue",
        r"\bbanter\b | \bbants\b | \btongue[\s-]+in[\s-]+cheek\b",
    ),
    Guarded(
        "see what badum ba dum ba-dum boom tish coat cross the road what do you call",
        r"""\bsee\s+what\s+(?:we|i)\s+did\s+there\b | \bba[\s-]?dum(?:[\s-]?t?(?:ss|ish|sh))?\b
          | \bboom,?\s+tish\b | \bi'?ll\s+(?:get|fetch)\s+my\s+coat\b
          | \bwhy\s+did\s+the\s+\w+\s+cross\s+the\s+road\b
          | \bwhat\s+do\s+you\s+call\s+a\b[^?]{0,60}\?""",
    ),
    Guarded(
        "just what said no what could mastermind criminal genius brightest sharpest smartest "
        "cleverest darwin brains yeah yea didn't didnt thought",
        r"""\bjust\s+what\s+(?:we|i|you|everyone|everybody|nobody|no\s+one)\s+
              (?:wanted|needed|want|need)\b
          | \bsaid\s+no\s*(?:one|body)\s+ever\b | \bwhat\s+could\s+(?:possibly\s+)?go\s+wrong\b
          | \b(?:criminal\s+)?mastermind\b | \bmaster\s+criminal\b | \bcriminal\s+genius\b
          | \bgenius\b | \bnot\s+the\s+(?:brightest|sharpest|smartest|cleverest)\b
          | \bdarwin\s+award | \bbrains?\s+of\s+(?:britain|the\s+operation)\b
          | \b(?:yeah|yea)\s*,?\s*right\b | \bdidn'?t\s+think\s+(?:that|this|it)\s+through\b
          | \bthought\s+[^.!?]{1,60}\s+(?:was|were|would\s+be)\s+a\s+
              (?:good|great|clever|smart|bright)\s+(?:plan|idea)\b""",
    ),
    Guarded(
        "oh fantastic brilliant wonderful lovely marvellous great",
        r"""\boh\s*,?\s+(?:fantastic|brilliant|wonderful|lovely|marvellous|marvelous|joy|perfect|
              super|great|good|goody)\s*[,.!]\s+(?:yet\s+another|another|just|more|exactly|because)\b
          | (?:^|[.!?]\s+)(?:fantastic|brilliant|wonderful|lovely|marvellous|great)\s*[.!]\s+
              (?:just\s+what|another|yet\s+another)\b""",
    ),
    Guarded(
        "slower faster quicker busier quieter grumpier colder lazier",
        r"""\b(?:slower|faster|quicker|busier|quieter|grumpier|colder|lazier)\s+than\s+
              (?:the\s+|our\s+|a\s+)?(?:sarge|sarg|skipper|guv|gaffer|inspector|sergeant|snail|
              sloth|tortoise|treacle|my\s+nan|your\s+nan|a\s+week)\b""",
    ),
    Guarded(
        "surprise who knew shock plot spoiler",
        r"""\bsurprise,?\s+surprise\b | \bwho\s+(?:would\s+have|would'?ve|could\s+have)\s+thought\b
          | \bwho\s+knew\b | \bshock,?\s+horror\b | \bplot\s+twist\b | \bspoiler\s+alert\b""",
    ),
    Guarded(
        "fail facepalm smh make it up make this up one job nice try",
        r"""\b(?:epic\s+)?fail\s+of\s+the\s+(?:day|week|year)\b | \#fail\b | \bfacepalm\b | \bsmh\b
          | \byou\s+(?:couldn'?t|could\s+not|can'?t)\s+make\s+(?:it|this)\s+up\b
          | \byou\s+had\s+one\s+job\b | \bnice\s+try\b""",
    ),
    Guarded(
        "effort creativity imagination award prize medal trophy excuse of",
        r"""\b(?:(?:10|ten)\s*/\s*10|a|top\s+marks)\s+for\s+(?:effort|creativity|imagination)\b
          | \b(?:award|prize|medal|trophy)\s+for\s+(?:the\s+)?(?:worst|best|most|daftest|silliest)\b
          | \bexcuse\s+of\s+the\s+(?:day|week|year)\b""",
    ),
    Guarded(
        "spark einstein sherlock clever hilari comedy because that",
        r"""\bbright\s+spark\b | \beinstein\b | \bsherlock\b | \bclever\s+clogs\b
          | \bhilari(?:ous|ty)\b | \bcomedy\s+gold\b
          | \bbecause\s+that\s+(?:always|never)\s+(?:ends|goes|works)\b""",
    ),
    Guarded(" /s", r"\s/s\s*$"),
)


def find(text: str, ctx: RulesContext) -> list[Hit]:
    return [
        Hit(
            m.start(),
            m.end(),
            f"This reads as a joke, sarcasm or laughter (“{m.group().strip()}”). Keep the tone "
            "professional: the people reading may be victims.",
        )
        for m in guarded_hits(PATTERNS, text)
    ]
