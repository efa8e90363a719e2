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
from .inbound_model import (
    CALL_FOR_HELP_THRESHOLD,
    URGENT_THRESHOLD,
    MentionModel,
    mention_model,
)
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
    r"do\s+something|help\s+(?:me|us|with\s+this|find)(?!\s+(?:to\s+)?(?:promote|publici[sz]e|"
    r"advertise|share|spread|raise|get\s+the\s+word))|"
    r"give\s+(?:me|us|my\s+\w+)\s+a\s+(?:call|ring|bell|buzz)|get\s+back\s+to\s+(?:me|us)|"
    r"pop\s+(?:round|over|by)\s+(?:to|and|now|today|tonight)|come\s+round|"
    r"have\s+a\s+(?:word|look)|speak\s+to\s+(?:me|us|him|her|them)|sort\s+(?:it|this|them|him)|"
    r"come\s+and\s+(?:take|see|look|have|check|speak|sort|deal)|take\s+a\s+statement|"
    r"move\s+(?:them|him|her)\s+on|keep\s+an\s+eye)"
)

# Asking the police to act, or how to report something.
REQUEST = _any(
    rf"\b{_ME}\s+(?:would\s+)?(?:like|want|wish|need|have)\s+to\s+report\b",
    r"\b(?:need|needs|want|wanna|wanted|like|wish|trying|tryin|how)\s+(?:to|2)\s+report\b"
    r"(?!\s+(?:a\s+)?pot-?holes?)",
    r"\b(?:is\s+)?(?:this|it)\s+(?:is\s+|'s\s+)?(?:one\s+for\s+(?:you|the\s+police)|"
    r"a\s+(?:police|101|999)\s+(?:matter|job|thing))\b",
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
    # Who to tell or send evidence to: "who do I send the video to?", "who do i tell?".
    r"\b(?:who|where)\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:send|tell|give|pass)\b"
    r"(?!\s+(?:a|an|our|my)\s+(?:cv|application|donation|card|thank))",
    rf"\b(?:would|could|is)\s+it\s+be\s+possible\s+for\s+{_OFFICER}\s+to\s+{_ACT}",
    r"\bplease\s+(?:do\s+something|sort\s+(?:it|this|them)|move\s+them\s+on|get\s+someone)\b",
    r"\btake\s+a\s+statement\b",
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
    r"stripped|ripped\s+out|cut\s+off|slashed|spray[\s-]?painted|tagged|lifted|"
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
    r"\b(?:as\s+we\s+speak|happening\s+now(?!\s+that))\b",
    r"\b(?:tried|trying|tryin|attempted)\s+to\s+(?:break|get\s+in|steal|nick|force|grab|snatch|"
    r"take|rob|open)\b|\bbreak(?:ing)?\s+in(?:to)?\b",
    r"\bkeeps?\s+(?:turning\s+up|coming\s+round|messaging|calling|ringing|texting|following|"
    r"sending|contacting|threatening|hitting)\b|\b(?:asked|told)\s+(?:him|her|them)\s+to\s+stop\b",
    r"\bthrough\s+(?:my|our|the|her|his)\s+(?:\w+\s+)?(?:window|windscreen|door)\b",
    r"\b(?:cuckoo\w*|county\s+lines|coming\s+and\s+going\s+at\s+all\s+hours)\b",
    r"\b(?:passed\s+out(?!\s+(?:as|from|of)\b)|can'?t\s+wake|unresponsive|seizure|fitting|choking|drowning|"
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
    r"wrong\s+way|loose\s+on|nearly\s+(?:been\s+)?(?:hit|took|hitting)|knife(?!\s+(?:surrender|"
    r"amnesty|bins?|arch|crime))|gun|machete|"
    r"baseball\s+bat|crowbar|weapon|fight(?:ing)?|brawl|stabb(?:ed|ing)|suspicious\s+(?:package|"
    r"man|men|car|van|person|people|behaviour|activity)|locked\s+in\s+a\s+car|crying\s+on\s+the\s+"
    r"(?:bridge|railings|ledge)|on\s+the\s+(?:bridge\s+)?railings|jump(?:ing)?\s+off|"
    r"traffic\s+lights\s+(?:are\s+)?(?:out|down|not\s+working))\b",
    # Missing people and welfare: "hasn't been seen for three days", "not come home".
    r"\b(?:hasn'?t|has\s+not|haven'?t|not)\s+(?:been\s+seen|come\s+(?:home|back)|came\s+(?:home|back)|"
    r"returned|got\s+(?:home|back)|turned\s+up\s+(?:at|for))\b",
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
    # Theft told as leaving with something: "walked off with the charity box", "did a runner".
    r"\b(?:walked|made|ran|run|legged\s+it|drove|cycled|gone)\s+off\s+with\b|"
    r"\b(?:ripped|pulled|torn|cut|taken)\s+(?:out|off|down)\s+(?:of|from)\s+(?:my|our|the|his|her|their|"
    r"an?)\b|"
    r"\bdrove\s+off\s+without\s+paying\b|\bdid\s+a\s+runner\b|\bdone\s+a\s+runner\b",
    # Drugs.
    r"\b(?:dealing|selling\s+(?:drugs|weed|gear|coke|pills|stuff))\b(?!\s+with)|"
    r"\bdrug\s+deals?\b|\bsmell\s+of\s+(?:weed|cannabis|skunk)\b|\bcannabis\s+farm\b",
    # Fraud and impersonation: phishing, identity theft, courier fraud.
    r"\bclicked\s+(?:on\s+)?(?:a|the|this|that)\s+link\b|"
    r"\b(?:typed|put|entered|gave|given|handed\s+over)\s+(?:in\s+)?(?:my|her|his|our|their|all\s+my)\s+"
    r"(?:card|bank|account|banking|personal)\s+(?:details|number|info)|"
    r"\b(?:been|got)\s+(?:had|done\s+over|ripped\s+off|fleeced|catfished)\b|"
    r"\b(?:my|her|his)\s+identity\b|\bidentity\s+(?:theft|fraud)\b|"
    r"\b(?:accounts?|contracts?|loans?|cards?)\s+in\s+(?:my|her|his|our)\s+name\b|"
    r"\b(?:says|said|saying|claims|claiming|pretending|pretended|posing)\s+(?:he'?s|she'?s|they'?re|"
    r"to\s+be|as|he\s+is|she\s+is|they\s+are|it'?s)\s+(?:an?\s+|the\s+|from\s+(?:the\s+)?)?"
    r"(?:police|officer|detective|bank|hmrc|dvla|council|gas|water|electric|bt|microsoft|amazon)|"
    r"\b(?:courier|give|hand\s+over|withdraw)\s+(?:\w+\s+){0,3}(?:cash|money|savings)\b",
    # Violence: "getting battered", "3 of them kicking him".
    r"\b(?:getting|got|being|been)\s+(?:battered|beaten|jumped|glassed|slashed|headbutted|"
    r"bottled|kicked\s+in|set\s+upon|knocked\s+out|leathered|twatted|done\s+in)\b|"
    r"\b(?:kicking|punching|hitting|beating|stamping\s+on|attacking|battering|strangling|"
    r"choking|dragging|slapping)\s+(?:him|her|them|someone|somebody|a\s+\w+|me|my|the\s+\w+)\b",
    # Indecency and sexual offences.
    r"\b(?:exposing|flashing)\s+(?:himself|herself|themselves)\b|\bflasher\b|"
    r"\btouched\s+(?:me|her|my)\b|\bindecent\b",
    # Someone vulnerable in danger: "in her dressing gown on the dual carriageway".
    r"\b(?:dressing\s+gown|pyjamas|pjs|nightie|slippers)\b.{0,80}\b(?:road|carriageway|motorway|"
    r"street|walking|wandering|lost|confused)\b|\b(?:confused|disorientated|disoriented)\s+"
    r"(?:old|elderly|man|woman|lady|gent)|\b(?:walking|wandering|standing|lying|sat|sitting)\s+"
    r"(?:along|down|on|in|across)\s+(?:the\s+)?(?:middle\s+of\s+the\s+road|dual\s+carriageway|"
    r"motorway|hard\s+shoulder|railway|tracks|line)\b",
    # Suspicious behaviour: "going slowly up and down our close", "looking into cars".
    r"\bup\s+and\s+down\s+(?:our|the|my)\s+(?:street|road|close|lane|avenue|drive|cul-?de-?sac|"
    r"estate|crescent|way)\b|\b(?:looking|peering|checking)\s+(?:in|into|through)\s+"
    r"(?:car|cars|windows|gardens|houses|vans|sheds)\b|\bacting\s+suspicious(?:ly)?\b|"
    r"\bcasing\s+(?:the|our|houses)\b",
    # Dangerous driving and animals in danger.
    r"\bwrong\s+side\s+of\s+the\s+road\b|\bwrong\s+side\s+of\s+the\s+[am]\d|"
    r"\bgoing\s+to\s+kill\s+(?:someone|somebody)\b|\ball\s+over\s+the\s+road\b|"
    r"\bdriving\s+(?:like\s+a\s+(?:maniac|lunatic|idiot)|erratically)\b|"
    r"\b(?:dog|dogs|puppy|child|baby|kid)\s+(?:left|locked|shut)\s+in\s+(?:a|the|his|her|their)\s+"
    r"(?:car|van)\b",
    # Throwing things at people, cars or buildings; "throwing stanes at the windaes".
    r"\bthrowing\s+(?:\w+\s+){1,2}at\b",
    # Harassment by phone or post: "silent calls", "left a dead bird on my step".
    r"\bsilent\s+calls\b|\b(?:left|leaving|put)\s+(?:a\s+)?dead\s+\w+|\bpoison[\s-]pen\b",
    # Recurring crime told in the passive or progressive: "has been nicking parcels",
    # "drugs being dealt from the flat", "window put through".
    r"\b(?:someone|somebody|people|they|kids|lads|youths)\s+(?:has|have|'s|'ve)\s+been\s+"
    r"(?:nicking|stealing|taking|smashing|breaking|dumping|dealing|selling|letting|slashing|"
    r"keying|spraying|throwing|chucking|setting|lighting|following|harassing)\b",
    r"\b(?:drugs|weed|gear|coke)\s+(?:being|are\s+being|is\s+being)\s+(?:dealt|sold|grown)\b",
    r"\b(?:window|windows|windscreen|door|glass)\s+(?:was\s+|were\s+|got\s+)?"
    r"(?:put\s+through|smashed|kicked\s+in|broken)\b",
    r"\b(?:might|may|could|must)\s+be\s+(?:stolen|nicked|a\s+stolen)\b|\bthink\s+it'?s\s+stolen\b",
    # Throwing things: "chucking stones at cars", "lobbing bricks".
    r"\b(?:chucking|lobbing|hurling|pelting|launching)\s+(?:\w+\s+){0,2}(?:at|off|over)\b",
    r"\b(?:stones|bricks|rocks|eggs|fireworks|bottles)\s+at\s+(?:cars|people|houses|windows|"
    r"buses|us|me)\b",
    # Crashes and people trapped or lost; animals attacking.
    r"\b(?:ploughed|plowed|crashed|smashed|slammed|careered|drove)\s+into\b|\btrapped\b",
    r"\b(?:can'?t|cannot|couldn'?t)\s+find\s+(?:her|his|their|my|our)\s+(?:parents|mum|mam|"
    r"dad|mother|father|family|child|son|daughter|kid|kids|boy|girl|grandad|nan)\b",
    r"\b(?:little|young|small)\s+(?:girl|boy|child|kid)\s+(?:on\s+(?:her|his)\s+own|alone|lost)\b",
    r"\b(?:going|about|threatening|trying)\s+to\s+jump\b|\bclimbed\s+over\s+the\s+rail",
    r"\b(?:dog|dogs)\s+(?:has\s+|have\s+|just\s+)?(?:attacked|bitten|bit|killed|savaged|"
    r"mauled|worrying|chasing)\b|\b(?:has|have|had|just)\s+(?:attacked|assaulted|bitten|mauled)\b",
    r"\bpuppy\s+farm\b|\b(?:dogs?|animals?|horses?|puppies)\s+(?:(?:are|is|keep|been)\s+)?"
    r"(?:crying|howling|starving|neglected|whimpering)\b",
    # Telling the police about something: "just letting you know", "thought you should know".
    r"\bjust\s+(?:letting|to\s+let)\s+you\s+know\b|\bthought\s+you\s+(?:should|ought\s+to|"
    r"might\s+want\s+to|'d\s+want\s+to)\s+know\b|\bheads\s+up\b",
)

# Mentions that are about help already given, praise, complaints, events or sharing.
THANKS = _any(
    r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+|very\s+much\s+)?(?:for|to)\b",
    r"\b(?:can'?t|cannot)\s+thank\s+you\b|\bthanks\s+again\b|\bmassive\s+thank\s+you\b",
    r"\bjust\s+wanted\s+to\s+say\b|\bwanted\s+to\s+say\s+thanks\b",
    r"\b(?:well\s+done|nice\s+one|great\s+work|brilliant\s+work|amazing\s+effort|good\s+job|"
    r"you\s+were\s+(?:fantastic|brilliant|great|amazing)|what\s+a\s+(?:hero|star|legend)|"
    r"proud\s+of|congratulations|congrats|(?:great|brilliant|useful|good)\s+(?:tweet|post|"
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
    r"\b(?:knife|weapons?)\s+(?:surrender|amnesty|bins?|arch)\b|\bpassed\s+out\s+(?:as|from|of)\b",
    r"\b(?:copy|copies)\s+of\s+(?:a|my|the|our)\s+(?:\w+\s+){0,2}report\b|\bwas\s+dealt\s+with\b",
)
SHARE = _any(
    r"\bhelp\s+(?:us\s+)?spread\s+the\s+word\b",
    r"\bhelp\s+(?:us|me)\s+(?:to\s+)?(?:promote|publici[sz]e|advertise|share|spread|raise\s+"
    r"awareness|get\s+the\s+word\s+out|fundraise)\b",
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
    r"\b(?:right\s+now|happening\s+now(?!\s+that)|as\s+we\s+speak|just\s+now|at\s+the\s+moment|still\s+"
    r"(?:there|here|inside|outside|behind\s+me|going\s+on|at\s+it)|please\s+hurry|hurry|"
    r"come\s+(?:quick|quickly|now|asap)|send\s+someone|please\s+come)\b",
    r"\b(?:knife(?!\s+(?:surrender|amnesty|bins?|arch|crime))|gun|machete|baseball\s+bat|crowbar|"
    r"weapon|stabb(?:ed|ing)|shot)\b",
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
    # Now, in every register: "at this minute", "as I type", Scots "the now".
    r"\b(?:at\s+this\s+(?:minute|moment|second)|this\s+(?:minute|second)|as\s+i\s+(?:type|write)|"
    r"(?:right|just)\s+this\s+(?:minute|second)|in\s+progress|going\s+on\s+now|"
    r"outside\s+(?:my|our)\s+(?:house|door|window|flat|home)\s+now|(?<!for\s)the\s+now\s*$|"
    r"the\s+now\b(?!\s+(?:defunct|closed|former))|currently\s+(?:outside|inside|in|on|at))",
    r"\b(?:battered|beaten\s+up|getting\s+beaten|jumped|glassed|slashed|headbutted|kicking\s+(?:him|"
    r"her|them|someone|somebody)|stamping\s+on|strangling|dragging\s+(?:her|him))\b",
    r"\b(?:panick?ing|on\s+(?:his|her|their|the|its)\s+way\b(?!\s+home)|courier\s+who'?s|"
    r"coming\s+to\s+collect)\b",
    r"\b(?:getting\s+dark|not\s+answering\s+(?:her|his|their)\s+phone|"
    r"(?:year|yr)s?[\s-]old\b.{0,60}\b(?:missing|hasn'?t\s+come|not\s+come|not\s+back))",
    r"\b(?:in\s+(?:the|this)\s+heat|windows?\s+(?:up|shut|closed)|(?:left|locked)\s+in\s+"
    r"(?:a|the)\s+(?:hot\s+)?car)\b",
    r"\b(?:torch|moving\s+about\s+inside|someone'?s?\s+(?:is\s+)?in\s+there)\b",
    r"\b(?:trapped|ploughed\s+into|tide'?s?\s+coming\s+in|(?:going|about)\s+to\s+jump|"
    r"climbed\s+over\s+the\s+rail\w*|can'?t\s+find\s+(?:her|his|their)\s+(?:parents|mum|dad)|"
    r"threatening\s+to\s+(?:kill|hurt|stab|do\s+(?:me|us|him|her)\s+in|batter|smash)|"
    r"(?:standing|waiting|banging)\s+at\s+(?:my|our|the)\s+(?:gate|door|window))\b",
    r"\b(?:dual\s+carriageway|motorway|hard\s+shoulder|railway\s+line|on\s+the\s+tracks|"
    r"middle\s+of\s+the\s+road|wrong\s+side|kill\s+(?:someone|somebody)|all\s+over\s+the\s+road|"
    r"erratically|like\s+a\s+(?:maniac|lunatic)|nearly\s+(?:had|knocked|ran|run))\b",
    r"\b(?:exposing|flashing)\s+(?:himself|herself)\b.{0,80}\b(?:kids|children|play\s+area|"
    r"school|park)\b",
)
# Someone hurt but now safe: "She's ok but shaken" makes a past incident not urgent, unless
# something is still going on.
CALM = _any(
    r"\b(?:she|he|they|i|we|everyone|all)(?:'s|'re|'m|\s+is|\s+are|\s+am|\s+was|\s+were)\s+"
    r"(?:ok|okay|fine|alright|all\s+right|unhurt|not\s+hurt|safe\s+now)\b",
    r"\bno\s+one\s+(?:was\s+)?hurt\b|\bnobody\s+(?:was\s+)?hurt\b",
)
# Something that keeps happening is worth reporting but is not an emergency now.
HABITUAL = _any(r"\bkeeps?\s+\w+ing\b|\bevery\s+(?:night|day|week|evening|morning)\b")
STILL_NOW = _any(
    r"\b(?:right\s+now|still|as\s+we\s+speak|happening\s+now(?!\s+that)|at\s+this\s+minute|hurry|the\s+now)\b",
)


def classify_mention(
    text: str, context: RulesContext | None = None, *, model: MentionModel | None = None
) -> list[Flag]:
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
    model = model or mention_model()
    if trigger is None and (
        _suppressed(folded) or model.call_for_help_probability(text) < CALL_FOR_HELP_THRESHOLD
    ):
        return []
    if trigger is not None:
        start, end = trigger.span()
    else:
        start, end = model.strongest_words(text) or (0, len(text))
    urgent = (
        URGENT.search(folded) is not None
        and (
            (CALM.search(folded) is None and HABITUAL.search(folded) is None)
            or STILL_NOW.search(folded) is not None
        )
    ) or model.urgent_probability(text) >= URGENT_THRESHOLD
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


def _suppressed(text: str) -> bool:
    """Thanks, praise, complaints, jokes, general questions, sharing: never a call for help."""
    return any(
        pattern.search(text) for pattern in (THANKS, COMPLAINT, JOKE, GENERAL, SHARE)
    ) or bool(PET.search(text) and SHARE_ASK.search(text))


def _trigger(text: str) -> re.Match | None:
    request = REQUEST.search(text)
    if request is not None and NOT_POLICE.search(text) is None and SHARE.search(text) is None:
        return request
    incident = INCIDENT.search(text)
    if incident is None:
        return None
    if _suppressed(text):
        return None
    return incident
