"""Every rule's code, default severity, advice and the force guidance it applies, in one place.

The UI lists these; the engine reads severities and messages from here.
"""

from dataclasses import dataclass

BLOCK = "block"
WARN = "warn"
SEVERITIES = (BLOCK, WARN)


@dataclass(frozen=True)
class RuleInfo:
    code: str
    title: str
    default_severity: str
    advice: str
    guidance: str

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "title": self.title,
            "default_severity": self.default_severity,
            "advice": self.advice,
            "guidance": self.guidance,
        }


def _by_code(*infos: RuleInfo) -> dict[str, RuleInfo]:
    return {info.code: info for info in infos}


RULES: dict[str, RuleInfo] = _by_code(
    RuleInfo(
        code="name",
        title="Private person's name",
        default_severity=BLOCK,
        advice=(
            "Take the name out. If this is a colleague, partner or councillor, put their rank "
            "or title before the name, or ask an admin to add them to the known people list."
        ),
        guidance="Names of offenders",
    ),
    RuleInfo(
        code="location",
        title="Exact location",
        default_severity=BLOCK,
        advice=(
            "Give the street, estate or town only: remove the house or flat number, the full "
            "postcode, map coordinates or what3words address."
        ),
        guidance="Exact locations of crimes",
    ),
    RuleInfo(
        code="joke",
        title="Joke or sarcasm",
        default_severity=WARN,
        advice="Keep the tone professional: remove the joke, pun, sarcasm or laughter.",
        guidance="Jokes",
    ),
    RuleInfo(
        code="external_link",
        title="Link to an external site",
        default_severity=BLOCK,
        advice=(
            "Link only to police.uk or gov.uk pages, or retweet the link from a senior "
            "force account instead."
        ),
        guidance="Links to external sites (unless RT by a senior account)",
    ),
    RuleInfo(
        code="hashtags",
        title="Too many hashtags",
        default_severity=BLOCK,
        advice="Keep at most three hashtags: your local area name or the subject.",
        guidance="never use more than 3 #tags per tweet",
    ),
    RuleInfo(
        code="rumour",
        title="Unverified information",
        default_severity=WARN,
        advice=(
            "Only post what has been confirmed. Wait for the facts, or say what the police "
            "know and ask people not to speculate."
        ),
        guidance="Rumours",
    ),
    RuleInfo(
        code="off_duty",
        title="Going off duty",
        default_severity=BLOCK,
        advice=(
            "Don't announce that the team is going off duty or signing off: it tells people "
            "when the area has fewer officers. Remove the sign-off."
        ),
        guidance="Going off duty messages",
    ),
    RuleInfo(
        code="length",
        title="Too long for X",
        default_severity=BLOCK,
        advice="Shorten the tweet to 280 characters as X counts them (a link counts as 23).",
        guidance="Clear, concise and personal",
    ),
)

RULE_CODES = tuple(RULES)

# Mentions sent *to* an account are classified, not moderated: kept apart from RULES so the
# outbound rule list (and the per-account severity settings built on it) stays as it is.
INBOUND_RULES: dict[str, RuleInfo] = _by_code(
    RuleInfo(
        code="call_for_help",
        title="Call for help",
        default_severity=WARN,
        advice=(
            "Don't take this on over X. Reply asking them to call 999 if someone is in danger "
            "or a crime is happening now, otherwise to report it on 101 or online."
        ),
        guidance="Not accept 'Calls for help' from twitter always refer them to 101 or 999",
    ),
)
