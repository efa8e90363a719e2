"""`joke`: jokes, puns, knock-knock jokes, banter, sarcasm and laughter.

Serious uses of the same words are left alone: "drink driving is no joke", "no laughing
matter", "don't joke about bombs at the airport" (a bare "joke" is never enough on its own).
"""

import re

from .puns import STOCK_PUNS, TITLE_QUIPS, TOPIC_PUNS
from .text import Guarded, GuardSet, Hit, literal_alternation, lowered, word_set
from .tone_model import tone_model
from .types import RulesContext

_EMOJI = "😂🤣😆😅😹😜😝😛🤪🙃🙄😏🤡🥁🤦🤭😒😉😸🫣"
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

# Animals and objects that police jokes treat as suspects ("the goose has been arrested").
_NON_HUMAN_WORDS = (
    "goose geese duck ducks duckling ducklings seagull seagulls gull gulls swan swans cow cows "
    "cattle bull sheep lamb lambs pig pigs piglet piglets goat goats llama llamas alpaca alpacas "
    "rabbit rabbits bunny squirrel squirrels fox foxes badger badgers hedgehog hedgehogs pheasant "
    "pheasants chicken chickens hen hens cockerel peacock peacocks tortoise parrot pigeon pigeons "
    "cat cats kitten kittens owl owls horse horses pony ponies deer kettle toaster gnome gnomes "
    "trolley trolleys scarecrow scarecrows snowman dalek mannequin cone cones pasty"
)
_NON_HUMAN = literal_alternation(sorted(_NON_HUMAN_WORDS.split(), key=len, reverse=True))
_DEALT_WITH = r"""(?:arrested|apprehended|detained|cautioned|charged|questioned|interviewed|
    remanded|handcuffed|taken\s+into\s+custody|released\s+without\s+charge|bailed|booked)"""
# Words that turn "great to see ... fly-tipping" into real good news: it is going down.
_LESS_OF_IT = r"""\b(?:fewer|(?:so|very|only)\s+few|hardly\s+any|less|no\s+longer|stopped|
    stopping|not|down|dropp\w*|fall\w*|fell|
    reduc\w*|decreas\w*|clear\w*|clean\w*|remov\w*|tackl\w*|crack\w*|prosecut\w*|caught|
    fined|arrest\w*|charg\w*|prevent\w*|report\w*|challeng\w*|jail\w*|sentenc\w*|convict\w*|
    court|repair\w*|fix\w*|replac\w*|restor\w*)\b"""
# ... or it is what residents raised with us: "great to hear your concerns about speeding".
_HEARING_OF_IT = r"\b(?:concern\w*|complain\w*|worr\w*|feedback|views|about|reports?)\b"
# What a sarcastic "clearly thought" thinks: that a rule is a suggestion, or the road a film set.
# "Someone clearly thought the house was empty" is a plain report.
_COMIC_TARGET = r"""(?=[^.!?]{0,80}\b(?:suggestion|optional|racetrack|race\s+track|car\s+park|
    parking\s+(?:space|spot)|film|movie|filming|starring|auditioning|fast|furious|top\s+gear|
    formula|rally|grand\s+prix|stunt|invisible|above\s+the\s+law|exempt|own\s+private|
    superhero|racing\s+driver|lewis\s+hamilton)\b)"""
_PRAISE = r"""(?:congratulations|congrats|well\s+done|hats\s+off|full\s+marks|top\s+marks|
    top\s+work|kudos|bravo|(?:a\s+)?round\s+of\s+applause|applause|respect|
    (?:a\s+)?(?:special|big|huge|massive)\s+(?:thank\s+you|thanks|well\s+done|shout-?out)|
    thanks|thank\s+you|shout-?out|(?:amazing|great|top|nice|good|stellar|sterling|fine)\s+
    (?:effort|work|job))"""

MODEL_MESSAGE = (
    "This reads like a joke, banter or sarcasm, even without a laughing emoji or a known pun: "
    "read it as a worried resident would. Keep the tone professional: the people reading may be "
    "victims."
)

PATTERNS = GuardSet(
    STOCK_PUNS,
    *TITLE_QUIPS,
    *TOPIC_PUNS,
    Guarded(
        r"\b(?:lo+l+|lols|lolz|lmf?ao+|rofl(?:mao)?|pmsl|lulz|roflol)\b",
        subs=("lol", "lool", "lmao", "lmfao", "rofl", "pmsl", "lulz"),
    ),
    Guarded(
        # Not a place called "Ha-Ha Road" or "the Haha Inn".
        r"""(?:\b(?:a?ha){2,}h?\b | \bha(?:[\s,.-]+ha)+\b | \bhe(?:he)+\b | \bteehee\b
            | \b(?:bwa|mwa|mua|mwu)(?:ha)+\b)
            (?!\s+(?:road|rd|lane|street|st|avenue|close|drive|way|farm|house|inn|pub|hill|wood|
               park|bridge|wall)\b)""",
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
            "mwaha",
            "muaha",
            "mwuha",
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
    # Stand-up shtick, each behind its own triggers: "thank you" or "week" alone is everywhere.
    Guarded(
        r"""\bsee\s+what\s+(?:we|i)\s+did\s+there\b | \bba[\s-]?dum(?:[\s-]?t?(?:ss|ish|sh))?\b
          | \bboom,?\s+tish\b""",
        words="badum tish",
        subs=("what we did", "what i did", "ba dum", "ba-dum"),
    ),
    Guarded(
        r"""\b(?:i|we)(?:'ll|\s+will|'d\s+better|\s+had\s+better)\s+(?:get|fetch|grab)\s+
              (?:my|our)\s+coats?\b
          | \byou'?ve\s+been\s+a\s+(?:great|lovely|wonderful|tough)\s+(?:audience|crowd)\b
          | \btry\s+the\s+(?:veal|fish)\b | \btip\s+your\s+(?:waiter|waitress|bar\s+staff)\b""",
        words="coat coats audience crowd veal fish waiter waitress",
        subs=("bar staff",),
    ),
    Guarded(
        r"""\b(?:i'?ll|we'?ll|i\s+will|we\s+will|i'?m|we'?re|i\s+am|we\s+are)\s+(?:be\s+)?here\s+
              all\s+week\b
          | \bthank\s+you,?\s+thank\s+you\b[^.!?]{0,30}?\bhere\s+(?:all\s+week|(?:till|until|til)\s+
              \w+)\b""",
        subs=("here all week", "here till", "here until", "here til"),
    ),
    Guarded(
        r"""\bwhy\s+did\s+the\s+
              (?!(?:police|officers?|team|council|pcsos?|force|fire|road|traffic)\b)[^?.!]{1,60}?\?\s+(?:because|he|she|it)\b
          | \bwhat\s+do\s+you\s+call\s+a\b[^?]{0,60}\?""",
        subs=("why did the", "what do you call"),
    ),
    Guarded(
        r"""\bjust\s+what\s+(?:we|i|you|everyone|everybody|nobody|no\s+one)\s+
              (?:wanted|needed|want|need)\b
          | \bsaid\s+no\s*(?:one|body)(?:\s+ever\b|\s*(?=[.!,]|$))
          | \bwhat\s+could\s+(?:possibly\s+)?go\s+wrong\b
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
          | \bwho\s+knew\b | \bshock,?\s+horror\b | \bplot\s+twist\b | \bspoiler\s*(?:alert\b|:)
          | (?:^|[.!?]\s+)(?:it'?s\s+)?amazing\s+how\s+(?:many|few|some)\s+
              (?:people|drivers|of\s+you|folk|motorists)\s+(?:\w+\s+){0,3}?(?:still\s+)?(?:think|believe|reckon|seem\s+to\s+think|
              don'?t|can'?t|ignore|forget)\b""",
        words="surprise knew shock plot spoiler amazing",
    ),
    Guarded(
        r"""\b(?:epic\s+)?fail\s+of\s+the\s+(?:day|week|year)\b | \#fail\b | \bfacepalm\b | \bsmh\b
          | \byou\s+(?:couldn'?t|could\s+not|can'?t)\s+
              (?:make\s+(?:it|this)\s+up|write\s+(?:it|this))\b
          | \byou\s+had\s+one\s+job\b | \bnice\s+try\b""",
        words="fail facepalm smh job try",
        subs=("make it up", "make this up", "write it", "write this", "#fail"),
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
    # Sarcasm markers: "Top marks. Not.", "Yeah, course", "because obviously", "slow clap",
    # "thanks to the genius who...", "#sarcasm", "*eye roll*". One guard per marker, since
    # "not" and "because" are in every other tweet.
    Guarded(
        r"""(?:^|[.!?,…]\s*|\.\.\.\s*)not\s*[.!]+(?=\s|$) | \.\.\.\s*not\b\s*$""",
        words="not",
    ),
    Guarded(
        r"""\b(?:yeah|yea|yeh|oh|ah)\s*,?\s*(?:of\s+)?(?:course|sure|totally|definitely)\b
            (?!\s+(?:you\s+can|we\s+can|we\s+will|we'll|i\s+will|i'll|no\s+problem))""",
        words="yeah yea yeh oh ah",
    ),
    Guarded(
        r"""\bbecause\s+(?:obviously|why\s+not|of\s+course|clearly|naturally)\b
          | \bcos\s+(?:obviously|why\s+not)\b""",
        words="obviously why course clearly naturally",
    ),
    Guarded(
        r"""\bslow\s+clap | \b(?:eye[\s-]?roll|rolls?\s+eyes|rolling\s+(?:our|my)\s+eyes)\b
          | \#(?:sarcasm|not|irony|sarcastic)\b | \b(?:sarcasm|irony)\s+(?:alert|intended)\b
          | \bthanks\s+for\s+nothing\b""",
        words="slow eye eyeroll roll rolls rolling sarcasm irony sarcastic nothing",
        subs=("#not",),
    ),
    Guarded(
        r"""\bthe\s+(?:genius|geniuses|bright\s+sparks?|einsteins?|comedians?|charmers?|
              muppets?|clowns?|wise\s+guys?|smart\s+alecs?|budding\s+\w+)
              (?:\s+(?:in|from|at|on|of)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:who|that)\b""",
        words="genius geniuses spark sparks einstein einsteins comedian comedians charmer "
        "charmers muppet muppets clown clowns wise smart budding",
    ),
    Guarded(
        r"""(?:^|[.!?]\s+)(?:really|very|so|super|most|how)\s+(?:helpful|considerate|thoughtful|
              mature|classy|sensible|clever|responsible)\s*\.(?=\s|$)""",
        words="helpful considerate thoughtful mature classy sensible clever responsible",
    ),
    # Laughter told in words: "crying laughing", "in stitches", "cracking up".
    Guarded(
        r"""\b(?:crying|cried|wept|weeping|howling|roaring|rolling\s+about|rolling\s+around)\s+
              (?:with\s+)?laugh(?:ing|ter)\b
          | \b(?:in|had\s+us\s+in|left\s+us\s+in)\s+stitches\b | \bcracking\s+(?:us\s+)?up\b
          | \b(?:can'?t|couldn'?t|cannot)\s+stop\s+laughing\b | \btears\s+of\s+laughter\b
          | \b(?:absolutely\s+|properly\s+)?creased\s+(?:up|us|me)\b
          | \b(?:we|i)(?:'re|\s+are|'m|\s+am|\s+were|\s+was)\s+(?:still\s+)?(?:laughing|giggling|
              chuckling|howling|in\s+bits)\b""",
        words="crying cried wept weeping howling roaring rolling stitches cracking stop tears "
        "creased laughing giggling chuckling bits",
    ),
    # More laughter: "Heh.", "*chuckles*", "XD", "kek".
    Guarded(
        r"""\*\s*(?:snort|snorts|chuckles?|giggles?|laughs?|sniggers?|cackles?|sighs?|facepalms?)\s*\*
          | (?:^|[.!?]\s+)(?:heh|hah|ha)\s*(?:[.!]+|,(?=\s)) | \bheh(?:eh)*\b | \bkek\b
          | (?-i:\b[xX]D+\b)
          | \bwink,?\s+wink\b | \bnudge,?\s+nudge\b | (?<![\w:/]);-?\)(?!\w)""",
        words="heh hah ha kek xd xdd wink nudge",
        subs=("*", ";)", ";-)"),
    ),
    # Wordplay: stock animal and food puns, stretched animal noises ("baaa-d", "moooving").
    Guarded(
        r"""\b(?:udderly|udder\s+(?:chaos|madness|nonsense)|pawsome|pawfect|paw-?some|purr-?fect|
              purrfectly|furr?ever|egg-?cellent|eggs-?actly|egg-?stra|eggs-?traordinary|
              un-?bee-?lievable|bee-?have|bee-?hive\s+yourselves|hoof-?ing|neigh-bou?rs?|
              hare-?raising|hoppy\s+(?:easter|days)|owl-?standing|toad-?ally|whale\s+of\s+a|
              o-?fish-?al|fin-?tastic|shell-?ebrat\w*|moo-?ving|moo-?ve|cow-?incidence|
              hog-?wild|boar-?ing|ewe\s+(?:know|can)|goat\s+to\s+be|bah-?humbug|
              oink-?credible|quacking\s+(?:job|time)|duck-?tective|im-?paw-?sible|
              claw-?some|fur-?get|sea-?rious)\b
          | \b(?:ba{3,}|mo{3,}|ne{2,}igh|qua{2,}ck|oi{2,}nk|wo{3,}f|me{2,}o+w)\w*""",
        words="udderly udder pawsome pawfect paw purr purrfect purrfectly furever furrever egg "
        "eggcellent eggs eggsactly eggstra eggstraordinary un bee unbeelievable beehave beehive "
        "hoof hoofing neigh hare owl toad toadally whale o fin fintastic shell moo mooving moove "
        "cow cowincidence hog swine boar ewe goat bah oink quacking duck ducktective im claw "
        "clawsome fur furget sea searious boaring",
        subs=("baaa", "mooo", "neeigh", "quaack", "oiink", "wooof", "meeow", "eeow"),
    ),
    # Meme formats: "Nobody: / Absolutely nobody:", "POV:", "Narrator:", "*checks notes*",
    # "tell me you're X without telling me".
    Guarded(
        r"""(?:^|\n)\s*(?:absolutely\s+)?(?:nobody|no\s+one|no-one)\s*:
          | (?:^|[\n.!?]\s*)pov\s*: | (?:^|\n)\s*(?:narrator|also\s+me|me)\s*:\s*\S
          | \bchecks\s+notes\b | \btell\s+me\s+(?:you'?re|you\s+are)\s+[^.!?]{1,60}\s+without\s+
              telling\s+me\b""",
        subs=("nobody:", "one:", "pov:", "narrator:", "me:", "checks notes", "without telling"),
    ),
    # Ironic praise for bad behaviour: "Congratulations to the driver who managed to park
    # across three bays. Truly inspiring stuff."
    Guarded(
        r"""\b(?:truly|really|simply|absolutely|genuinely|just|such)\s+(?:inspiring|inspirational|
              impressive|outstanding|remarkable|stunning|exemplary|heroic|classy)\s+(?:stuff|work|
              behaviour|effort|parking|driving)\b""",
        words="inspiring inspirational impressive outstanding remarkable stunning exemplary "
        "heroic classy",
    ),
    Guarded(
        r"""\b(?:thinking\s+of|considering|might\s+start|tempted\s+to\s+start|about\s+to\s+start)\s+
              (?:handing\s+out|issuing|giving\s+out|swapping)\b[^.!?]{0,40}\binstead\s+of\b
          | (?:^|[.!?]\s+)[\w'-]+\s+time,\s+anyone\s*\?""",
        words="instead",
        subs=("time, anyone",),
    ),
    # Stock puns on sounds-alike words: "gnome alone", "there's no place like gnome".
    Guarded(
        r"""\bgnome\s+(?:alone|sweet\s+gnome|where|more|body)\b | \bno\s+place\s+like\s+gnome\b
          | \bgnome-?(?:ads|madic|thing)\b | \bpaw\s+enforcement\b | \bclaw\s+enforcement\b
          | \bthe\s+long\s+arm\s+of\s+the\s+paw\b | \bpurr-?(?:suit|petrator|suspect)\b
          | \bhoot\s+of\s+a\b | \bquackers\b | \bshell-?shocked\s+tortoise\b
          | \bholy\s+cow\b | \bbaa-?d\b | \bsheep-?ish\b | \bde-?fence-?less\b
          | \bpea-?culiar\b | \blettuce\s+(?:know|be|in)\b | \bweed\s+(?:like|love)\s+to\b
          | \bwheely\s+(?:good|bad|stupid)\b | \bwheel\s+(?:be|have)\s+(?:watching|back)\b""",
        words="gnome paw claw purr pursuit purrsuit hoot quackers shell holy baa baad sheep "
        "sheepish fence defenceless pea peaculiar lettuce weed wheely wheel",
        subs=("gnome",),
    ),
    # Ironic praise aimed at whoever did the wrong: "hats off to the motorist who decided the
    # pavement was a parking space", "full marks to whoever thought a lamppost was a good place".
    # Sincere thanks name a good deed instead: "thanks to the resident who thought to call us".
    Guarded(
        rf"""\b{_PRAISE}\s+(?:(?:goes|go)\s+)?(?:out\s+)?(?:to|from)\s+
              (?:whoever|(?:the|this|that|our|one|some)\b[^.!?]{{0,50}}?\b(?:who|that))\s+
              (?:clearly\s+|obviously\s+|really\s+)?(?:thought|decided|reckoned|figured|felt|
              assumed|fancied|believed)\s+(?!to\b)[^.!?]{{0,70}}?
              \b(?:(?:was|were|would\s+be|is|made)\s+(?:a|an|the|their|his|her|its)?\s*
              (?:(?:good|great|clever|smart|perfect|ideal|sensible|fine|bright|brilliant|top|
              best)\s+(?:idea|place|spot|plan|time|move|way|thing|location|hiding\s+place)
              | (?:[\w-]+\s+){{0,3}}?(?:shortcut|short\s+cut|parking\s+(?:space|spot|bay)|
              car\s+park|racetrack|race\s+track|optional|suggestion|toilet|bin|skip|tip|space|bay|drive|
              driveway|garage|playground|dumping\s+ground))\b
              | (?:nobody|no\s+one|no-one|we)\s+would(?:n'?t)?\s+(?:notice|see|spot|mind|check))""",
        words="thought decided reckoned figured felt assumed fancied believed",
    ),
    Guarded(
        rf"""\b{_PRAISE}\s+(?:(?:goes|go)\s+)?(?:out\s+)?(?:to|from)\s+
              (?:whoever|(?:the|this|that|our)\b[^.!?]{{0,50}}?\b(?:who|that))\s+
              (?:managed|tried|chose|decided|thought\s+it\s+(?:wise|best|clever|sensible))\s+
              (?:to\s+)?(?:park|block|dump|abandon|reverse|crash|get\s+stuck|set\s+fire|steal|nick|
              outrun|fly-?tip|ignore|wedge|sell\s+(?:a\s+|the\s+|their\s+|his\s+)?stolen)\b""",
        words="managed tried chose decided thought",
    ),
    # "Great to see so many of you ignoring the limit", "lovely to find fly-tipped fridges";
    # not "good to see fly-tipping down by half" or "great to see you reporting it".
    Guarded(
        rf"""\b(?:great|lovely|nice|brilliant|wonderful|fantastic|good|glad|heartwarming|
              reassuring|delighted|what\s+a\s+(?:treat|joy|delight|pleasure))\s+to\s+
              (?:see|know|find|hear|discover|wake\s+up\s+to)\b
              (?:(?!{_LESS_OF_IT}|{_HEARING_OF_IT})[^.!?]){{0,80}}?
              \b(?:ignor(?:e|es|ed|ing)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?(?:limit|signs?|
              lights?|rules?|law|closure|barriers?|cones|crossing|warnings?|double\s+yellows?|
              zig-?zags?)|dump(?:ed|ing)|fly-?tip\w*|still\s+think|treat(?:s|ed|ing)\s+
              [^.!?]{{1,40}}\s+as\s+(?:a|an|their|your|his)|set(?:ting)?\s+fire\s+to|vandalis\w+|
              littering|(?:so\s+)?creatively|racing\s+(?:up|down|through|along|around|past)|wheelies|
              (?:is|are)\s+optional|
              set(?:ting)?\s+(?:[\w-]+\s+){{0,2}}?(?:bins?|cars?|vans?|grass|gorse|bus\s+shelters?|
              fences?|sheds?)\s+(?:alight|on\s+fire)|
              speeding\s+(?:past|through|down|along|around|up|outside)|tailgating|
              park(?:ed|ing)\s+(?:on|across|in)\s+(?:the\s+)?(?:pavement|zig-?zags?|double|disabled|
              bus|grass|verge|cycle|keep\s+clear))
              (?![^.!?]*{_LESS_OF_IT})""",
        words="great lovely nice brilliant wonderful fantastic good glad heartwarming reassuring "
        "delighted treat joy delight pleasure",
    ),
    # "Someone clearly thought they were filming Top Gear", "fancied himself as a rally driver",
    # "watching too many action films", "we get it, you're in a music video".
    Guarded(
        rf"""\b(?:clearly|obviously|evidently|must\s+have)\s+(?:thought|thinks|fancied|fancies|
              imagined|believed)\s+(?:they|he|she|themselves|himself|herself|it)\b{_COMIC_TARGET}
          | \b(?:someone|somebody|some\s+(?:people|drivers|folk)|whoever|
              one\s+(?:driver|motorist))(?:\s+(?:in|from|on|at)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+
              (?:clearly|obviously|evidently)\s+(?:thought|thinks|think|believes?|believed|imagined|
              reckons?|reckoned|fancied|fancies)\b{_COMIC_TARGET}
          | \bfanc(?:y|ies|ied)\s+(?:themselves|himself|herself|yourselves|yourself)\s+as\b
          | \bthought\s+(?:they|he|she)\s+(?:were|was)\s+(?:auditioning|filming|starring|
              in\s+(?:a|an|the)\s+(?:film|movie|episode|music\s+video|video\s+game|action\s+film)|
              on\s+(?:a\s+)?(?:racetrack|race\s+track|film\s+set|top\s+gear))
          | \b(?:watch(?:ed|ing)?|seen)\s+(?:a\s+few\s+|way\s+|far\s+)?too\s+many\s+
              (?:[\w-]+\s+){{0,2}}?
              (?:films|movies|episodes|box\s+sets|cop\s+shows|car\s+chases)\b
          | \bwe\s+get\s+it,?\s+you'?re\b""",
        words="clearly obviously evidently must fancy fancies fancied thought many get",
    ),
    # Sarcastic set phrases: "because nothing says 'good neighbour' like ..." (but "nothing says
    # Christmas like a visit to the children's ward" is sincere), "who needs
    # indicators anyway?", "clearly the speed limit doesn't apply to ...", "Bold choice."
    Guarded(
        r"""\b(?:because|cos|'cause)\s+nothing\s+says\s+[^.!?]{1,40}?\s+(?:quite\s+)?like\b
          | \bnothing\s+says\s+['"‘“][^'’"”]{1,40}['’"”]\s+(?:quite\s+)?like\b""",
        words="says",
    ),
    Guarded(
        r"""\bwho\s+needs\s+[^.!?]{1,30}?\s+anyway\b""",
        words="needs",
    ),
    Guarded(
        r"""\b(?:clearly|evidently|obviously)\s+(?:the\s+)?(?:speed\s+limits?|rules?|laws?|
              highway\s+code|red\s+lights?|signs?|yellow\s+lines?)\s+(?:doesn'?t|don'?t|do\s+not|
              does\s+not)\s+apply\b""",
        words="apply",
    ),
    Guarded(
        r"""(?:^|[.!?]\s+)(?:bold|brave|interesting|creative|innovative)\s+(?:choice|move|strategy|
              tactic|approach|technique)\s*[.!]""",
        words="bold brave interesting creative innovative",
    ),
    # A title with a comic "edition": "Fast & Furious: Farm Edition", "The Italian Job,
    # Tamworth edition". Newsletters have editions too.
    Guarded(
        r"""(?-i:[A-Z][\w&'-]*(?:\s+(?:&\s+)?[A-Z][\w'-]*)*)
            (?<!newsletter)(?<!bulletin)(?<!magazine)(?<!news)(?<!update)\s*[:,]\s+
            (?:the\s+)?(?-i:[A-Z][\w'-]+)\s+edition\b""",
        words="edition",
    ),
    # A reported danger that turned out to be an animal or a harmless object, in scare quotes.
    Guarded(
        r"""['‘"“][^'’"”\n]{3,40}['’"”][^\n]{0,120}?\b(?:turned\s+out\s+to\s+be|it\s+was|
              (?:was|were)\s+(?:actually|in\s+fact|just|only)|(?:intruder|culprit|suspect|
              offender)\s+was)\s+(?:just\s+|only\s+|actually\s+)?(?:a|an)\s+(?:very\s+)?
              (?:[\w-]+\s+)?(?:hedgehog|cat|kitten|dog|seagull|gull|fox|badger|squirrel|pigeon|
              owl|duck|goose|swan|sheep|cow|horse|scarecrow|mannequin|inflatable|statue|gnome|
              teddy|doll|pumpkin|cone|bin\s+bag|carrier\s+bag|shadow|toy|cardboard\s+cut-?out)s?\b""",
        # Every match ends in the creature or object, so those are its triggers.
        words="hedgehog hedgehogs cat cats kitten kittens dog dogs seagull seagulls gull gulls "
        "fox foxes badger badgers squirrel squirrels pigeon pigeons owl owls duck ducks goose "
        "swan swans sheep cow cows horse horses scarecrow scarecrows mannequin mannequins "
        "inflatable inflatables statue statues gnome gnomes teddy teddys doll dolls pumpkin "
        "pumpkins cone cones bag bags shadow shadows toy toys cardboard",
    ),
    # Police procedure played out on an animal or an object: "the goose has been arrested",
    # "negotiated the surrender of one (1) escaped hen", "the suspect, a seagull", "our first
    # arrest was a goose". Not "a man was arrested for stealing a sheep", "police dog Rocco
    # apprehended the suspect", or "the escaped bull is still at large", which is a warning.
    Guarded(
        rf"""\b(?:{_NON_HUMAN})\s+
              (?:has\s+been|had\s+been|was|were|is\s+being|is\s+now|have\s+been)\s+
              (?:formally\s+|finally\s+|successfully\s+)?{_DEALT_WITH}\b
          | \b(?:arrest(?:ed)?|apprehend(?:ed)?|detain(?:ed)?|handcuff(?:ed)?|caution(?:ed)?|
              negotiat\w+\s+with|surrender\s+of|custody\s+for|interview(?:ed)?|
              (?:first|latest|biggest)\s+arrest\s+(?:was|of))\s+
              (?:a|an|the|one|two|three|our|this|that)\s+(?:\(\d\)\s+)?
              (?!(?:man|woman|person|driver|youth|teen\w*|boy|girl|lad|suspect|male|female)\b)
              (?:[\w'-]+\s+){{0,2}}?(?:{_NON_HUMAN})\b
          | \b(?:suspect|culprit|offender|accomplice|ringleader)s?\s*[,:-]\s*(?:a|an|one)\s+
              (?:[\w'-]+\s+){{0,2}}?(?:{_NON_HUMAN})\b
          | \b(?:{_NON_HUMAN})\s+(?:siege|stand-?off|heist|crime\s+wave|gang|mafia|invasion|
              uprising|rebellion|hostage)\b""",
        words=_NON_HUMAN_WORDS,
    ),
    # Comic stock phrases of British social media: "asking for a friend", "let's just say",
    # "Scenes.", "grab the popcorn", "we're going to need a bigger car", "Ducks 1, traffic 0",
    # "more paperwork", "Typical gnome.", "nothing says Monday quite like", "the slowest pursuit
    # in Ferryhill history", "a blistering 6mph".
    Guarded(
        rf"""(?:^|(?<=[.!?…]\s))asking\s+for\s+a\s+[\w' -]{{2,30}}?[.!?)…]*(?=\s*(?:$|[#@]))
          | \blet'?s\s+just\s+say\b | (?:^|(?<=[.!?]\s))scenes[.!]+
          | \b(?:grab|get|pass)\s+(?:the|your|some)\s+popcorn\b | \bpopcorn\s+at\s+the\s+ready\b
          | \b(?:going\s+to|gonna)\s+need\s+a\s+bigger\s+\w+
          | \b(?:more|extra)\s+paperwork\b(?=\s*(?:[.!…)]|$|[^\w\s#@]))
          | \ba\s+(?:blistering|breakneck|terrifying|heart-?stopping|eye-?watering|dizzying|
              hair-?raising)\s+(?:[1-9]|1[0-5])\s*mph\b
          | (?:^|(?<=[.!?]\s))typical\s+(?:{_NON_HUMAN})[.!]""",
        words="asking let's lets scenes popcorn bigger paperwork typical blistering breakneck "
        "terrifying heart-stopping heartstopping eye-watering dizzying hair-raising",
    ),
    # Each behind its own rare phrase, so the common words in them ("says", "history", "life")
    # never wake the guard above.
    Guarded(
        r"""\bnothing\s+says\s+[\w' -]{2,40}?\s+quite\s+like\b
          | \bis\s+this\s+the\s+real\s+life\b | \bis\s+this\s+just\s+fantasy\b""",
        subs=("nothing says", "real life", "just fantasy"),
    ),
    Guarded(
        r"""\b(?:slowest|longest|shortest|quietest|calmest|least\s+dramatic|most\s+dramatic|
              politest|tensest)\s+(?:[\w-]+\s+){0,2}in\s+(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?
              \s+history\b""",
        words="slowest longest shortest quietest calmest dramatic politest tensest",
    ),
    # A score line between the police and an animal: "Ducks 1, traffic 0", "Goose 1, Police 0".
    Guarded(
        rf"""(?:^|(?<=[.!?]\s))(?:{_NON_HUMAN}|police|officers|cops|sarge|humans|team\s+\w+)\s+
              \d\s*,\s*[A-Za-z]+(?:\s+[A-Za-z]+)?\s+\d\s*[.!]""",
        # One side is always an animal, so the animals are the triggers ("police" is in most
        # tweets).
        words=_NON_HUMAN_WORDS,
    ),
    # Mock admiration of, or advice for, offenders: "the politest shoplifter in England", "top
    # tip for the burglar in Ossett", "thanks for the evidence!", "saves us a lot of detective
    # work", "he's fine; his dignity isn't", "truly a masterclass in consideration". Not "the
    # worst offenders" or "even the most determined thieves", which are plain police talk.
    Guarded(
        r"""\bthe\s+(?:politest|friendliest|most\s+(?:polite|honest|apologetic|considerate)|
              unluckiest|least\s+successful|clumsiest|laziest|(?:world|country|county|town)['’]?s\s+
              (?:worst|slowest|unluckiest|politest|least\s+successful))\s+(?:[\w-]+\s+)?
              (?:burglar|thief|shoplifter|criminal|getaway\s+driver|car\s+thief|offender|fraudster|
              vandal|joyrider)s?\b
          | \btop\s+tips?\s+for\s+(?:the|any|all|our|would-be)\s+(?:[\w-]+\s+)?(?:burglars?|
              thie(?:f|ves)|shoplifters?|criminals?|offenders?|vandals?|fraudsters?)\b
          | \bthanks?\s+(?:you\s+)?for\s+the\s+(?:evidence|confession)\s*[!.😉📸]
          | \bsaves?\s+us\s+(?:a\s+lot\s+of|a\s+bit\s+of|some)\s+detective\s+work\b
          | \b(?:his|her|their)\s+(?:dignity|pride|ego)\s+(?:isn['’]?t|is\s+not|wasn['’]?t|
              took\s+a\s+(?:knock|hit|battering|bruising)|is\s+(?:bruised|wounded|in\s+tatters)|
              may\s+never\s+recover)\b
          | \b(?:truly|simply|an\s+absolute|a\s+real|a\s+genuine)\s+(?:a\s+)?masterclass\s+in\b
          | \b(?:dignity|pride|ego)\s+(?:raised|left|remaining|intact)\s*:\s*(?:£|\$)?0\b""",
        # Rare words and phrases only: "thanks", "most" and "tip" are in too many tweets.
        words="politest friendliest unluckiest clumsiest laziest dignity pride ego masterclass",
        subs=(
            "most polite",
            "most honest",
            "most apologetic",
            "most considerate",
            "least successful",
            "'s worst",
            "’s worst",
            "'s slowest",
            "'s unluckiest",
            "'s politest",
            "top tip",
            "for the evidence",
            "for the confession",
            "detective work",
        ),
    ),
    # Animals and objects given a person's moods: "a very judgemental cow", "the goat is deeply
    # unimpressed", "one extremely cross duck". Not "an aggressive dog" or "a distressed sheep",
    # which are reports.
    Guarded(
        rf"""\b(?:(?:very|extremely|deeply|rather|slightly|clearly|visibly|thoroughly|most|
              highly)\s+)?(?:judgemental|judgmental|unimpressed|smug|sarcastic|grumpy|indignant|
              unrepentant|disgruntled|unamused|sulky|stroppy|belligerent|opinionated|sassy|
              self-important|unapologetic)\s+(?:[\w-]+\s+)?(?:{_NON_HUMAN})\b
          | \b(?:very|extremely|deeply|rather|visibly|thoroughly)\s+cross\s+(?:[\w-]+\s+)?
              (?:{_NON_HUMAN})\b
          | \b(?:{_NON_HUMAN})\s+(?:is|was|looked|looks|seemed|seems|remains|remained|appeared)
              (?:\s*,\s*however\s*,)?\s+(?:(?:very|extremely|deeply|rather|visibly|thoroughly|
              most|highly|less\s+than)\s+)?(?:judgemental|judgmental|unimpressed|smug|grumpy|
              indignant|unrepentant|disgruntled|unamused|sulky|stroppy|offended|put\s+out)\b""",
        words="judgemental judgmental unimpressed smug sarcastic grumpy indignant unrepentant "
        "disgruntled unamused sulky stroppy belligerent opinionated sassy self-important "
        "unapologetic offended",
        subs=("very cross", "extremely cross", "deeply cross", "rather cross", "visibly cross",
              "thoroughly cross", "put out"),
    ),
    # Comic exaggeration of petty crime: "the crime of the century", "the great cake heist".
    Guarded(
        r"""\b(?:crime|heist|caper|robbery)\s+of\s+the\s+(?:century|decade|millennium)\b
          | \bthe\s+great\s+(?:[\w-]+\s+){1,3}?(?:heist|caper|robbery|escape|getaway)\b
          | \bpublic\s+enemy\s+(?:number\s+one|no\.?\s*1)\b""",
        words="century decade millennium heist caper robbery escape getaway enemy",
    ),
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


# Police procedure told of an animal or an object the tweet is about: "The car has been spoken to
# about its behaviour", "the gnome has been questioned but remains tight-lipped", "the suspect
# declined to comment" (a cat). Only when no person is in the story: "the owner was spoken to
# after his dog chased sheep" is a report.
_MOCK_PROCEDURE = Guarded(
    r"""\b(?:has|have|had|was|were)\s+been\s+(?:spoken\s+to|given\s+(?:words\s+of\s+)?advice)\b
      | \bspoken\s+to\s+about\s+(?:its|his|her|their)\s+behaviou?r\b
      | \b(?:declined|refused)\s+to\s+(?:comment|give\s+a\s+statement|answer\s+questions)\b
      | \bno\s+comment\b | \btight-?lipped\b
      | \b(?:terrible|unreliable|uncooperative|reluctant|poor)\s+witness\b
      | \breleased\s+without\s+charge\b | \bhelping\s+(?:us|officers|police)\s+with\s+
          (?:our|their)?\s*enquiries\b | \bexercis\w+\s+(?:its|his|her|their)\s+right\s+to\b
      | \bread\s+(?:it|him|her|them)\s+(?:its|his|her|their)\s+rights\b
      | \b(?:previous\s+convictions|repeat\s+offender|known\s+to\s+(?:us|police))\b""",
    words="been spoken declined refused comment tight lipped witness released helping exercised "
    "exercising read convictions offender known",
)
_STORY_THINGS = word_set(
    _NON_HUMAN_WORDS + " car cars van vans bike bikes lorry tractor bus scooter guy statue "
    "flamingo inflatable dummy"
)
_STORY_PEOPLE = word_set(
    """man men woman women person people driver drivers rider riders teenager teenagers teen
    teens youth youths boy boys girl girls lad lads male males female females offender offenders
    burglar burglars thief thieves shoplifter shoplifters owner owners homeowner resident
    residents neighbour neighbours family child children mum dad husband wife partner victim
    motorist motorists cyclist pedestrian farmer keeper volunteer volunteers collector collectors
    worker workers staff customer customers shopper shoppers student students pupil pupils"""
)


def _mock_procedure(text: str) -> list:
    doc = lowered(text)
    if _MOCK_PROCEDURE.words.isdisjoint(doc.words) or _STORY_THINGS.isdisjoint(doc.words):
        return []
    if not _STORY_PEOPLE.isdisjoint(doc.words) or "year-old" in doc.lower:
        return []
    return list(_MOCK_PROCEDURE.pattern.finditer(text))


# A bare "Sorry." tacked on after the story apologises for the pun just made: "he ran as fast
# as he could. Sorry.", "We rock. (Sorry.)". After bad news it is a real apology: "The surgery
# is cancelled. Sorry!"
_BARE_SORRY = re.compile(r"(?<=[.!?…)]\s)\(?sorry[.!…]*\)?(?=[^\w#@]*$)", re.IGNORECASE)
_BAD_NEWS = re.compile(
    r"\b(?:cancel\w*|can'?t|cannot|unable|closed|closing|delay\w*|postpon\w*|won'?t|"
    r"unfortunately|inconvenience|disruption|mistake|error|wrong|apologi\w*|missed|late)\b",
    re.IGNORECASE,
)


def _pun_apology(text: str) -> list:
    if "sorry" not in lowered(text).words:
        return []
    m = _BARE_SORRY.search(text)
    if m is None or _BAD_NEWS.search(text, 0, m.start()):
        return []
    return [m]


def pattern_matches(text: str) -> list:
    """What the hand-written families find (the model is asked only when they find nothing)."""
    return _joke_matches(text) or _mock_procedure(text) or _pun_apology(text)


# "No joke: four in ten crashes...": when the sentence the model points at says itself that it
# is serious, the model is wrong about it.
_NO_JOKE = re.compile(r"\b(?:no|not\s+a)\s+(?:joke|laughing\s+matter)\b", re.IGNORECASE)


def find(text: str, ctx: RulesContext) -> list[Hit]:
    matches = pattern_matches(text)
    if matches:
        return [
            Hit(
                m.start(),
                m.end(),
                f"This reads as a joke, sarcasm or laughter (“{m.group().strip()}”). Keep the "
                "tone professional: the people reading may be victims.",
            )
            for m in matches
        ]
    model = tone_model("joke")
    if model is None or not model.flags(text):
        return []
    start, end = model.telling_sentence(text)
    if _NO_JOKE.search(text, start, end):
        return []
    return [Hit(start, end, MODEL_MESSAGE)]


def _joke_matches(text: str) -> list:
    matches = PATTERNS.matches(text)
    if len(matches) < 2:
        return matches
    # A short pattern and a longer one often find the same quip: report the longer once.
    matches.sort(key=lambda m: (m.start(), -m.end()))
    kept = [matches[0]]
    for m in matches[1:]:
        if m.end() > kept[-1].end():
            kept.append(m)
    return kept
