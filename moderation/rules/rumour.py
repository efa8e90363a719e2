"""`rumour`: passing on unverified information ("apparently", "unconfirmed reports", "rumour
has it", "we've heard that", "we're told", "not confirmed yet").

Left alone when the tweet is knocking a rumour down: "that is not true", "please don't share
it", "rely on official updates", "avoid speculation".
"""

import re

from .text import Guarded, GuardSet, Hit
from .types import RulesContext

# "Residents tell us they feel safer": feedback, not hearsay.
_SATISFIED = r"""\s+(?:that\s+)?(?:they|you|we)\s+(?:feel|felt|want|wanted|would|like|liked|love|
    loved|appreciate|are\s+(?:worried|concerned|pleased|happy|glad)|were\s+(?:worried|concerned|
    pleased|happy|glad))\b"""
# Speculation that is not a police finding: "may have been", "could be behind".
_MAYBE = r"\b(?:may|might|could)\s+(?:well\s+|already\s+|also\s+)?(?:have|be)\b"
# ... about who did it or what it is linked to, which is what gossip is made of: "the same gang
# could be behind", "he may have fled". "It is believed she may have fallen from her horse" is
# an incident report, and "he may have travelled to Cardiff" a routine appeal, not hearsay.
_WHO_OR_WHY = r"""(?=[^.!?;]{0,120}\b(?:behind|linked|connected|responsible|involved|related|same|
    group|gang|someone|somebody|youths?|kids|teen\w*|known\s+to|target\w*|deliberate\w*|
    purpose|sold|insurance|revenge|dispute|inside|mistaken|culprit|suspect|offender|thie(?:f|ves)|
    burglars?|arsonists?|dealers?)\b)"""
# Hearsay passed on is about a person or an incident; "the streetlights are out" is a report.
_PEOPLE_AND_DEEDS = r"""man|woman|lad|lads|boy|girl|driver|rider|person|pair|gang|group|youths?|
    pickpockets?|someone|somebody|fella|bloke|kids|teenagers?|
    suspect|culprit|thie(?:f|ves)|burglars?|dealers?|he|she|arrested|stolen|attack\w*|fire|seen|
    spotted|behind|linked|responsible|involved"""
_ABOUT_SOMEONE = rf"""(?=[^.!?;]{{0,80}}\b(?:{_PEOPLE_AND_DEEDS})\b)"""
# ... or what happened: "neighbours say the fire was started deliberately", not "parents say
# the crossing patrol makes a difference".
_ABOUT_AN_INCIDENT = rf"""(?=[^.!?;]{{0,80}}\b(?:{_PEOPLE_AND_DEEDS}|selling|dealing|drugs?|
    drones?|started|deliberate\w*|break-?ins?|burglar\w*|thefts?|job|crash|collision|died|dead|
    cannabis|factory|farm|grow|fake|counterfeit|scam\w*|skimm\w*|robbed|robber\w*|raided|mugged|
    snatch\w*|lur(?:e|ed|ing)|posing|missing|set|
    tampered|vandal\w*|damage\w*|
    assaulted|burgled|targeted|broken\s+into|
    weapon|knife|machete|gun|shots?|gunshots?|stabb\w*|fight\w*|alight|arson\w*|blaze|fireworks?)\b)"""

# "Apparently harmless messages", "supposedly 'free' trials", "seemingly small things": the hedge
# qualifies a word, not a story.
_NOT_BEFORE_A_QUALITY = r"""(?!\s+['‘"]?(?:harmless|innocent|innocuous|small|simple|minor|trivial|
    genuine|legitimate|official|free|normal|friendly|safe|random|ordinary|real|reputable)\b)"""

PATTERNS = GuardSet(
    # Asides and frames of every register: "so we hear", ", we're told,", "so they're saying",
    # "It's believed locally", "anecdotally", "rumblings in Oban", "Rumoured:", "is supposed to
    # be selling", "likely the same crew", "sounds like the same gang", "looks likely that",
    # "be the work of the gang", "claims on a community page say", "staff have heard that", "a
    # lady at the library has told us", "we've been telt", "Heard the missing teenager has been
    # seen". One small guard each: "so", "a", "heard" and "told" are in too many tweets.
    Guarded(
        r"""[,(]\s*so\s+(?:we\s+(?:hear|understand|gather|are\s+told)|we'?re\s+told|they'?re\s+saying|
              people\s+are\s+saying|folk\s+are\s+saying|(?:i'?m|we'?re)\s+told)\b""",
        subs=(", so ", "(so "),
    ),
    Guarded(r""",\s*we(?:'re|\s+are)\s+told\s*,""", subs=(", we're told", ", we are told")),
    Guarded(
        r"""\bbelieved\s+locally\b | \blocally\s+(?:believed|thought|said|rumou?red)\b""",
        subs=(
            "believed locally",
            "locally believed",
            "locally thought",
            "locally said",
            "locally rumoured",
            "locally rumored",
        ),
    ),
    Guarded(
        r"""\banecdotally\b | \brumblings?\b | (?:^|(?<=[.!?]\s))rumou?red\b""",
        words="anecdotally rumblings rumbling rumoured rumored",
    ),
    Guarded(
        r"""\b(?:is|are|was|were)\s+supposed\s+to\s+(?:be|have)\s+(?:been\s+)?(?:selling|behind|
              dealing|responsible|involved|linked|stealing|hiding|carrying)\b""",
        words="supposed",
    ),
    Guarded(
        r"""\b(?:likely|probably|possibly|maybe|perhaps)\s+the\s+same\s+(?:crew|gang|group|lads|
              ones|people|person|lot|vandals?|thie(?:f|ves)|kids|youths|culprits?)\b
          | \blooks\s+likely\s+that\b""",
        subs=("the same", "likely that"),
    ),
    Guarded(
        r"""\bsounds\s+like\s+the\s+same\b
          | \bbe\s+the\s+work\s+of\s+(?:the|a)\s+(?:same\s+)?(?:gang|group|people|lot|crew|team|
              lads|youths)\b""",
        subs=("like the same", "the work of"),
    ),
    Guarded(
        r"""\bclaims?\s+on\s+(?:a|the)\s+[\w' -]{0,30}?(?:page|group|forum|facebook|whatsapp|
              social\s+media)\b""",
        subs=("claims on", "claim on"),
    ),
    Guarded(
        r"""\b(?:staff|residents|people|parents|neighbours|locals|traders|pupils)\b[^.!?]{0,40}
              \b(?:have|has)\s+heard\s+that\b""",
        subs=("heard that",),
    ),
    Guarded(
        r"""\b(?:a|an|one)\s+(?:lady|man|woman|gentleman|bloke|fella|girl|boy|lad)\s+
              (?:at|in|from|on|outside)\s+[^.!?,;]{1,30}?\s+(?:has\s+)?told\s+us\b""",
        subs=("told us",),
    ),
    Guarded(r"""\bwe(?:'ve|\s+have)\s+been\s+telt\b""", words="telt"),
    Guarded(
        r"""(?=heard)(?:^|(?<=[.!?]\s))heard\s+(?:that\s+)?(?:the|a|an|someone|somebody|there)\b
            (?![^.!?\n]*\?)""",
        subs=(
            "heard the",
            "heard a",
            "heard someone",
            "heard somebody",
            "heard there",
            "heard that",
        ),
    ),
    Guarded(
        r"""\byn\s+[oô]l\s+y\s+s[oô]n\b | \bheb\s+(?:ei\s+|eu\s+)?gadarnhau\b
          | \bdim\s+cadarnhad\b | \bmae\s+(?:rhai|pobl)\s+yn\s+dweud\b | \bmae\s+s[oô]n\b
          | \bwedi\s+gallu\s+cadarnhau\b | \bdywedodd\s+(?:trigolion|pobl|rhywun)\b""",
        subs=(
            "yn ôl y sôn",
            "yn ol y son",
            "gadarnhau",
            "cadarnhad",
            "yn dweud",
            "mae sôn",
            "mae son",
            "dywedodd",
        ),
    ),
    # Hunches and guesses about who did it: "Kids from Coleraine, probably", "Teenagers from
    # over the river, we'd imagine", "Gut feeling? Same group", "we've a feeling they're linked",
    # "the smart money says", "Not 100% on this but".
    Guarded(
        r"""\b(?:kids|teenagers|youths|lads|someone|somebody|people|a\s+gang|the\s+same\s+\w+|
              (?:a|one|some)\s+(?:former|local|disgruntled)\s+\w+)\b[^.!?]{0,60},\s*(?:most\s+likely|
              more\s+than\s+likely|probably|we'?d\s+imagine|we'?d\s+guess|i'?d\s+guess)\s*(?:[.,!]|$)
          | \bgut\s+feeling\b | \bjust\s+a\s+hunch\b | \b(?:a|our|my)\s+hunch\s+is\b
          | \b(?:we'?ve|we\s+have|i'?ve|i\s+have)\s+(?:got\s+)?a\s+(?:feeling|hunch|suspicion)\b
          | \bsmart\s+money\s+(?:says|is\s+on)\b
          | \bnot\s+100\s*%\s+(?:on|about|sure\s+(?:on|about))\s+(?:this|that|it)\b
          | \b(?:have\s+been|are|been)\s+(?:warning|messaging|telling|texting)\s+each\s+other\b
          | \bwe'?ve\s+picked\s+up\s+(?:that|on\s+(?:talk|chatter|reports))\b
          | \b(?:someone|somebody|people|a\s+post)\s+on\s+(?:the\s+)?[\w' -]{0,30}?(?:page|group|
              forum|facebook|chat|whatsapp|nextdoor)\s+(?:(?:is|are|has\s+been|have\s+been)\s+
              (?:saying|claiming|suggesting)|says|said|claims|claimed)\b""",
        words="likely probably imagine guess gut hunch feeling suspicion smart",
        subs=(
            "100",
            "each other",
            "picked up",
            "page is",
            "page are",
            "page has",
            "group is",
            "group has",
            "groups are",
            "groups have",
            "forum is",
            "chat is",
            "facebook is",
            "whatsapp",
            "nextdoor",
        ),
    ),
    Guarded(
        rf"""\bapparently\b(?!\s+(?:not|so)\s*[.!]){_NOT_BEFORE_A_QUALITY} | \breportedly\b
          | \bsupposedly\b{_NOT_BEFORE_A_QUALITY} | \bpresumably\b
          | \bunconfirmed\b | \bunverified\b
          | \bunsubstantiated\b | \bhearsay\b | \bgossip\b | \bgrapevine\b
          | \b(?:a\s+)?(?:little|wee)\s+bird\b""",
        words="apparently reportedly supposedly presumably unconfirmed unverified "
        "unsubstantiated hearsay gossip grapevine",
        subs=("little bird", "wee bird"),
    ),
    Guarded(
        r"""\brumou?rs?\s+(?:has\s+it|is|are|says|say|suggests?|going\s+(?:round|around)|
              circulating|that|of|flying|swirling|spreading|rife)\b
          | \b(?:it'?s|it\s+is|is|are|was|were)\s+rumou?red\b | \brumou?red\s+to\b""",
        words="rumour rumours rumor rumors rumoured rumored",
    ),
    # Triggered by what is going round, not by "round" or "about", which are everywhere.
    Guarded(
        r"""\b(?:reports?|claims?|stor(?:y|ies)|tales?|posts?|messages?|videos?|talk|whispers?|
              suggestions?)\s+(?:are\s+|is\s+)?(?:circulating|doing\s+the\s+rounds|
              going\s+(?:round|around|about)|flying\s+(?:round|around|about))\b
          | \bcirculating\s+(?:that|on\s+social\s+media)\b
            (?!\s+(?:say|says|claim|claims|ask|asks|tell|tells|offer|offers|look|looks|appear|
              appears|contain|contains|pretend|pretends)\b)""",
        subs=(
            "circulating",
            "doing the rounds",
            "going round",
            "going around",
            "going about",
            "flying round",
            "flying around",
            "flying about",
        ),
    ),
    Guarded(
        r"""\bword\s+(?:is|has\s+it|on\s+the\s+street)\b(?!\s+out\b) | \btalk\s+is\b
          | \bword\s+(?:on|round|around|in)\s+the\s+[\w'-]+\s+(?:is|has\s+it)\b
          | \bthere'?s\s+(?:talk|chatter)(?:\s+(?:in|round|around|on|at)\s+[A-Z][\w'-]*
              (?:\s+[A-Z][\w'-]*)?)?\s+(?:of|o'|that|about)(?!\w)
          | \bwhispers\b | \bwhisper(?:ing|ed)?\s+(?:that|of|going|is)\b
          | \b(?:the\s+)?(?:word|talk|whisper|chatter|buzz|gossip)\s+(?:round|around|in|on|at|
              across|down|roon|roond)\s+[^.!?,;]{1,40}?\s+(?:is|was|says|has\s+it)\s+that\b
          | \bthe\s+(?:word|talk|whisper|chatter|buzz|gossip)\s+(?:round|around|in|on|at|across|
              down)\s+[^.!?,;]{1,40}?\s+(?:is|was|says|has\s+it)\b
          | \b(?:word|talk|rumou?r|feeling|speculation)\s+(?:among|amongst|round|around|in)\s+
              [^.!?,;]{1,40}?\s+is\s+that\b
          | \bword\s+has\s+reached\s+us\b""",
        words="word talk chatter whisper whispers whispering whispered buzz gossip feeling "
        "speculation rumour rumor",
    ),
    Guarded(
        rf"""\bwe(?:'ve|\s+have)?\s+(?:been\s+)?heard\s+(?:that|reports?|rumou?rs?|there|some|people|
              about|a\s+few)\b
          | \b(?:we|i)\s+hear\s+(?:that|there|a|some)\b | \bhearing\s+(?:that|reports?|rumou?rs?)\b
          | \bwe'?re\s+hearing\b | \bso\s+we'?re\s+told\b
          | \b(?:someone|somebody|a\s+(?:friend|neighbour|few\s+people|couple\s+of\s+people)|
              people|folk|locals|residents)(?:'s|\s+is|\s+was|\s+has|\s+have)?\s+
              (?:told|tell|telling)\s+(?:us|me)\b(?!\s+(?:about|of)\b)(?!{_SATISFIED})
          | \b(?:we|i)\s+(?:were|was|have\s+been|'ve\s+been)\s+told\s+by\s+(?:someone|somebody|
              a\s+friend|people|locals|residents)\b
          | \bwe(?:'re|\s+are|'ve\s+been|\s+have\s+been)\s+(?:being\s+)?told\s+(?:that|there|it|a|
              the|some|someone|somebody|someone's|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))\b""",
        words="heard hear hearing told tell telling",
    ),
    # Hearsay passed along: "one of our PCs was told", "someone mentioned to us", "folk in
    # Fraserburgh are telling us", "heard from a few dog walkers", "hearin there's".
    Guarded(
        rf"""\b(?:one\s+of\s+our\s+(?:pcs|pcsos|officers|team)|our\s+(?:pc|pcso|officer|sergeant|
              sarge|team)s?)\s+(?:was|were|has\s+been|have\s+been|got)\s+told\b
          | \b(?:someone|somebody|a\s+few\s+people|people|folk|locals|residents)\s+
              (?:mentioned|let\s+slip|hinted)\s+to\s+(?:us|our|one\s+of\s+our)\b
          | \b(?:folk|people|residents|locals|neighbours|parents|traders)\s+
              (?:in|round|around|from)\s+[\w'-]+\s+(?:are|have\s+been)\s+telling\s+us\b
              {_ABOUT_AN_INCIDENT}
          | (?:^|[.!?]\s+|\bwe'?ve\s+|\bwe\s+have\s+)heard\s+from\s+(?:a|an|one|some|several|
              a\s+few|a\s+couple\s+of|local)\b(?![^.!?,;]{{0,25}}\b(?:council|officers?|police|
              force|authority|agency)\b)
          | \bhearin'?\s+(?:there'?s|that|the)\b
          | \bhearing?'?\s+(?:loads|lots|a\s+lot)\s+of\s+(?:chat|talk|chatter|rumou?rs?)\b""",
        words="mentioned slip hinted hearin hearin' hearing",
        subs=("was told", "were told", "been told", "got told", "telling us", "heard from"),
    ),
    # "We hear the break-in was an inside job", "we gather the man ... did the same", "from what
    # a passer-by told us": not "we hear you" or "we gather at the church at 10".
    Guarded(
        r"""\bwe\s+(?:hear|gather)\b(?=\s+(?:that\s+)?(?!(?:you|your|what|from|of|at|in|on|for|
              again|to|together|here|there)\b)(?:the|a|an|he|she|they|it|this|someone|somebody|
              [A-Z][a-z]+)\b)(?=[^.!?;]{0,100}\b(?:was|were|is|are|did|had|has|have|will|
              would|might|may|could)\b)
          | \bfrom\s+what\s+(?:a|an|the|one|some|our|we'?ve|we\s+have|we'?re|we\s+are|we\s+were|
              i'?ve|people|locals|residents|neighbours)\b[^.!?,;]{0,30}?\b(?:told|heard|said|say|
              says|saying|telling|hearing|gathering|picking\s+up)\b""",
        words="hear gather told heard said say says saying telling hearing gathering picking",
    ),
    Guarded(
        rf"""\b(?:a|an|one|the)\s+(?:shopkeeper|neighbour|resident|local|villager|witness|
              passer-?by|customer|driver|landlord|landlady|friend|caller|parent|teacher|farmer|
              owner|manager|shopper|motorist|dog\s+walker|pupil|lady|woman|man|bloke|fella|
              member\s+of\s+the\s+public)(?:\s+(?:in|on|at|from|near|of)\s+[^.!?,;]{{1,30}}?)?\s+
            (?:reckons|thinks|believes|claims|suspects|is\s+convinced|swears)\b
            {_ABOUT_AN_INCIDENT}""",
        words="reckons thinks believes claims suspects convinced swears",
    ),
    # Hearsay passed on through a named officer or with "understand from": "A neighbour told
    # PCSO Kaur that cannabis is being grown", "Understand from a few shop owners that ...".
    Guarded(
        rf"""\b(?:a|an|one|the|some|several|a\s+few)\s+(?:[\w-]+\s+)?(?:shopkeepers?|neighbours?|
              residents?|locals?|villagers?|witness(?:es)?|passers?-?by|customers?|drivers?|
              landlord|landlady|friends?|callers?|parents?|teachers?|farmers?|owners?)\s+
              (?:told|tells|has\s+told|have\s+told)\s+(?:(?:PCSO|PC|Sgt|our|one\s+of\s+our|the)\s+)?
              [\w'-]+\s+(?:[\w'-]+\s+)?that\b{_ABOUT_AN_INCIDENT}
          | (?:^|[.!?]\s+|\bwe\s+)understand\s+from\s+(?:a|an|one|some|several|a\s+few|local)\b
            (?![^.!?,;]{{0,25}}\b(?:council|officers?|police|force|authority|agency|ambulance|
              fire\s+service|highways)\b)""",
        words="told tells understand",
    ),
    # Hedges of every register: "seemingly", "by all accounts", "they reckon", "heard tell",
    # "talk round the village is", "so the story goes", "take it with a pinch of salt". Small
    # guards, each behind its own rare words, so ordinary tweets never run them.
    Guarded(
        rf"""\bseemingly\b{_NOT_BEFORE_A_QUALITY} | \bby\s+all\s+accounts\b | \bheard\s+tell\b
          | \b(?:so\s+)?the\s+story\s+goes\b | \blegend\s+has\s+it\b | \bpinch\s+of\s+salt\b
          | \brumou?r\s+mill\b""",
        words="seemingly accounts tell story legend salt rumour rumor",
    ),
    Guarded(
        r"""\b(?:they|people|folk|folks|some|locals|residents|neighbours|everyone|the\s+lads|
              (?:[\w-]+\s+)?(?:drivers|owners|keepers|workers|parents|shoppers|traders|farmers|
              villagers|regulars|staff|pupils|kids|students|teenagers|lads))
              (?:\s+(?:in|on|at|from|round|around)\s+[^.!?,;]{1,40}?)?\s+
              (?:are\s+|all\s+)?reckon(?:ing)?\b
          | (?:^|[.!?]\s+)(?:we\s+|i\s+)?reckon\s+(?:it'?s|it\s+was|that|the|he|she|they)\b""",
        words="reckon reckoning",
    ),
    Guarded(
        r"""\btalk\s+(?:round|around|in|on|at|across)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+
              (?:is|says|has\s+it)\b""",
        words="talk",
    ),
    Guarded(
        r"""\bor\s+so\s+(?:we'?re|we\s+are|i'?m|i\s+am|we\s+were|i\s+was)\s+told\b
          | \bor\s+so\s+(?:they|people|folk)\s+say\b | \bsome\s+(?:say|are\s+saying|claim)\b""",
        words="told say saying claim",
    ),
    Guarded(
        r"""\b(?:might|may|could|probably|mebbes?|maybe)\s+(?:be\s+)?(?:nothing|nowt|owt)\b
          | \b(?:no\s+idea|not\s+sure|unclear)\s+(?:if|whether)\s+(?:it'?s|this\s+is|that'?s|
              it\s+is|there'?s)\s+(?:true|any\s+truth)\b
          | \bif\s+(?:the\s+)?(?:reports?|rumou?rs?|stories|posts?|gossip|chatter)\s+(?:are|is)\s+
              (?:true|right|correct|to\s+be\s+believed)\b""",
        words="nothing nowt owt true truth right correct believed",
    ),
    Guarded(
        r"""\b(?:it'?s|it\s+is)\s+(?:said|claimed|rumou?red|whispered|thought|believed|understood)\s+
              that\b""",
        words="said claimed rumoured rumored whispered thought believed understood",
    ),
    Guarded(
        r"""\b(?:heard|hearing)\s+(?:on|from|through|via)\s+(?:the\s+)?(?:facebook|social\s+media|
              street|a\s+friend|a\s+neighbour|neighbours|locals|residents|someone|somebody|
              whatsapp|twitter|nextdoor|a\s+mate|mates)\b
          | \b(?:i'?ve|we'?ve|i\s+have|we\s+have|we|i)\s+(?:also\s+|just\s+)?heard\s+
              (?:someone|somebody|there'?s|it'?s|of\s+(?:a|an|some|people|someone))\b
          | \b(?:hearing|heard)\s+(?:whispers|talk|chatter|stories|murmurs)\b
          | (?:^|[.!?]\s+)heard\s+(?:that\s+)?(?:there|someone|somebody|it'?s|it\s+was)\b
              [^.!?]{0,60}?\b(?:might|may|could|was|were|is|are)\b
          | \bwe(?:'ve|\s+have)\s+(?:also\s+|just\s+)?heard\s+(?!(?:from|back|your|you|nothing|
              the\s+call|the\s+concerns|concerns|feedback|loud|and|about\s+your)\b)
              (?:[A-Z][a-z]+\s+[A-Z][a-z]+|he|she|they|a\s+man|a\s+woman|someone|somebody|
              it\s+was|the\s+(?:man|woman|lad|lads|driver|suspect|owner))\b""",
        words="heard hearing",
    ),
    Guarded(
        r"""\b(?:video|post|story|message|claim|picture|photo|image|clip|screenshot)s?\s+
              (?:that'?s\s+|that\s+is\s+|which\s+is\s+)?doing\s+the\s+rounds\b
          | \bdoing\s+the\s+rounds\s+(?:on|online|across)\b
          | \bonline\s+chatter\b
          | \bchatter\s+(?:online|on\s+\w+|suggests?|says|is\s+that|that)\b""",
        words="rounds chatter",
    ),
    Guarded(
        r"""\b(?:is|are|was|were)\s+said\s+to\s+(?:be|have)\b
          | \b(?:is|are|it'?s)\s+being\s+(?:said|claimed|suggested)\b""",
        subs=("said to", "being said", "being claimed", "being suggested"),
    ),
    Guarded(
        r"""\bnot\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|verified)\b(?!\s*(?:yet\s*)?:\s*the\s+
              (?:date|time|day|venue|details|start))
          | \byet\s+to\s+be\s+(?:confirmed|verified)\b
          | \b(?:isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|verified)\b
          | \b(?:nobody|no\s+one|no-one)(?:'s|\s+has|\s+have)?\s+(?:yet\s+)?(?:confirmed|verified)\b
          | \bnot\s+(?:been\s+)?(?:checked|verified)\s+out\s+yet\b
          | \b(?:though|although|but)\s+(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:still\s+)?
              (?:waiting|awaiting)\s+[^.!?]{0,40}?(?:to\s+confirm|confirmation)\b
          | \b(?:can'?t|cannot|can\s+not|unable\s+to)\s+(?:yet\s+)?(?:confirm|verify)\b
          | \b(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:yet\s+)?been\s+able\s+to\s+
              (?:confirm|verify|check)\b
          | \bwe(?:'ve|\s+have)\s+not\s+(?:yet\s+)?(?:confirmed|verified)\b
          | \b(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:yet\s+)?
              (?:been\s+|had\s+(?:this|that|it)\s+)?
              (?:confirmed|verified)\b
          | \b(?:it\s+)?seems\s+(?:that\s+|like\s+)?(?:someone|somebody|some\s+people|
              a\s+(?:man|woman|group|gang))\b
          | \bcan\s+anyone\s+confirm\b
          | \b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:say|be)\s+(?:for\s+)?(?:sure|certain|
              definite(?:ly)?|100\s*%)\b(?!\s+(?:when|which\s+day|what\s+time|what\s+day|how\s+long|
              exactly\s+when|yet\s+when)\b)
          | \b(?:not|don'?t\s+know)\s+(?:for\s+)?(?:sure|certain|100\s*%(?:\s+sure)?)\s*,?\s*
              but\b
          | \b(?:that'?s|that\s+is|this\s+is|it'?s|it\s+is|nothing'?s|nothing\s+is)\s+not\s+
              (?:yet\s+)?official\b | \bnot\s+(?:yet\s+)?official(?:ly\s+confirmed)?\s+yet\b
          | \bunofficially\b | \boff\s+the\s+record\b
          | \b(?:it\s+)?sounds\s+like\s+[^.!?]{0,80}?\b(?:might|may|could)\s+
              (?:have|be)\b
          | \bnot\s+sure\s+(?:if|whether)\s+(?:it'?s|this\s+is|that'?s|it\s+is)\s+true\b""",
        words="confirmed verified confirm verify true seems sure certain definite definitely "
        "checked official unofficially officially record sounds confirmation",
    ),
    # "Looks like the cash machine might have been tampered with", "Seems the men in the van are
    # sizing up gardens", "it looks like the same gang", "could well be a former employee".
    Guarded(
        rf"""\b(?:it\s+)?(?:looks|seems)\s+like\s+{_ABOUT_AN_INCIDENT}[^.!?]{{0,80}}?\b(?:might|may|
              could)\s+(?:have|be)\b
          | (?=it\s|seems)(?:^|(?<=[.!?]\s))(?:it\s+)?seems\s+(?:that\s+)?
              (?:the|a|some|this|these|those)\b
              {_ABOUT_AN_INCIDENT}
          | \b(?:it\s+)?looks\s+like\s+(?:it\s+was\s+|it'?s\s+)?the\s+same\s+(?:gang|group|people|
              person|lot|crew|vandals?|thie(?:f|ves)|burglars?|culprits?|offenders?)\b
          | \bcould\s+well\s+be\b""",
        subs=("looks like", "seems", "could well"),
    ),
    Guarded(
        r"""\b(?:people|some|folks?|residents|locals)\s+(?:(?:round|around|in)\s+[A-Z][\w'-]+\s+)?
            (?:are\s+)?(?:saying|sayin(?!\w)|claiming)(?!\w)
            (?!\s+(?:that\s+)?(?:they'?re|they\s+are|they\s+(?:don'?t|want|would|feel|need)|
              thank|thanks|well\s+done|how)\b)
            (?!\s+(?:to\s+be|benefits?)\b)
          | \bsources?\s+(?:say|says|said|tell|tells|told|suggest|suggests|claim|claims)\b
          | \b(?:a|our|one)\s+(?:very\s+|usually\s+|highly\s+|most\s+)?(?:reliable|trusted|
              well-?placed)\s+source\b
          | \bspeculation\s+(?:is|that)\b
          | \baccording\s+to\s+(?:(?:a\s+few|a\s+couple\s+of|some|several|many|one\s+or\s+two|
              local|various|other|a\s+(?:local|neighbour|resident|friend))\s+)?(?:facebook|
              social\s+media|twitter|a\s+post|posts|locals|residents?|neighbours?|some|people|
              folk|gossip|rumou?rs?|whispers|friends?|the\s+(?:grapevine|village|locals)
              |(?:a|one|another)\s+(?:passing\s+)?(?:neighbour|resident|local|friend|witness|
              passer-?by|villager|shopper|motorist|driver|customer|dog\s+walker|walker|caller|
              onlooker|parent|pupil|member\s+of\s+the\s+public))\b
          | \b(?:social\s+media|facebook|twitter|nextdoor|whatsapp)(?:\s+(?:groups?|pages?|
              posts?|chats?))?\s+(?:is|are)\s+(?:saying|suggesting|claiming|buzzing)\b
          | \b(?:reports?|posts?|claims?)\s+(?:on|across)\s+(?:social\s+media|facebook|twitter|x|
              whatsapp|nextdoor)\s+(?:say|says|suggest|suggests|claim|claims|that)\b""",
        words="saying sayin sayin' claiming sources source speculation according facebook "
        "twitter whatsapp nextdoor",
        subs=("social media",),
    ),
    # "It's thought the same gang could be behind ...", "it is believed he may have ...";
    # without a "may" or "could" it is a finding: "it is thought the fire started in a kitchen".
    Guarded(
        rf"""\b(?:it'?s|it\s+is|it\s+was)\s+(?:thought|believed|understood|suspected|assumed)\b
            (?!\s+to\b){_WHO_OR_WHY}[^.!?;]{{0,60}}?{_MAYBE}
          | \bour\s+understanding\s+is\b{_WHO_OR_WHY}(?=[^.!?;]{{0,60}}?{_MAYBE})""",
        words="thought believed understood suspected assumed understanding",
    ),
    # "We understand it may have been ...", "we gather the break-ins could be linked"; not
    # "we understand you may be worried" or "we think the road may be closed".
    Guarded(
        rf"""\bwe\s+(?:understand|gather|think|reckon|suspect|hear)\s+(?:that\s+)?{_WHO_OR_WHY}
            (?!(?:that\s+)?(?:you|some\s+of\s+you|many\s+of\s+you|people|residents|
              this\s+(?:is|may\s+be)\s+a)\b)
            (?!(?:that\s+)?(?:the\s+)?(?:road|roads|route|lane|lanes|traffic|closure|diversion|
              delays?|weather|station|desk|office|service|services|event)\b)
            [^.!?;]{{0,60}}?{_MAYBE}
            (?!\s+(?:closed|delayed|disrupted|affected|busy|worried|concerned|upset|anxious|
            frustrated|disappointed|interested|asked|contacted|able|a\s+scam|fraud|distressing|
            difficult|upsetting|hard|worrying|frightening|confusing|inconvenient)\b)
          | \b(?:we'?re|we\s+are|we'?ve\s+been|we\s+have\s+been)\s+led\s+to\s+believe\b""",
        words="understand gather think reckon suspect hear led",
    ),
    # "Lots of people are telling us the man arrested is ...", "several of you have suggested the
    # burglar could be ...": hearsay about a person or an event, not "many of you have told us
    # you want more patrols" or "telling us about the speeding".
    Guarded(
        rf"""\b(?:lots|loads|plenty|a\s+lot|a\s+number|many|several|a\s+few|some|a\s+couple|
              one\s+or\s+two)\s+(?:of\s+)?(?:you|people|residents|locals|folk|neighbours|parents)\s+
            (?:are\s+|were\s+|have\s+been\s+|'ve\s+been\s+|have\s+|has\s+)?
            (?:telling|told|messag(?:ed|ing)|suggest(?:ed|ing)|mention(?:ed|ing)|saying|said|
              claim(?:ed|ing)|(?:been|got|get|getting)\s+in\s+touch|contacted\s+us|rung\s+us|
              called\s+us)(?:\s+to)?(?:\s+us)?(?:\s+(?:say|tell\s+us))?(?:\s+that)?
            (?=\s+(?:the|a|an|it|he|she|this|someone|somebody|his|her)\b){_ABOUT_SOMEONE}
          | \bwe(?:'ve|\s+have)\s+had\s+(?:a\s+few|some|several|lots\s+of|loads\s+of|
              a\s+number\s+of|a\s+couple\s+of|many)\s+(?:of\s+you|people|residents|messages|
              calls|comments)\s+(?:(?:message|messaging|contact|contacting|call|calling)\s+us\s+)?
            (?:to\s+say|saying|telling\s+us|suggesting|claiming)\b
          | \b(?:a|one|another)\s+(?:neighbour|resident|local|friend|caller|
              member\s+of\s+the\s+public)\s+(?:has\s+)?(?:mentioned|suggested|hinted)\s+
            (?:to\s+us\s+)?that\b""",
        words="telling told message messaged messaging suggested suggesting mentioned mentioning "
        "saying said claimed claiming hinted contacted rung",
        subs=("in touch to", "called us to"),
    ),
    # "Nothing is confirmed yet, but ...", "none of this has been confirmed"; not "nothing is
    # confirmed about the closure date yet", which hedges nothing.
    Guarded(
        r"""\bnone\s+of\s+(?:this|it|that|these)\s+(?:is|has\s+been|'s\s+been|have\s+been|are)\s+
              (?:yet\s+)?(?:confirmed|verified|official)\b
          | \bnothing\s+(?:is|has\s+been|'s\s+been)?\s*(?:yet\s+)?(?:confirmed|verified|official)
              (?:\s+yet)?(?=\s*[,;:-]?\s*but\b)
          | \bnothing\s+(?:is\s+|has\s+been\s+|'s\s+been\s+)?(?:confirmed|verified)\s+
              (?:at\s+this\s+stage|so\s+far|as\s+yet|yet)\b
          | \b(?:though|although|but)\s+nothing\s+(?:is\s+|has\s+been\s+|'s\s+been\s+)?(?:yet\s+)?
              (?:confirmed|verified)\b
          | \b(?:nuthin'?|nothin'?|nowt)\s+(?:is\s+|has\s+been\s+|'s\s+been\s+)?confirmed\b""",
        words="nothing none nuthin nuthin' nothin nothin' nowt",
    ),
    # "There's talk he may be linked", "there are suggestions the victim knew", "the suggestion
    # locally is", "chances are it's the same people", "our guess is".
    Guarded(
        r"""\bthere(?:'s|\s+is|\s+are|\s+have\s+been|'ve\s+been|'s\s+been|\s+has\s+been)\s+
              (?:talk|chatter|speculation|suggestions?|whispers)(?:\s+(?:locally|online|in\s+the\s+
              \w+|around\s+\w+|round\s+\w+))?(?:\s+that)?(?=\s+(?:the|a|an|he|she|they|it|some|
              this|his|her)\b)
          | \bthe\s+suggestion\s+(?:[\w-]+\s+)?is\b
          | \bchances\s+are(?:\s+that)?(?=\s+(?:it|the|he|she|they|this|someone|somebody|
              whoever)\b)
          | \b(?:our|my)\s+(?:best\s+|educated\s+)?(?:guess|hunch|suspicion|theory|gut\s+feeling)\s+
              is\b""",
        words="talk chatter speculation suggestion suggestions whispers chances guess hunch "
        "suspicion theory feeling",
    ),
    # "... could be linked to the one in Blyth", "unclear yet, but it might be the same gang":
    # speculation about a link. Not "officers are checking whether the two could be linked".
    Guarded(
        r"""(?:^|(?<=[.!?])\s+|(?<=,\s)|(?<=\bbut\s))
            (?:(?!\b(?:whether|if|investigat\w*|enquir\w*|check\w*|establish\w*|know|appeal\w*|
              anyone|ask\w*|officers?|police|detectives?|treat\w*)\b)[^.!?,])*?
            \b(?:may|might|could)\s+(?:well\s+|also\s+)?(?:be|have\s+been)\s+
            (?:linked|connected|related)\s+to\b""",
        words="linked connected related",
    ),
    # "It's been suggested that ...", "one theory doing the rounds", "don't quote us, but",
    # "between you and me". Not "it is alleged", which is charging language, "it's been said
    # before, but lock your car", or "it's been suggested that we open on Saturdays".
    Guarded(
        r"""\bit(?:'s|\s+has)\s+been\s+(?:suggested|claimed|whispered|hinted)\b
            (?![^.!?]{0,40}\bthat\s+(?:we|you|our|officers|the\s+council)\b)
          | \b(?:one|the\s+latest|another)\s+theory\s+(?:is|doing\s+the\s+rounds|going\s+round)\b
          | \bdon'?t\s+quote\s+(?:us|me)\b | \bbetween\s+(?:you\s+and\s+me|ourselves)\b
          | \bthere\s+are\s+rumblings\b""",
        words="suggested claimed whispered hinted theory rumblings",
        subs=("don't quote", "dont quote", "between you and me", "between ourselves"),
    ),
    # Claims put in other people's mouths: "Neighbours say the fire was started deliberately",
    # "residents in Coity are saying", "a source tells us", "social media claims", "several
    # people on the community page are saying". Not "residents tell us they feel safer".
    Guarded(
        rf"""\b(?:residents|neighbours|locals|villagers|parents|witnesses|onlookers|people|callers|
              (?:a|one|another)\s+(?:resident|neighbour|local|villager|parent|caller|shopkeeper)|
              (?:a|one|our)\s+source|sources|social\s+media|posts?|(?:some|several|many|lots)\s+of
              \s+you)
            (?:\s+(?:in|on|at|from|around|across|near|living\s+(?:in|on|near))\s+
              [^!?,;]{{1,80}}?)?
            \s+(?:are\s+(?:saying|claiming|suggesting|convinced|telling\s+us)|say|says|claim|
              claims|believe|believes|reckon|reckons|suspect|have\s+named|named|tells?\s+us|
              told\s+us|suggest|suggests|insist|insists)\b
            (?!{_SATISFIED}){_ABOUT_AN_INCIDENT}
            (?!\s+(?:thank|thanks|well\s+done|they\s+(?:feel|felt)|it'?s\s+(?:great|good|lovely)
                |about)\b)
          | \b(?:it\s+)?looks\s+(?:like|as\s+(?:if|though)){_ABOUT_AN_INCIDENT}\s+
              [^.!?]{{0,40}}?{_MAYBE}
          | \bhearing\s+from\s+[^.!?]{{1,40}}?\s+that\b""",
        # "local" is in too many tweets to wake this guard: "a local" is looked for instead.
        words="residents neighbours locals villagers parents witnesses onlookers people callers "
        "resident neighbour villager parent caller shopkeeper source sources media post posts",
        subs=(
            "a local ",
            "one local ",
            "another local ",
            "of you ",
            "looks like",
            "looks as",
            "hearing from",
        ),
    ),
)

# "We're aware of a video circulating": the police saying they know of it, not passing it on.
_ACKNOWLEDGED = re.compile(
    r"\b(?:aware\s+of|seen|know\s+about)\s+(?:a|an|the|some|this|that)?\s*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "Allegedly" is ordinary police wording after an arrest or charge ("arrested after allegedly
# assaulting ..."); it is hearsay only when nobody has been dealt with.
ALLEGEDLY = re.compile(r"\ballegedly\b", re.IGNORECASE)
_PROCESS = re.compile(
    r"\b(?:arrest\w*|charg\w*|court|custody|remanded|bail\w*|convicted|sentenced|summons\w*|"
    r"interview\w*|investigat\w*|suspect\w*)\b",
    re.IGNORECASE,
)
DEBUNK = re.compile(
    r"""
    (?<!probably\s)(?<!possibly\s)(?<!maybe\s)\bnot\s+true\b
  | \buntrue\b | \bisn'?t\s+true\b
  | \b(?:is|are|it'?s|that'?s)\s+(?:completely\s+|totally\s+)?false\b
  | \bfake\s+news\b | \bhoax\b | \bno\s+truth\b | \bdispel\w* | \bdebunk\w* | \bmisinformation\b
  | \bdisinformation\b | \bscaremongering\b | \binaccurate\b | \bincorrect\b | \bmisleading\b
  | \b(?:is|are|was|were)(?:\s+simply|\s+just)?\s+(?:not|n't)\s+(?:accurate|correct|
      the\s+case|what\s+happened)\b | \b(?:isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:accurate|
      correct|the\s+case|what\s+happened)\b
  | \b(?:please\s+)?(?:do\s+not|don'?t)\s+(?:share|spread|speculate|repeat|believe|pass\s+on)\b
  | \bavoid\s+(?:\w+\s+)?speculat\w* | \brefrain\s+from\s+speculat\w* | \bunhelpful\s+speculation\b
  | \brely\s+on\s+official\b | \bofficial\s+(?:updates?|channels?|sources?|information|accounts?)\b
  | \bignore\s+(?:the\s+|any\s+)?(?:rumou?rs?|posts?|speculation)\b | \bcontrary\s+to\b
  | \bthere\s+is\s+no\s+(?:evidence|suggestion)\b
  | \b(?:isn'?t|is\s+not|it'?s\s+not)\s+(?:a\s+|just\s+)?(?:gossip|rumou?r|hearsay)\b
  | \bdon'?t\s+deal\s+in\s+(?:hearsay|gossip|rumou?rs?)\b
  | \bif\s+you\s+hear\s+(?:any\s+)?(?:gossip|rumou?rs?|hearsay)\b
  | \bunconfirmed\s+(?:information|reports?|posts?|claims?|stories)\s+(?:can|could|may|does)\b
  | \bfor\s+clarity\b | \bno\s+crime\s+(?:took\s+place|was\s+committed|has\s+been\s+committed)\b
  | \bthere\s+(?:was|were|has\s+been|have\s+been)\s+no\s+(?:stabbing|shooting|attack|abduction|
      escape|incident|robbery|fire|crime)\b | \bnobody\s+has\s+(?:escaped|been\s+(?:hurt|stabbed|
      taken|abducted|attacked))\b
  | \bthe\s+(?:true|real|actual)\s+(?:figure|number|picture|story)\b
  | \byou\s+may\s+have\s+(?:heard|seen|read)\b
  | \b(?:sharing|spreading|posting|repeating)\s+(?:unverified|unconfirmed|false|untrue)\b
  | \b(?:gossip|hearsay|rumou?rs?|guesses|speculation)\b[^.!?]{0,30}?
      \b(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+evidence\b
  | \bgossip\s+(?:can|could|will)\b
  | (?:^|[.!?]\s+)(?:it|that|this|they|he|she|we)\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|won'?t|
      will\s+not|hasn'?t|has\s+not|haven'?t|have\s+not|didn'?t|did\s+not|doesn'?t|does\s+not)\s*[.!,]
    """,
    re.IGNORECASE | re.VERBOSE,
)


# Scammers' own words, quoted in a warning: 'fraudsters are texting people saying a parcel
# apparently couldn't be delivered', 'cold callers claim "we've heard there were burglaries"'.
_SCAMMERS_SAY = re.compile(
    r"""\b(?:scam\w*|fraudsters?|rogue\s+traders?|cold\s+callers?|conmen|con\s+artists|
        criminals|callers\s+(?:claiming|pretending)|fake\s+[\w"“']+(?:\s+\w+)?|bogus\s+\w+)\b
        [^.!?]{0,60}?
        \b(?:say|says|saying|claim|claims|claiming|tell|tells|telling|texting|starting|asking)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_QUOTES = '"“”'


def _quoted_or_scammers_words(text: str, m: re.Match) -> bool:
    sentence_start = max(text.rfind(stop, 0, m.start()) for stop in ".!?\n") + 1
    before = text[sentence_start : m.start()]
    if sum(before.count(q) for q in _QUOTES) % 2 == 1:
        return True
    return _SCAMMERS_SAY.search(text, sentence_start, m.end()) is not None


def find(text: str, ctx: RulesContext) -> list[Hit]:
    matches = PATTERNS.matches(text)
    if "alleged" in text.lower() and not _PROCESS.search(text):
        matches += ALLEGEDLY.finditer(text)
    if not matches or DEBUNK.search(text):
        return []
    matches = [
        m
        for m in matches
        if not _ACKNOWLEDGED.search(text, max(0, m.start() - 40), m.start())
        and not _quoted_or_scammers_words(text, m)
    ]
    return [
        Hit(
            m.start(),
            m.end(),
            f"“{m.group().strip()}” passes on something that isn't confirmed. Post only what the "
            "police know to be true, or wait until it is confirmed.",
        )
        for m in sorted(matches, key=lambda m: m.start())
    ]
