"""Puns whose key word belongs to the story's own topic, and quips on famous titles and verse.

"Break-in at a bakery ... the suspect is still on a roll" is a joke; "our speed team is on a
roll" is not. So each idiom below is searched only when a word of its topic occurs somewhere
in the tweet: the topic words are the guard's triggers, and the idiom is the pattern.
"""

from .text import Guarded

# (topic words, idioms that make a pun on that topic)
_TOPIC_IDIOMS: tuple[tuple[str, str], ...] = (
    (
        "bakery bakeries baker bakers bread loaf loaves rolls doughnut doughnuts donuts cake "
        "cakes pastries pasties buns croissants sandwiches greggs pizza pizzas",
        r"""on\s+a\s+roll | use\s+(?:your|their|his|her)\s+loaf | knead\w* | dough
          | crumbs | half-?baked | upper\s+crust | (?:best|greatest)\s+thing\s+since\s+sliced
          | take[sn]?\s+the\s+biscuit | piece\s+of\s+cake | icing\s+on\s+the | yeast
          | bun\s+in\s+the\s+oven | toast(?:ed)?\b(?!\s+(?:to|the\s+bride))""",
    ),
    (
        "calendar calendars diary diaries",
        r"""(?:get|gets|getting|got|looking\s+at|facing|expecting)\s+(?:to\s+get\s+)?(?:12|twelve)\s+months
          | days\s+are\s+numbered | a\s+date\s+with""",
    ),
    (
        "clock clocks watches wristwatch sundial timer timers",
        r"""doing\s+time | time\s+on\s+(?:his|her|their)\s+hands
          | (?:his|her|their)\s+time\s+is\s+up
          | watch\s+this\s+space | against\s+the\s+clock | tick(?:ing|s)?\s+(?:along|away|by)""",
    ),
    (
        "kangaroo kangaroos wallaby wallabies rabbit rabbits bunny bunnies frog frogs toad "
        "toads hare hares",
        r"""hopping\s+mad | hop\s+it | hopped\s+it
          | jump(?:ed|ing)?\s+(?:to\s+conclusions|the\s+gun|bail) | ribbit
          | hare-?(?:brained|raising)""",
    ),
    (
        "goat goats",
        r"""kidding | kid\s+you\s+not | get(?:s|ting)?\s+(?:our|my|your)\s+goat
          | butt(?:ing|ed)?\s+in""",
    ),
    (
        "sheep ewe ewes lamb lambs flock ram rams wool",
        r"""ewe\s+(?:know|can|could|guys|should|must|will|won't|have|are|need|might|can't
            |couldn't|wouldn't|shouldn't|don't|didn't|do|did|would|may|were|better|never) | ewe-\w+
          | (?:pull(?:ing|ed)?|pulls)\s+the\s+wool | wool\s+over | baa+\b
          | flock(?:ed|ing)?\s+to | shear\s+(?:cheek|nerve|madness) | lamb-?ented
          | fleeced | sheepish(?:ly)?""",
    ),
    (
        "cow cows cattle bull bulls calf calves heifer heifers herd",
        r"""moo+\b | udder | steaks?\s+(?:are|is)\s+high | have\s+a\s+cow
          | till\s+the\s+cows\s+come\s+home | load\s+of\s+bull | herd\s+(?:it|about|that)
          | milking\s+it""",
    ),
    (
        "pig pigs piglet piglets boar hog hogs swine",
        r"""hogg(?:ing|ed) | pig(?:ged)?\s+out | bring(?:ing)?\s+home\s+the\s+bacon
          | pigs\s+might\s+fly | hogwash | oink | hamm(?:ing|ed)\s+it""",
    ),
    (
        "horse horses pony ponies donkey donkeys stallion mare foal foals",
        r"""horsing\s+around | neigh | hold\s+(?:your|our)\s+horses | straight\s+from\s+the\s+horse
          | long\s+face | hoof\s+it | giddy\s+up | rein\s+(?:it|them|him)\s+in
          | mane\s+(?:suspect|man|event|thing)""",
    ),
    (
        "hen hens chicken chickens chick chicks egg eggs poultry duck ducks goose geese "
        "turkey turkeys cockerel",
        r"""crack(?:ing)?\s+(?:this|the)\s+case | egg\s+on\s+(?:our|your|his|her|their)\s+face
          | eggs-?actly | egg-?cellent | fowl\s+play | poultry\s+(?:sum|excuse|amount)
          | cluck\w* | chicken(?:ed)?\s+out | duck(?:ed|ing)?\s+out | cook(?:ed|ing)?\s+(?:his|
            their|her)\s+goose | hatch(?:ed|ing)?\s+a\s+plan | walking\s+on\s+eggshells
          | cheep | quack | cracked\s+up\s+to\s+be | scrambl(?:ed|ing)""",
    ),
    (
        "fish fishes fishing fishmonger carp koi trout salmon cod haddock pond ponds angler "
        "anglers goldfish",
        r"""fishy | off\s+the\s+hook | plaice | kipper
          | reel(?:ed|ing)?\s+(?:him|them|in\s+the\s+(?:culprit|thief|suspect))
          | hook,?\s+line | floundering | for\s+the\s+halibut | o-?fish-?al\w* | fin-?tastic
          | whale\s+of | netted\s+(?:him|them)""",
    ),
    (
        "bee bees beehive beehives hive hives honey wasp wasps beekeeper",
        r"""buzz\s+(?:us|off) | bee-?line | bee-?have | hive\s+of
          | un-?bee-?lievable | bee-?ware | queen\s+bee | sting\s+in\s+the\s+tail""",
    ),
    (
        "cheese cheeses cheddar brie stilton dairy pizza pizzas",
        r"""grate\s+(?:escape|expectations|news|work|job|idea) | brie-?lliant | hard\s+cheese
          | cheesed\s+off | cheesy | gouda-?bye""",
    ),
    (
        "copper cable cables electric electricity electrical battery batteries substation "
        "charger chargers generator generators",
        r"""(?:fully|fully\s+)?charged\s+up | fully\s+charged | watt\s+(?:a|an|the) | re-?volting
          | current\s+affairs | positively\s+charged
          | amped\s+up""",
    ),
    (
        "shoe shoes trainers boots heels footwear cobbler",
        r"""sole-?destroying | sole\s+(?:mates?|purpose\s+in\s+life) | heel\s+turn
          | well[\s-]heeled | best\s+foot\s+forward | boot(?:ed)?\s+out | toe\s+the\s+line
          | shoe-?in | on\s+the\s+right\s+foot""",
    ),
    (
        "ladder ladders scaffold scaffolding stepladder",
        r"""taking\s+steps | climb(?:ing)?\s+(?:the\s+ladder|down) | rung
          | step\s+in\s+the\s+right\s+direction""",
    ),
    (
        "paint painter painters paintbrush paintbrushes brushes decorator decorators",
        r"""brush(?:es)?\s+with\s+the\s+law | gloss(?:ed)?\s+over
          | paint(?:ed|s)?\s+a\s+(?:clear\s+)?picture""",
    ),
    (
        "bike bikes bicycle bicycles cycle cycles tyre tyres tires wheel wheels scooter scooters",
        r"""tyred | re-?tyre | wheels\s+in\s+motion | on\s+(?:your|yer)\s+bike
          | back-?pedal\w* | spoke\s+too\s+soon | chain\s+reaction
          | re-cycled | tread\s+carefully""",
    ),
    (
        "garden gardens gardening allotment allotments spade spades lawnmower lawnmowers "
        "mower mowers seeds greenhouse greenhouses shears trowel",
        r"""dig(?:ging)?\s+deep | dig(?:ging)?\s+up\s+the\s+dirt
          | turn(?:ed)?\s+over\s+a\s+new\s+leaf | rooting\s+(?:out|for)
          | nip\s+(?:it|this)\s+in\s+the\s+bud | weed(?:ed|ing)?\s+out
          | reap\s+what | bloomin'?\s+(?:heck|cheek|nerve|marvellous)
          | hedging\s+(?:our|their)\s+bets""",
    ),
    (
        "coffee cafe café latte lattes espresso barista tea teapot kettle cappuccino",
        r"""brew-?tal | full\s+of\s+beans | spill\s+the\s+tea
          | not\s+(?:our|my)\s+cup\s+of\s+tea | storm\s+in\s+a\s+teacup
          | grounds\s+for""",
    ),
    (
        "cat cats kitten kittens feline moggy",
        r"""purr\w* | cat-?astroph\w* | furr?-ious | furrious | paws?\s+for\s+thought
          | litter-?ally | nine\s+lives | curiosity\s+killed | hiss-?terical""",
    ),
    (
        "dog dogs puppy puppies pup pups hound hounds lurcher lurchers spaniel spaniels",
        r"""ruff\b | barking\s+(?:mad|up\s+the\s+wrong) | dog-?gone | paw-?sitive
          | paws?\s+for\s+thought | tail\s+between\s+(?:his|its|their)\s+legs""",
    ),
    (
        "owl owls parrot parrots budgie budgies pigeon pigeons seagull seagulls magpie "
        "magpies bird birds",
        r"""who{2,}\b | (?:a|what\s+a)\s+hoot | hoot\s+of | owl-?right | parroting
          | fl(?:y|ew)\s+the\s+nest | birdbrain\w* | pecking\s+order | free\s+as\s+a\s+bird""",
    ),
    (
        "tortoise tortoises snail snails slug slugs",
        r"""slow(?:ly)?\s+but\s+sure(?:ly)? | shell-?shocked | out\s+of\s+(?:his|its|her)\s+shell
          | slow\s+and\s+steady | snail'?s\s+pace | sluggish""",
    ),
    (
        "trampoline trampolines bouncy balloon balloons",
        r"""bounce\s+back | bouncing\s+off\s+the\s+walls""",
    ),
    (
        "window windows glass glazier mirror mirrors",
        r"""smashing\s+(?:time|job|work|success) | pane-?ful | a\s+real\s+pane
          | see\s+right\s+through | reflect\s+on""",
    ),
    (
        "hammer hammers drill drills spanner spanners toolbox tools nails screwdriver",
        r"""nailed\s+(?:it|him|them|her) | hammer\s+home | hit\s+the\s+nail
          | spanner\s+in\s+the\s+works | screw(?:ed)?\s+up""",
    ),
    (
        "boat boats yacht yachts dinghy canoe canoes kayak kayaks",
        r"""sail(?:ed|ing)?\s+close\s+to\s+the\s+wind | rock\s+the\s+boat | oar-?some
          | abandon\s+ship | float\s+(?:his|their|your)\s+boat""",
    ),
    (
        "golf golfer golfers clubs",
        r"""fore\b | hole\s+in\s+one | par\s+for\s+the\s+course | teed\s+off | tee-?rific
""",
    ),
    (
        "tree trees christmas spruce fir pine",
        r"""tree-?mendous | spruce\s+up | fir-?ever | pining | barking\s+up""",
    ),
    (
        "wine beer beers pub brewery gin whisky vodka cider ale",
        r"""whine | wine\s+not | hop\s+it
          | barrel\s+of\s+laughs | brew(?:ing)?\s+trouble | ale-?ment""",
    ),
    (
        "sausage sausages butcher butchers butcher's meat bacon burger burgers barbecue bbq "
        "steak steaks",
        r"""wurst | grill(?:ed|ing)\s+(?:him|her|them|the\s+(?:suspect|thief|culprit|driver|man|
            woman|lad)) | steak-?out | mince\s+words | meat\s+(?:the|you|our) | chop\s+chop""",
    ),
    (
        "snow ice icy snowman snowmen frost",
        r"""snow\s+joke | chill\s+out | ice\s+to\s+see | snow\s+way | cool\s+it
          | let\s+it\s+snow""",
    ),
    (
        "banana bananas apple apples pear pears orange oranges fruit melon melons lemon "
        "lemons grapes orchard orchards",
        r"""going\s+bananas | top\s+banana | pear-?shaped | bad\s+apple | a-?peeling
          | melon-?choly | sour\s+grapes | core-?operat\w*""",
    ),
)


def _topic_guard(topics: str, idioms: str) -> Guarded:
    return Guarded(rf"\b(?:{idioms})\b", words=topics)


# The triggers here are the topic words, which need not be inside the match (see above).
TOPIC_PUNS = tuple(_topic_guard(topics, idioms) for topics, idioms in _TOPIC_IDIOMS)

# Pun words that need no topic: nobody writes them by accident.
STOCK_PUNS = Guarded(
    r"""\b(?:tyred|latte\s+information|whole\s+latte|grate\s+escape|brush\s+with\s+the\s+law|
          sole-?destroying|hiss-?terical|tree-?mendous|tee-?rific|oar-?some|gouda-?bye|
          brie-?lliant|snow\s+joke|soup-?er\s+\w+|a-?peel(?:ing)?\s+for\s+information|
          melon-?choly|owl-?right|bee-?ware|cat-?astroph\w*|paw-?sitive|fowl\s+play|
          just\s+for\s+the\s+halibut|eggs-?traordinary|un-?bee-?lievable|re-?tyre)\w*\b""",
    words="tyred latte grate brush sole hiss tree tee oar gouda brie snow soup souper peel "
    "apeel apeeling melon owl bee cat catastrophe paw pawsitive fowl halibut eggs "
    "eggstraordinary un unbeelievable re retyre treemendous teerific oarsome goudabye "
    "brielliant meloncholy owlright beeware catastrophic hissterical",
)

_TITLES: tuple[tuple[str, str], ...] = (
    # (the title's least common word, the title)
    ("bites", r"another\s+one\s+bites\s+the\s+dust"),
    ("stop", r"don'?t\s+stop\s+me\s+now"),
    ("seconds", r"gone\s+in\s+(?:60|sixty)\s+seconds"),
    ("dogs", r"who\s+let\s+the\s+dogs\s+out"),
    ("highway", r"highway\s+to\s+(?:hell|the\s+danger\s+zone)"),
    ("stay", r"should\s+i\s+stay\s+or\s+should\s+i\s+go"),
    ("smooth", r"smooth\s+criminal"),
    ("jack", r"hit\s+the\s+road,?\s+jack"),
    ("impossible", r"mission:?\s+impossible"),
    ("catch", r"catch\s+me\s+if\s+you\s+can"),
    ("countdown", r"the\s+final\s+countdown"),
    ("dude", r"dude,?\s+where'?s\s+my\s+car"),
    ("fought", r"i\s+fought\s+the\s+law"),
    ("italian", r"the\s+italian\s+job"),
    ("hell", r"bat\s+out\s+of\s+hell"),
    ("riot", r"i\s+predict\s+a\s+riot"),
    ("boys", r"bad\s+boys,?\s+bad\s+boys"),
    ("whatcha", r"whatcha\s+gonna\s+do"),
    ("breath", r"every\s+breath\s+you\s+take"),
    ("jailhouse", r"jailhouse\s+rock"),
    ("wild", r"born\s+to\s+be\s+wild"),
    ("ice", r"ice,?\s+ice,?\s+baby"),
    ("escape", r"the\s+great\s+escape"),
    ("furious", r"fast\s+(?:&|and)\s+(?:the\s+)?furious"),
    ("breaking", r"breaking\s+bad"),
    ("auto", r"grand\s+theft\s+auto"),
    ("fuzz", r"hot\s+fuzz"),
    ("fools", r"only\s+fools\s+and\s+horses"),
    ("stock", r"lock,?\s+stock"),
    ("baby", r"baby,?\s+you\s+can\s+drive\s+my\s+car"),
    ("nowhere", r"road\s+to\s+nowhere"),
    ("rock", r"we\s+will,?\s+we\s+will\s+rock\s+you"),
    ("force", r"may\s+the\s+force\s+be\s+with\s+you"),
    ("shall", r"you\s+shall\s+not\s+pass"),
    ("houston", r"houston,?\s+we\s+have\s+a\s+problem"),
    ("ahead", r"go\s+ahead,?\s+make\s+my\s+day"),
    ("vista", r"hasta\s+la\s+vista"),
    ("yippee", r"yippee[\s-]ki[\s-]yay"),
    ("gonna", r"who\s+(?:you|ya)\s+gonna\s+call"),
    ("name", r"stop!?\s+in\s+the\s+name\s+of\s+(?:the\s+)?law"),
    ("touch", r"can'?t\s+touch\s+this"),
    ("hammer", r"hammer\s+time"),
    ("tiger", r"eye\s+of\s+the\s+tiger"),
    ("free", r"i\s+want\s+to\s+break\s+free"),
    ("raining", r"it'?s\s+raining\s+men"),
    ("wake", r"wake\s+me\s+up\s+before\s+you\s+go"),
    ("sweet", r"sweet\s+child\s+o'?\s+mine"),
    ("roses", r"roses\s+are\s+red"),
    ("violets", r"violets\s+are\s+blue"),
    ("twinkle", r"twinkle,?\s+twinkle"),
    ("twas 'twas", r"'?twas\s+the\s+night\s+before"),
    ("humpty", r"humpty\s+dumpty"),
    ("baa", r"baa,?\s+baa"),
    ("macdonald", r"old\s+macdonald\s+had\s+a"),
    ("hickory", r"hickory\s+dickory"),
    ("mary", r"mary\s+had\s+a\s+little"),
    ("wheels", r"the\s+wheels\s+on\s+the\s+bus"),
    ("fox", r"fantastic\s+mr\.?\s+fox"),
    ("reservoir", r"reservoir\s+dogs"),
    ("daisy", r"driving\s+miss\s+daisy"),
    ("usual", r"the\s+usual\s+suspects"),
    ("ugly", r"the\s+good,?\s+the\s+bad,?\s+(?:and|&)\s+the\s+ugly"),
    ("jurassic", r"jurassic\s+park"),
    ("nemo dory", r"finding\s+(?:nemo|dory)"),
    ("mamma", r"mamma\s+mia"),
    ("oops", r"oops,?\s+(?:i|he|she|they|we)\s+did\s+it\s+again"),
    ("gonna", r"never\s+gonna\s+give\s+you\s+up"),
    ("believin believing", r"don'?t\s+stop\s+believin'?g?"),
    ("balls", r"great\s+balls\s+of\s+fire"),
    ("brick", r"another\s+brick\s+in\s+the\s+wall"),
    ("champions", r"we\s+are\s+the\s+champions"),
    ("bright", r"always\s+look\s+on\s+the\s+bright\s+side"),
    ("submarine", r"yellow\s+submarine"),
    ("stairway", r"stairway\s+to\s+heaven"),
    ("looking", r"is\s+it\s+me\s+you'?re\s+looking\s+for"),
    ("ghostbusters", r"ghostbusters"),
    ("gun", r"top\s+gun"),
    ("beauty", r"black\s+beauty"),
    ("horse", r"war\s+horse"),
    ("scott", r"great\s+scott"),
    ("future", r"back\s+to\s+the\s+future"),
    ("shake", r"shake\s+it\s+off"),
    (
        "once",
        r"there\s+once\s+was\s+an?\s+(?:young\s+)?(?:man|lad|woman|lady|driver|thief|burglar)\s+"
        r"from\s+\w+\s*[,\n]",
    ),
)

# Famous song and film titles and nursery or greeting-card verse quoted as a quip, one small
# pattern per title so a common trigger ("force", "stop") runs only its own title.
# Left out on purpose: titles that are ordinary phrases in police work ("Home Alone", "Under
# Pressure", "Stayin' Alive" in CPR advice, "Police Academy").
# Titles made only of everyday words are looked for by a phrase from them instead.
_TITLE_PHRASES = {
    "stop": ("stop me now",),
    "stay": ("should i stay",),
    "catch": ("catch me if",),
    "boys": ("bad boys",),
    "breaking": ("breaking bad",),
    "force": ("the force be with",),
    "ahead": ("make my day",),
    "name": ("in the name of",),
    "touch": ("touch this",),
    "free": ("break free",),
    "once": ("there once was",),
    "dogs": ("let the dogs out",),
    "bright": ("bright side",),
    "looking": ("me you're looking", "me youre looking"),
    "horse": ("war horse",),
    "future": ("back to the future",),
    "usual": ("usual suspects",),
}


def _title_guard(word: str, title: str) -> Guarded:
    phrases = _TITLE_PHRASES.get(word)
    if phrases:
        return Guarded(rf"\b{title}\b", subs=phrases)
    return Guarded(rf"\b{title}\b", words=word)


TITLE_QUIPS = tuple(_title_guard(word, title) for word, title in _TITLES)

__all__ = ["STOCK_PUNS", "TITLE_QUIPS", "TOPIC_PUNS"]
