"""`call_for_help`: a mention that asks the police for help or reports a crime or emergency.

The force's guidance is never to take calls for help over X but to refer the sender to 999 or
101, so the officer answering mentions needs them picked out, and the urgent ones first.

A mention is a call for help when it asks for police action or a way to report ("I'd like to
report", "how do I report my stolen bike", "please send someone", "can an officer call me"), or
when it tells of a crime, emergency or danger (stolen, broken into, a fight, a fire, someone
collapsed, a child missing). It is left alone when it thanks the police for help already given,
praises them, complains about policy or response times, asks about events, surgeries, jobs or
opening hours, asks people to share an event or a lost pet, or jokes.

Urgent: danger or a crime happening now (violence, weapons, fire, someone hurt or collapsed, a
break-in in progress, a danger on the road, someone vulnerable missing, "right now", "please
hurry").
"""

import re

from .guidance import INBOUND_RULES
from .text import detection_text
from .types import Flag, RulesContext

CODE = "call_for_help"
_RULE = INBOUND_RULES[CODE]
_FLAGS = re.IGNORECASE | re.VERBOSE


def _any(*alternatives: str) -> re.Pattern:
    return re.compile(" | ".join(f"(?:{a})" for a in alternatives), _FLAGS)


_ME = r"(?:i|we|i'?d|we'?d|i'?m|we'?re|me|us|my|our)"
_OFFICER = (
    r"(?:someone|somebody|anyone|an?\s+officer|officers|a\s+patrol|a\s+pcso|the\s+police|you)"
)
# What the sender asks an officer to do about it (not "pop in to the school one evening").
_ACT = (
    r"(?:come\s+(?:out|by|round\s+now|quick|quickly|now|asap)|call\s+(?:me|us)|ring\s+(?:me|us)|"
    r"contact\s+(?:me|us)|phone\s+(?:me|us)|get\s+(?:in\s+touch\s+with\s+)?(?:me|us)|"
    r"check\s+(?:it|on|this|that|him|her|them|out)|look\s+into|attend|investigate|send|"
    r"do\s+something|help\s+(?:me|us|with\s+this|find))"
)

# Asking the police to act, or how to report something.
REQUEST = _any(
    rf"\b{_ME}\s+(?:would\s+)?(?:like|want|wish|need|have)\s+to\s+report\b",
    r"\b(?:how|where|who)\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:go\s+about\s+)?report",
    r"\b(?:can|could|should|shall|do)\s+(?:i|we)\s+report\s+(?:it|this|that|him|her|them)\b",
    r"\b(?:can|could|should|shall)\s+(?:i|we)\s+report\s+(?:him|her|them|my|our)\b",
    r"\bwant\s+(?:it|this)\s+(?:on\s+record|investigated|looked\s+into|reported|logged)\b",
    r"\bwant\s+(?:it|this|them|him|her)\s+(?:dealt\s+with|investigated)\b",
    r"\bcrime\s+(?:ref(?:erence)?|number|no\.?)\b",
    r"\bplease\s+(?:send|come|hurry|help|advise|get\s+here)\b",
    r"\b(?:send|get)\s+(?:someone|somebody|help|an?\s+officer|officers|the\s+police|a\s+patrol)\b",
    rf"\b(?:can|could|would|will)\s+{_OFFICER}\s+(?:please\s+)?{_ACT}",
    r"\bcome\s+(?:out|quick|quickly|now|asap|round|and\s+help)\b",
    r"\bhelp\s+(?:pls|plz|please|needed)\b|\bhelp\s+(?:me|us)\s*(?:[.!,]|$|please|pls|now)",
    r"^\s*help\s*[!.,]+(?!\s*(?:does|do|anyone|any\s+idea|when|what|where|is|are|how|can|could)\b)",
    r"\bhelp\s+(?:us\s+)?find\s+(?:him|her|them|my|our)\b",
    r"\bplease\s+hurry\b|\bhurry\b",
    r"\b(?:is|would)\s+(?:this|that|it)\s+(?:be\s+)?(?:a\s+)?(?:police\s+matter|something\s+(?:you|the\s+police)\s+"
    r"(?:can|could|would)\s+(?:help|deal|look))",
    rf"\bplease\s+(?:could|can|would)\s+{_OFFICER}\s+{_ACT}",
    r"\b(?:need|want|would\s+like)\s+(?:some\s+)?(?:help|advice|an?\s+officer)\s+(?:on|with|about|"
    r"from|to)\b",
    r"\bplease\s+advise\b|\bcan\s+you\s+advise\b",
    r"\bshould\s+(?:i|we)\s+(?:report|call|ring)\b",
    r"\bis\s+this\s+something\s+you\s+can\s+help\b",
)
# Things the police do not deal with: asking how to report them is not a call for help.
NOT_POLICE = _any(
    r"\bpot-?holes?\b",
    r"\bstreet\s*lights?\b",
    r"\bbin\s+collections?\b",
    r"\bor\s+(?:is\s+(?:that|it)|should\s+i\s+(?:go|ask))\s+(?:to\s+)?the\s+council\b",
    r"\bnot\s+reporting\s+anything\b",
    r"\bjust\s+want\s+advice\b",
)

# Crimes, emergencies and dangers told as they happen or have just happened to the sender.
_STOLEN = (
    r"stolen|nicked|pinched|swiped|taken|snatched|robbed|burgled|mugged|pickpocketed|siphoned|"
    r"sawn\s+off|ripped\s+off|conned|scammed|defrauded|hacked|keyed|vandalised|smashed|"
    r"broken\s+into|broke\s+into|kicked\s+in|ransacked|damaged|set\s+(?:on\s+)?fire|torched|"
    r"dumped|fly-?tipped"
)
INCIDENT = _any(
    # Property crime: "my car's been stolen", "someone has keyed my car", "shed was broken into".
    rf"\b(?:has|have|had|was|were|been|got|'s|just|has\s+just|have\s+just)\s+(?:been\s+)?"
    rf"(?:{_STOLEN})\b",
    r"\b(?:someone|somebody|sum1|some\s+\w+|a\s+(?:man|woman|lad|group|gang|bloke|guy|kid)s?|"
    r"they|he|she|kids|youths|lads|two\s+\w+|people)\s+(?:has\s+|have\s+|just\s+|jus\s+|'s\s+|"
    r"keeps?\s+|are\s+|is\s+)*(?:stole|nicked|robbed|took|snatched|smashed|keyed|broke|kicked|"
    r"ransacked|set\s+fire|dumped|dumping|dumps|written|sprayed|siphoned|hacked|using\s+my|"
    r"taking\s+money|leaving\s+dead|following|threatening|harass|bullying|pushed|spat|punched|"
    r"hit|attacked|assaulted|exposed|climb|trying|tryin|smashing|fighting|throwing|shouting|"
    r"hitting|banging|stealing|pulling)\w*",
    r"\b(?:burglary|burglaries|break-?in|robbery|mugging|theft|fraud|scam|assault|hit\s+and\s+run|"
    r"harass(?:ed|ment|ing)|stalk(?:ed|ing)|threat(?:s|ened|ening)|abus(?:e|ed|ive)|racist|hate\s+crime|"
    r"graffiti|drug\s+dealing|dealing\s+drugs|grow(?:ing)?\s+(?:weed|cannabis)|fly-?tipping|"
    r"exposed\s+himself|domestic)\b",
    rf"\b(?:{_STOLEN})\s+(?:off|from|out\s+of)\s+(?:my|our|the|his|her|their)\b",
    r"\bhad\s+(?:\w+\s+){0,4}(?:stolen|nicked|taken|smashed|damaged|vandalised|keyed)\b",
    r"\b(?:been|was|were|got|get|getting|being)\s+(?:punched|attacked|assaulted|hit|kicked|stabbed|"
    r"bitten|spat\s+at|threatened|mugged|robbed|groped|followed|harassed|abused|bullied|"
    r"blackmailed|groomed|stalked|scammed|conned|defrauded)\b",
    r"\b(?:stealing|pulling|taking|stripping)\s+(?:the\s+)?(?:lead|copper|cables?|metal)\b",
    r"\b(?:taking|stealing|took|stole|helping\s+(?:him|her|themselves)\s+to)\s+(?:money|cash|"
    r"things|items|jewellery|medication)\s+(?:from|out\s+of)\b",
    r"\b(?:as\s+we\s+speak|happening\s+now)\b",
    r"\b(?:tried|trying|tryin|attempted)\s+to\s+(?:break|get\s+in|steal|nick|force|grab|snatch|"
    r"take|rob|open)\b|\bbreak(?:ing)?\s+in(?:to)?\b",
    r"\bkeeps?\s+(?:turning\s+up|coming\s+round|messaging|calling|ringing|texting|following|"
    r"sending|contacting|threatening|hitting)\b|\b(?:asked|told)\s+(?:him|her|them)\s+to\s+stop\b",
    r"\bthrough\s+(?:my|our|the|her|his)\s+(?:\w+\s+)?(?:window|windscreen|door)\b",
    r"\b(?:cuckoo\w*|county\s+lines|coming\s+and\s+going\s+at\s+all\s+hours)\b",
    r"\b(?:passed\s+out|can'?t\s+wake|unresponsive|seizure|fitting|choking|drowning|"
    r"in\s+the\s+(?:river|canal|sea|water)|flames|smoke\s+(?:pouring|coming|billowing))\b",
    r"\b(?:anti-?social\s+behaviou?r|shoplift\w*|dangerous\s+driv\w+|drink[\s-]driv\w+|"
    r"drunk\s+driv\w+|trespass\w*|poach\w*|hare\s+coursing|dog\s+attack|blackmail\w*|"
    r"extort\w*|sextortion|kidnap\w*|abduct\w*|intruder|prowler|alarm\s+(?:is\s+)?going\s+off|"
    r"screaming|overdose|suicidal|self[\s-]harm\w*|threatening\s+to\s+(?:kill|hurt))\b",
    r"\b(?:i'?m|we'?re|i\s+am|we\s+are|really|very|so)\s+(?:worried|concerned)\s+(?:about|for)\b",
    r"\b(?:i'?ve|we'?ve|i|we)\s+(?:got|have)\s+(?:the\s+|some\s+)?(?:doorbell|dashcam|cctv|ring|"
    r"phone)\s+(?:footage|video|camera)\b",
    # Emergencies and dangers.
    r"\b(?:on\s+fire|set\s+fire|fire\s+in|smoke\s+everywhere|spreading|smell\s+of\s+gas|gas\s+leak|"
    r"collapsed|colapsed|unconscious|not\s+breathing|not\s+moving|not\s+responding|bleeding|"
    r"fallen\s+(?:in|over|down)|has\s+fallen|crash(?:ed)?|collision|upside\s+down|shed\s+its\s+load|"
    r"wrong\s+way|loose\s+on|nearly\s+(?:been\s+)?(?:hit|took|hitting)|knife|gun|machete|"
    r"baseball\s+bat|crowbar|weapon|fight(?:ing)?|brawl|stabb(?:ed|ing)|suspicious\s+(?:package|"
    r"man|men|car|van|person|people|behaviour|activity)|locked\s+in\s+a\s+car|crying\s+on\s+the\s+"
    r"(?:bridge|railings|ledge)|on\s+the\s+(?:bridge\s+)?railings|jump(?:ing)?\s+off|"
    r"traffic\s+lights\s+(?:are\s+)?(?:out|down|not\s+working))\b",
    # Missing people and welfare: "hasn't been seen for three days", "not come home".
    r"\b(?:hasn'?t|has\s+not|haven'?t|not)\s+(?:been\s+seen|come\s+home|came\s+home|returned)\b",
    r"\bwandered\s+off\b|\bgone\s+missing\b|\breport\s+(?:him|her|them)\s+missing\b",
    r"(?:^|\b)missing:|\bmissing\s+(?:person|since|from)\b",
    r"\b(?:i'?m|we'?re|i\s+am|i\s+feel|feel)\s+(?:so\s+|really\s+|very\s+)?(?:scared|terrified|"
    r"frightened|afraid|unsafe|targeted|in\s+danger)\b",
    r"\b(?:following|followed)\s+me\b|\bstill\s+(?:behind\s+me|there|inside|outside|here)\b",
    r"\bwon'?t\s+(?:leave|go\s+away|answer\s+the\s+door)\b",
    r"\b(?:watch(?:es|ing)?|filming|photographing)\s+(?:the\s+)?(?:kids|children|pupils)\b",
    r"\btried\s+to\s+(?:get|grab|lure|take)\s+(?:my|a|our|the)\b",
    r"\b(?:let\s+in|conning|cold\s+callers?|rogue\s+traders?)\b",
    r"\b(?:lorry|van|car|driver|bus)\s+(?:has\s+)?(?:crashed|overturned|hit|driving\s+the\s+wrong)\b",
    r"\b(?:scramblers?|quad\s+bikes?|e-?scooters?|off-?road\s+bikes?)\b.{0,60}\b(?:riding|going|"
    r"tearing|racing|doing|nearly|knocked|at\s+pensioners)\b",
    r"\b(?:money|£\s?\d[\d,]*)\b.{0,60}\b(?:gone|transferred|taken|disappeared|never\s+sent)\b",
    r"\b(?:took|taken)\s+(?:my|our|her|his)\s+(?:money|deposit)\b|\bnever\s+sent\s+it\b",
    r"\bblacked\s+out\b|\bsomeone\s+inside\b|\btorch\s+light\b|\bback\s+door'?s?\s+(?:is\s+)?open\b",
    r"\bkids\s+(?:are\s+)?(?:playing\s+on|throwing)\b|\bthrowing\s+(?:stones|bricks|things|eggs)\b",
    r"\bmasked\b|\bno\s+lights\b|\bpanting\b",
)

# Mentions that are about help already given, praise, complaints, events or sharing.
THANKS = _any(
    r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+|very\s+much\s+)?(?:for|to)\b",
    r"\b(?:can'?t|cannot)\s+thank\s+you\b|\bthanks\s+again\b|\bmassive\s+thank\s+you\b",
    r"\bjust\s+wanted\s+to\s+say\b|\bwanted\s+to\s+say\s+thanks\b",
    r"\b(?:well\s+done|nice\s+one|great\s+work|brilliant\s+work|amazing\s+effort|good\s+job|"
    r"you\s+were\s+(?:fantastic|brilliant|great|amazing)|what\s+a\s+(?:hero|star|legend)|"
    r"proud\s+of\s+(?:you|them|the\s+team)|(?:great|brilliant|useful|good)\s+(?:tweet|post|"
    r"advice|video|thread))\b",
    r"\b(?:was|were|been|got)\s+(?:returned|recovered|found\s+safe|found)\b|\bcame\s+back\b|"
    r"\bfound\s+(?:safe|my|the|him|her)\b|\bso\s+glad\b",
    r"\b(?:catching|caught|arresting)\s+(?:the|those|that)\b",
)
COMPLAINT = _any(
    r"\btook\s+\w+\s+(?:hours?|days?|weeks?)\b|\bnot\s+good\s+enough\b|\bon\s+hold\b",
    r"\bwhy\s+(?:have|has|do|don'?t|are|did|is|isn'?t|aren'?t)\s+(?:the\s+)?(?:police|you|officers|"
    r"we|they)\b",
    r"\b(?:should|need\s+to)\s+be\s+catching\b|\bshould\s+have\s+more\s+powers\b",
    r"\b(?:copy|copies)\s+of\s+(?:a|my|the|our)\s+(?:\w+\s+){0,2}report\b|\bwas\s+dealt\s+with\b",
)
SHARE = _any(
    r"\bhelp\s+(?:us\s+)?spread\s+the\s+word\b",
    r"\b(?:please\s+)?(?:rt|retweet|share)\s+(?:our|this|the|my)\s+(?:\w+\s+){0,3}?(?:event|"
    r"poster|appeal|quiz|fair|fayre|day|night|page|fundraiser|collection)\b",
)
SHARE_ASK = re.compile(r"\b(?:rt|retweet|share)\b", re.IGNORECASE)
PET = re.compile(r"\b(?:cat|dog|kitten|puppy|tortoise|parrot|rabbit|pet)\b", re.IGNORECASE)
JOKE = _any(r"\b(?:lol|lmao|only\s+joking|just\s+kidding|jk)\b|😂|🤣")
# Hypothetical or general: "want to make sure mine doesn't get nicked", "any tips".
GENERAL = _any(
    r"\bmake\s+sure\s+\w+\s+(?:doesn'?t|don'?t|won'?t)\b",
    r"\bany\s+tips\b|\bis\s+it\s+worth\b|\bhow\s+can\s+i\s+(?:keep|protect|stop)\b",
    r"\b(?:best|any)\s+(?:way|ways|advice)\s+to\s+(?:stop|prevent|protect|keep)\b",
    r"\b(?:shocking|scary|sad)\s+how\b|\bhow\s+many\s+\w+\s+get\b|\b(?:you|we)\s+need\s+more\s+"
    r"(?:patrols|officers|police|bobbies)\b",
)

# Happening now or just happened, with danger to someone.
URGENT = _any(
    r"\b(?:right\s+now|happening\s+now|as\s+we\s+speak|just\s+now|at\s+the\s+moment|still\s+"
    r"(?:there|here|inside|outside|behind\s+me|going\s+on|at\s+it)|please\s+hurry|hurry|"
    r"come\s+(?:quick|quickly|now|asap)|send\s+someone|please\s+come)\b",
    r"\b(?:knife|gun|machete|baseball\s+bat|crowbar|weapon|stabb(?:ed|ing)|shot)\b",
    r"\b(?:fight(?:ing)?|brawl|punch(?:ed|ing)|hitting|beating|attacking|kicking\s+off|"
    r"glasses\s+being\s+thrown|bleeding)\b",
    r"\b(?:on\s+fire|set\s+fire|smoke\s+everywhere|spreading|smell\s+of\s+gas|gas\s+leak|flames|"
    r"smoke\s+(?:pouring|coming|billowing))\b",
    r"\b(?:urgent|emergency|screaming|being\s+smashed|smashing|passed\s+out|can'?t\s+wake|"
    r"unresponsive|seizure|fitting|choking|drowning|overdose)\b",
    r"\b(?:collapsed|colapsed|unconscious|not\s+breathing|not\s+moving|not\s+responding|"
    r"has\s+fallen|fallen\s+in\s+the\s+road)\b",
    r"\b(?:upside\s+down|shed\s+its\s+load|wrong\s+way|loose\s+on|nearly\s+(?:been\s+)?(?:hit|took|"
    r"hitting)|swerving|lights\s+are\s+out|traffic\s+lights\s+(?:are\s+)?(?:out|down))\b",
    r"\b(?:railings|ledge|jump(?:ing)?\s+off|dementia|wandered\s+off)\b",
    r"\b(?:following\s+me|behind\s+me|banging\s+on|won'?t\s+leave|i'?m\s+scared|in\s+danger)\b",
    r"\b(?:trying\s+(?:the\s+)?(?:windows?|doors?)|tryin\s+car\s+doors|trying\s+car\s+doors|"
    r"climb(?:ed|ing)?\s+over|someone\s+inside|still\s+inside|torch\s+light|back\s+door'?s?\s+open|"
    r"pulling\s+the\s+lead|been\s+in\s+there)\b",
    r"\b(?:just|jus)\s+(?:been\s+)?(?:robbed|smashed|punched|attacked|assaulted|mugged|stabbed|hit)\b",
    r"\b(?:has|have|'s)\s+just\s+(?:smashed|robbed|punched|attacked|broken|stolen|taken)\b",
    r"\bsuspicious\s+package\b|\blocked\s+in\s+a\s+car\b|\bin\s+this\s+heat\b|\bmasked\b",
    r"\b(?:throwing\s+(?:stones|bricks)|at\s+pensioners|knocked\s+over|took\s+out\s+a)\b",
    r"\bfor\s+the\s+last\s+\d+\s+min",
    r"\bstill\s+(?:hanging\s+around|around|about|lurking|nearby)\b|\bjust\s+tried\s+to\b",
    r"\bjust\s+come\s+home\s+to\s+find\b|\bkicked\s+in\b",
)


def classify_mention(text: str, context: RulesContext | None = None) -> list[Flag]:
    """At most one `call_for_help` flag for a mention sent to an account.

    The flag's span covers the words that showed it to be a call for help; `urgent` is set
    when someone is in danger or a crime is happening now.
    """
    if not isinstance(text, str):
        raise TypeError(f"classify_mention() needs a str, not {type(text).__name__}")
    if not text.strip():
        return []
    folded = detection_text(text)
    trigger = _trigger(folded)
    if trigger is None:
        return []
    start, end = trigger.span()
    urgent = URGENT.search(folded) is not None
    severity = _RULE.default_severity
    message = (
        f"This looks like a call for help (“{' '.join(text[start:end].split())}”). "
        + (
            "It sounds urgent: reply at once asking them to call 999 now. "
            if urgent
            else "Reply asking them to report it on 101 or online, or 999 in an emergency. "
        )
        + "Don't take the report over X."
    )
    return [Flag(CODE, severity, start, end, message, _RULE.guidance, urgent=urgent)]


def _trigger(text: str) -> re.Match | None:
    request = REQUEST.search(text)
    if request is not None and NOT_POLICE.search(text) is None and SHARE.search(text) is None:
        return request
    incident = INCIDENT.search(text)
    if incident is None:
        return None
    if THANKS.search(text) or COMPLAINT.search(text) or JOKE.search(text) or GENERAL.search(text):
        return None
    if SHARE.search(text) or (PET.search(text) and SHARE_ASK.search(text)):
        return None
    return incident
