"""`name`: a private person's name (offender, suspect, victim, witness, member of the public).

Evidence comes from two places: the gazetteer (UK first names and surnames ranked by
names-dataset, with English word frequencies to tell "Brown" the surname from "brown") and the
words around a capitalised run ("Mr", "aged 34", ", 41,", "arrested", "named as", "resident",
"thank you to"). A run is left alone when it follows a police rank or office title, is a known
person, system user or public name, is a place or building ("Victoria Road", "St George's
Park", "Stafford Crown Court", "Burton"), or is an organisation ("Staffordshire Police").
Without the gazetteer only context can find a name.
"""

import re
import weakref
from dataclasses import dataclass

from .defaults import PUBLIC_NAMES
from .gazetteer import Gazetteer, name_key
from .text import Hit, lowered, quote, word_set
from .types import RulesContext

# Below this rank an English word is too common to be read as a name on its own ("Will",
# "Brown", "Park"); above ENGLISH_WORD_RANK a token is not treated as an English word at all.
COMMON_WORD_RANK = 5000
ENGLISH_WORD_RANK = 30_000
# First names ranked below this in the UK carry a pair on their own; rarer or foreign ones need
# a clearly surname-like partner.
STRONG_FIRST_RANK = 5000
# First names this common name a person beside a surname even when a place shares them (Lee, Barry).
PLACE_FIRST_RANK = 1000

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
_TOKEN = rf"(?<![\w#@'’.-])[{_UPPER}][\w\u0300-\u036f]*(?:['’-][\w\u0300-\u036f]+)*"
TOKEN = re.compile(_TOKEN)
# Lower-case particles inside a name ("Gwilym ap Rhys", "Anna van der Berg") keep the run whole.
_PARTICLE = r"(?:ap|ab|van|von|der|den|de|da|di|du|del|della|le|la|bin|ibn|al|el|Ó|Ní|Nic|Ua|Mac)"
RUN = re.compile(rf"{_TOKEN}(?: (?:{_PARTICLE} ){{0,2}}{_TOKEN})*")
_POSSESSIVE = re.compile(r"['’]s$")

# Police ranks and office titles: a name after one is a colleague or public office holder.
RANK_WORDS_EXACT = word_set(
    "PC PCs PCSO PCSOs WPC SC PS PD DC DCs DS DI DCI DSI DSU DCS CI ACC DCC CC PCC PFCC MP MPs MEP "
    "MSP AM JP KC QC OBE MBE CBE Cllr Cllrs"
)
# Police roles count in any case ("our sergeant, Ben Cole"); honorifics only capitalised, since
# "lollipop lady Janet Boulton" or "his father Tom" are private people.
POLICE_WORDS = word_set(
    """sgt sgts sergeant sergeants sarge insp inspector inspectors supt superintendent det
    detective constable constables cllr cllrs councillor councillors mayor mayoress commissioner
    commander officer officers colleague colleagues pcso pcsos t/sgt a/sgt t/insp a/insp"""
)
HONORIFIC_WORDS = word_set(
    """ch chief deputy special acting temporary lord lady sir dame baroness baron rev revd
    reverend canon father bishop archdeacon vicar rabbi imam king queen prince princess duke
    duchess earl countess minister secretary judge recorder coroner captain capt major colonel
    col general lieutenant lt admiral commodore sheriff cadet storm"""
)
RANK_WORDS_FOLDED = POLICE_WORDS | HONORIFIC_WORDS
PERSON_WORDS = word_set("mr mrs ms miss mx mister madam dr")
PLACE_PREFIX_WORDS = word_set("st saint st.")

_RANK_ALT_EXACT = "|".join(sorted(RANK_WORDS_EXACT, key=len, reverse=True))
_POLICE_ALT = "|".join(re.escape(w) for w in sorted(POLICE_WORDS, key=len, reverse=True))
_HONORIFIC_ALT = "|".join(
    re.escape(v)
    for w in sorted(HONORIFIC_WORDS, key=len, reverse=True)
    for v in (w.title(), w.upper())
)
_POLICE_ROLES = (
    r"beat\s+manager|dog\s+handler|police\s+dog|response\s+driver|cadet\s+leader|"
    r"neighbourhood\s+(?:officer|manager|lead)|community\s+support\s+officer|force\s+\w+\s+officer"
)
# The title, an optional collar number, then the name: "Sgt ", "PC 1234 ", "Chief Constable, ".
RANK_TAIL = re.compile(
    rf"(?:\b(?:{_RANK_ALT_EXACT}|{_HONORIFIC_ALT})|(?i:\b(?:{_POLICE_ALT}|{_POLICE_ROLES})))\.?,?\s+"
    rf"(?:\d{{1,6}},?\s+)?$"
)
# The last word before a name decides whether the tail patterns above and below can match at
# all: looking it up in a set first spares the (costly, end-anchored) regex search.
RANK_LAST_WORDS = frozenset(
    {w.casefold() for w in RANK_WORDS_EXACT}
    | POLICE_WORDS
    | HONORIFIC_WORDS
    | {"manager", "handler", "dog", "driver", "leader", "officer", "lead"}
)
PLURAL_RANK_TAIL = re.compile(
    r"(?:\b(?:PCs|PCSOs|DCs|Cllrs|MPs)|(?i:\b(?:sgts|sergeants|officers|colleagues|councillors|"
    r"constables|inspectors)))\s+$"
)
PERSON_TAIL = re.compile(
    # "Miss" is no abbreviation: "a near miss. Hi-vis vests..." has no title in it.
    r"\b(?i:mr|mrs|ms|mx)\.?\s+$|\b(?i:miss|mister|madam)\s+$|\bDr\.?\s+$"
    r"|\b(?i:mr|mrs|ms|dr)\.?\s*(?:&|and)\s*$"
)
PLACE_TAIL = re.compile(r"\b(?:St|ST|st|Saint)\.?\s+$")
NEAR_TAIL = re.compile(r"\b(?i:near|outside|opposite|behind|towards|via)\s+$")
LOCATIVE_TAIL = re.compile(
    r"\b(?i:of|from|in|at|near|to|around|outside|across|into|via|towards|between|and)\s+$"
)
# Straight after these a lone capitalised word is a place ("pensioners in Sparkhill have been
# jailed"), whatever follows it.
IN_PLACE_TAIL = re.compile(
    r"\b(?i:in|at|near|around|outside|across|into|towards|via|from|across)\s+$"
)
THE_TAIL = re.compile(r"\b(?:[Tt]he|THE)\s+$")
AND_TAIL = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+$|\s*,\s+$")
# Who the person is, just before the name.
PERSON_CONTEXT_BEFORE = re.compile(
    r"""(?ix)\b(?:
        arrested|charged|jailed|sentenced|convicted|named(?:\s+as)?|identified\s+as|remanded|
        detained|fined|summonsed|cautioned|charging|arresting|sentencing|locate|trace|find|
        (?:looking|searching|appeal(?:ing)?)\s+for|wanted|missing|murder\s+of|death\s+of|
        (?:birthday|anniversary)(?:\s+wishes)?\s+to|happy\s+(?:\d+\w*\s+)?birthday(?:\s+to)?|
        rip|r\.i\.p\.?|tribute\s+to|memory\s+of|funeral\s+of|family\s+of|
        victim|witness|resident|residents|pensioner|grandmother|grandfather|gran|grandad|nan|
        mum|dad|mother|father|son|daughter|wife|husband|partner|brother|sister|neighbour|
        motorist|driver|rider|cyclist|pedestrian|shopkeeper|landlord|landlady|owner|homeowner|
        farmer|teenager|man|woman|boy|girl|lad|suspect|offender|defendant|burglar|thief|
        volunteer|member\s+of\s+the\s+public|local|villager|customer|student|pupil|
        aunty|auntie|aunt|uncle|nana|nanna|grandma|grandpa|cousin|niece|nephew|widow|widower|
        lollipop\s+(?:man|lady)|(?:her|his|their)\s+(?:friend|colleague|carer|boss|ex)
    )[\s,:]+$"""
)
PERSON_CONTEXT_LAST_WORDS = word_set(
    """arrested charged jailed sentenced convicted as remanded detained fined summonsed
    cautioned charging arresting sentencing locate trace find for wanted missing of to wishes
    birthday rip r.i.p victim witness resident residents pensioner grandmother grandfather gran
    grandad nan mum dad mother father son daughter wife husband partner brother sister neighbour
    motorist driver rider cyclist pedestrian shopkeeper landlord landlady owner homeowner farmer
    teenager man woman boy girl lad suspect offender defendant burglar thief volunteer public
    local villager customer student pupil aunty auntie aunt uncle nana nanna grandma grandpa
    cousin niece nephew widow widower lady friend colleague carer boss ex anniversary"""
)
# Words that come before people and organisations alike: weaker evidence.
THANKS_BEFORE = re.compile(
    r"""(?ix)\b(?:
        thank(?:s|ing)?(?:\s+you)?(?:\s+(?:to|so\s+much\s+to))?|huge\s+thanks\s+to|
        congratulations\s+to|congrats\s+to|well\s+done(?:\s+to)?|shout[\s-]?out\s+to
    )[\s,:]+$"""
)
# What happens to the person, just after the name.
PERSON_CONTEXT_AFTER = re.compile(
    r"""(?ix)^(?:
        ,?\s*\(\s*\d{1,3}\s*\)
      | ,\s*(?:aged\s+)?\d{1,3}\s*(?:,|\)|and\b|of\b|from\b|who\b|was\b|is\b|has\b|had\b|$)
      | ,?\s+aged\s+\d{1,3}\b
      | ,?\s+(?:who\s+)?(?:was|has\s+been|had\s+been|is|were|have\s+been|will\s+be)\s+
        (?:arrested|charged|jailed|sentenced|convicted|named|remanded|fined|found\s+guilty|
        cautioned|bailed|released|reported\s+missing|detained|wanted|given|handed|ordered|
        banned|disqualified|summonsed|imprisoned|locked\s+up|caught|stopped|seen|spotted|
        assaulted|attacked|robbed|injured|hurt|killed|targeted|scammed|the\s+victim)
      | ,\s+who\b
      | \s+(?:admitted|admits|denied|denies|pleaded|pleads|pled|appeared|appears|stole|
        assaulted|attacked|breached|absconded|celebrates|celebrated|turns|turned)\b
    )"""
)
STRONG_AFTER = re.compile(
    r"^(?:,?\s*\(\s*\d{1,3}\s*\)|,\s*(?:aged\s+)?\d{1,3}\s*[,)]|,?\s+aged\s+\d"
    # A court result by surname: "Kowalczyk: guilty of theft", "Bevan: 12 weeks suspended".
    r"|\s*[:,]\s+(?:guilty|not\s+guilty|fined|jailed|sentenced|banned|disqualified|"
    r"(?:£\d|\d+\s+(?:weeks?|months?|years?|hours?|points)\b)))"
)
# A household named by its surname: "the Fairclough family", "the Okafor twins".
# "joined the Lancashire family", "welcome to the Gwent Police family": an organisation.
JOINED_THE_TAIL = re.compile(
    r"(?i)\b(?:join(?:ed|s|ing)?|welcomed?\s+(?:to|into)|part\s+of)\s+the\s+$"
)
# "Meet Fletcher, the therapy dog": an animal named, not a person.
ANIMAL_AFTER = re.compile(
    r"(?i)^,?\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:dog|cat|horse|pony|puppy|pup|spaniel|"
    r"labrador|collie|alsatian|retriever|terrier|cockapoo|kitten)s?\b"
    r"(?!\s+(?:walkers?|owners?|handlers?|wardens?|groomers?|sitters?|trainers?|breeders?|unit))"
)
FAMILY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:family|families|household|brothers|sisters|twins|siblings|clan|boys|girls)\b"
)
STRONG_BEFORE = re.compile(
    r"(?i)\b(?:(?:arrested|charged|jailed|sentenced|convicted|named\s+as|identified\s+as|remanded|"
    r"summonsed|charging|arresting|sentencing|convicting|jailing|keen\s+to\s+trace|"
    r"(?:the\s+)?(?:judge|magistrates?|recorder|bench)\s+told)"
    # The court process named by its noun: "Sentencing for Heathcote", "the trial of Ashby".
    r"|(?:sentencing|sentence|trial|retrial|conviction|verdict|hearing|prosecution|case|"
    r"charges?|warrant)\s+(?:for|of|against))[\s,:]+$"
)
# "a man named Fitzgerald" (a first name alone, "a woman called Ruth", is not identifying).
NAMED_REASON = "“named” or “called” before it"
NAMED_BEFORE = re.compile(
    r"(?i)\b(?:man|woman|boy|girl|lad|person|driver|rider|suspect|motorist|teenager|pensioner|"
    r"resident|neighbour|victim|witness)\s+(?:named|called)\s+$"
)
STRONG_LAST_WORDS = word_set(
    """arrested charged jailed sentenced convicted as remanded summonsed charging arresting
    sentencing convicting jailing for of against trace told"""
)
_STRONG_AFTER_WORDS = re.compile(
    r"arrest|charg|jail|sentenc|convict|remand|guilty|admit|plead|pled|denie|appear", re.IGNORECASE
)
# A name that is really a thing: "a Ford Ranger pickup", "Harry Potter fans", "Billy Wright
# statue", "Taylor Wimpey site".
ARTICLE_TAIL = re.compile(r"\b(?:[Aa]n?|[Tt]his|[Tt]hat|[Yy]our|[Oo]ur|[Tt]heir)\s+$")
THING_AFTER = re.compile(
    r"""\s+(?:
        vans?|cars?|pick-?ups?|trucks?|lorr(?:y|ies)|motorbikes?|motorcycles?|bikes?|scooters?|
        mopeds?|quads?|tractors?|trailers?|caravans?|engines?|vehicles?|models?|classics?|
        fans?|exhibitions?|statues?|memorials?|days?|weekends?|festivals?|tours?|sites?|stores?|
        shops?|restaurants?|pubs?|bars?|gyms?|centres?|clubs?|stadiums?|concerts?|gigs?|shows?|
        films?|movies?|books?|tickets?|brands?|products?|dealerships?|showrooms?|replicas?|
        merchandise|costumes?|outfits?|lookalikes?|impersonators?|branches?|franchise|homes?|
        developments?|estates?|awards?|trophy|cup|shield|stand|lecture|building|gallery|
        markets?|fairs?|fayres?|parades?|lights|light\s+switch-on|celebrations?|fun\s+runs?|races?|galas?
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
FROM_PLACE_AFTER = re.compile(r"^,?\s+(?:of|from)\s+[A-Z]")
# A possessive with no noun after it names a shop or restaurant ("Harry Ramsden's in Whitby",
# "meet us at Frankie Benson's."); a person's possessive owns something ("John Hill's van").
BUSINESS_POSSESSIVE_AFTER = re.compile(
    r"['’]s(?:\s+(?:in|on|at)\s+[A-Z]|\s+(?:will|is|are|has|have)\s+(?:host|hosting|open|opening|"
    r"opened|reopen|reopening|sponsor|sponsoring|donat)|\s*(?:[.!?;]|$))"
)
BUSINESS_POSSESSIVE_BEFORE = re.compile(
    r"(?i)\b(?:at|outside|inside|opposite|behind|near|visit|visited|visiting|from)\s+$"
)

# Words that end a place or organisation name: "Victoria Road", "Haling Dene Centre",
# "Staffordshire Police".
STRONG_SUFFIXES = word_set(
    """road rd street avenue ave drive crescent terrace gardens grove mews boulevard parade
    place square rise row walk centre center school academy college university nursery primary
    infants juniors church chapel cathedral abbey priory minster hospital surgery clinic
    library museum theatre cinema stadium arena station airport estate industrial retail
    shopping arcade precinct roundabout island interchange junction services inn arms tavern
    hotel club fc albion rovers united athletic wanderers rangers reservoir canal valley
    recreation memorial cemetery crematorium trust foundation council police fire rescue
    ambulance service nhs ltd limited plc llp group partnership association society charity
    watch team unit prison cafe café restaurant bakery shop stores store supermarket garage
    motors taxis coaches bar kitchen lounge salon barbers pharmacy chemist dental vets gym
    fitness leisure baths pool market village town city county borough district parish ward
    forest woods building buildings tower towers house court office offices magistrates crown
    bridge"""
)
# Suffix words that are also common surnames ("Sarah Hall", "David Hill"): a place unless the
# context says person.
SOFT_SUFFIXES = word_set(
    """hall hill wood green park field fields mill mills brook heath marsh moss cross lane
    close way lodge chase croft gate gates bank banks dale vale mount moor common farm
    meadow meadows grange"""
)
# Always ordinary words in a run, whatever the gazetteer says (used when it is missing too).
# Words that are also first names ("Will", "May", "June") are left to the gazetteer.
STOP_WORDS = word_set(
    """a an the and or but of in on at to for from by with as is are was were be been this that
    these those it its our we you your they their he she his her my me us i if so not no yes
    all any some every each more most many much very just also only then than there here now
    today tonight tomorrow yesterday morning afternoon evening night week weekend month year
    please thanks thank thankyou hello hi hey dear happy merry good great well done congrats
    congratulations welcome update news police officers officer team teams local community
    residents people public help call report crime safety advice appeal appeals warning alert
    stay keep make take remember don't do did does have has had would can could should might
    must shall who what when where why how which while after before during over under
    again still even already yet monday tuesday wednesday thursday friday saturday sunday
    january february march july september october november december ramadan eid mubarak
    diwali vaisakhi hanukkah chanukah navratri holi nowruz kareem"""
)

# Nouns that say who a person is ("Neighbour Keith Baddeley", "Victim Sandra Oakley"): trimmed
# off the front of a capitalised run, and read as context.
ROLE_WORDS = word_set(
    """victim witness resident pensioner grandmother grandfather gran grandad nan mum dad mother
    father son daughter wife husband partner brother sister neighbour motorist driver rider
    cyclist pedestrian shopkeeper landlord landlady owner homeowner farmer teenager man woman
    boy girl lad suspect offender defendant burglar thief volunteer villager customer student
    pupil local retired widow widower aunty auntie aunt uncle nana nanna grandma grandpa cousin
    niece nephew lollipop"""
)
# A surname that is also a common word ("Green", "Brown", "King") counts after a first name only
# when it is a common surname too; "Coffee" or "Christmas" do not.
COMMON_WORD_SURNAME_RANK = 3000

# Countries, nations and counties, which the gazetteer's town list lacks ("Britain's roads").
REGION_WORDS = word_set(
    """britain england scotland wales ireland ulster europe america africa asia australia
    cornwall devon dorset somerset wiltshire hampshire berkshire surrey sussex kent essex
    suffolk norfolk cambridgeshire lincolnshire yorkshire lancashire cumbria cheshire
    shropshire staffordshire derbyshire nottinghamshire leicestershire warwickshire
    worcestershire herefordshire gloucestershire oxfordshire buckinghamshire bedfordshire
    hertfordshire northamptonshire rutland northumberland durham merseyside humberside
    cleveland teesside tyneside wearside gwent glamorgan powys gwynedd anglesey ceredigion
    pembrokeshire carmarthenshire fife lothian lanarkshire ayrshire highlands grampian
    tayside strathclyde galloway borders sutherland caithness antrim armagh tyrone fermanagh
    londonderry"""
)
# "West Lindsey", "South Lakeland", "Mid Devon": districts and regions, never a person's name.
COMPASS_WORDS = word_set("north south east west mid central upper lower greater")
# Businesses that carry a surname with a possessive: never a private person on their own.
BRAND_POSSESSIVES = word_set(
    """sainsbury mcdonald barnardo morrison wetherspoon lloyd domino nando sotheby christie
    kellogg hartley hellmann jacob claire hamley harrod selfridge debenham timpson macy boot
    greggs aldi lidl tesco wilko currys dunelm halford benny ramsden frankie bannatyne walker
    warburton cadbury baxter heinz"""
)
# A surname in lower case after a courtesy title: "mr & mrs okonjo", "Mrs foulds".
LOWER_TITLE_NAME = re.compile(
    r"\b(?i:mr|mrs|ms|dr)\.?\s+(?:(?:&|and)\s+(?i:mr|mrs|ms|miss)\.?\s+)?"
    r"(?P<surname>[a-z][a-z'’-]+)\b"
)
# A colour before a make is a vehicle description ("Red Honda", "Silver Audi A3"), not a first
# name. Colours that are also common first names (Rose, Ruby, Amber) are not listed.
COLOUR_WORDS = word_set(
    """red blue green black white grey gray silver orange yellow purple pink brown maroon navy
    gold bronze beige cream turquoise burgundy"""
)
COLOUR_TAIL = re.compile(rf"\b(?i:{'|'.join(sorted(COLOUR_WORDS))})\s+$")
# A hurried draft in lower case ("sentenced today - jordan mcallister of skelmersdale"): a first
# name and a surname are read as a name only in court, arrest or appeal news.
COURT_WORDS = word_set(
    """sentenced jailed charged convicted fined remanded court crown magistrates appeal wanted
    arrested bail bailed guilty trial seen missing arrests custody"""
)
# In a tweet typed all in lower case, thanks and found property name people too: "big thanks to
# anne-marie doherty", "found gary pickering's collie".
HURRIED_WORDS = word_set("thanks thank ta shoutout cheers owner guard found returned")
LOWER_PAIR = re.compile(r"(?<![\w'’-])([a-z][a-z'’]+)\s+((?:mc|mac|o')?[a-z][a-z'’-]+)\b")
NOT_LOWER_SURNAMES = word_set("whippy blobby motivator plod bean men man right nice muscle fix")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_NAMED_THING_AFTER = re.compile(r"['’]s\s+[A-Z]")

_ORDINAL_ROMAN = re.compile(r"^(?:[IVX]+|\d+(?:st|nd|rd|th))$")


@dataclass(frozen=True, slots=True)
class TokenInfo:
    key: str
    first_rank: int | None
    last_rank: int | None
    word_rank: int | None
    place: bool

    @property
    def common(self) -> bool:
        return self.key in STOP_WORDS or (
            self.word_rank is not None and self.word_rank <= COMMON_WORD_RANK
        )

    @property
    def english(self) -> bool:
        return self.key in STOP_WORDS or (
            self.word_rank is not None and self.word_rank <= ENGLISH_WORD_RANK
        )

    @property
    def first(self) -> bool:
        return self.first_rank is not None

    @property
    def strong_first(self) -> bool:
        return (
            self.first_rank is not None
            and self.first_rank <= STRONG_FIRST_RANK
            and not self.common
            and not self.place
        )

    @property
    def surname(self) -> bool:
        return self.last_rank is not None

    @property
    def strong_surname(self) -> bool:
        return self.last_rank is not None and not self.common and not self.place

    @property
    def nameish(self) -> bool:
        """Could be part of a name: a known name, or a word that is neither English nor a place."""
        if self.common or self.place:
            return False
        return self.first or self.surname or not self.english


class Lexicon:
    """Token classification over one gazetteer, memoised (the same words recur in every tweet)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer
        self.available = gazetteer.available
        self._cache: dict[str, TokenInfo] = {}
        self.kinds: dict[str, tuple[str, str]] = {}
        self._lower_firsts: frozenset[str] | None = None

    @property
    def lower_firsts(self) -> frozenset[str]:
        """First names that can start a lower-case full name: "jordan", not "will" or "may"."""
        if self._lower_firsts is None:
            self._lower_firsts = frozenset(
                name
                for name, rank in self.g.first.items()
                if rank <= STRONG_FIRST_RANK
                and name not in STOP_WORDS
                and not self.info(name).common
            )
        return self._lower_firsts

    def info(self, token: str) -> TokenInfo:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        g = self.g
        key = name_key(token)
        first, last = g.first.get(key), g.last.get(key)
        if "-" in key and first is None and last is None:
            parts = [p for p in key.split("-") if p]
            firsts = [g.first[p] for p in parts if p in g.first]
            lasts = [g.last[p] for p in parts if p in g.last]
            first = min(firsts) if len(firsts) == len(parts) else None
            last = min(lasts) if lasts else None
        info = TokenInfo(
            key=key,
            first_rank=first,
            last_rank=last,
            word_rank=g.words.get(key),
            place=key in g.places or key in REGION_WORDS,
        )
        if len(self._cache) < 200_000:
            self._cache[token] = info
        return info


_lexicons: "weakref.WeakKeyDictionary[Gazetteer, Lexicon]" = weakref.WeakKeyDictionary()


def lexicon_for(gazetteer: Gazetteer) -> Lexicon:
    lex = _lexicons.get(gazetteer)
    if lex is None:
        lex = _lexicons[gazetteer] = Lexicon(gazetteer)
    return lex


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    kind: str  # "name", "rank", "person", "place_prefix", "strong_suffix", "other"


def _kind(raw: str, lex: "Lexicon") -> tuple[str, str]:
    """(the token without a possessive 's, its kind), memoised on the lexicon."""
    cached = lex.kinds.get(raw)
    if cached is not None:
        return cached
    text = _POSSESSIVE.sub("", raw)
    bare = text.rstrip(".")
    folded = bare.casefold()
    if bare in RANK_WORDS_EXACT or folded in RANK_WORDS_FOLDED:
        kind = "rank"
    elif folded in PERSON_WORDS:
        kind = "person"
    elif folded in PLACE_PREFIX_WORDS:
        kind = "place_prefix"
    elif folded in STRONG_SUFFIXES:
        kind = "strong_suffix"
    elif bare.isupper() and len(bare) >= 3 and bare.isalpha():
        # Press-release style "John SMITH": an all-capitals surname, never a common word.
        kind = "name" if lex.info(bare).strong_surname else "other"
    elif len(bare) < 2 or bare.isupper() or _ORDINAL_ROMAN.match(bare) or not bare[0].isupper():
        kind = "other"
    else:
        kind = "name"
    if len(lex.kinds) < 200_000:
        lex.kinds[raw] = (text, kind)
    return text, kind


def _segments(text: str, lex: "Lexicon"):
    """Yield (tokens, followed_by) for each stretch of name-shaped capitalised words.

    `followed_by` is the kind of the token right after the stretch inside the same run
    ("strong_suffix", "rank", ... or None at the end of the run).
    """
    for run in RUN.finditer(text):
        current: list[_Tok] = []
        for m in TOKEN.finditer(text, run.start(), run.end()):
            raw = m.group()
            word, kind = _kind(raw, lex)
            if kind == "name":
                start = m.start()
                current.append(_Tok(word, start, start + len(word), kind))
                if len(word) != len(raw):
                    # A possessive ends a name: "Lincoln's Cornhill Quarter" is no pair.
                    kinds = _kind_after(text, m.end(), run.end(), lex)
                    yield current, kinds
                    current = []
            elif current:
                yield current, kind
                current = []
        if current:
            yield current, None


def _kind_after(text: str, pos: int, run_end: int, lex: "Lexicon") -> str | None:
    m = TOKEN.search(text, pos, run_end)
    return None if m is None else _kind(m.group(), lex)[1]


def _is_fine(tokens: list[_Tok], ctx: RulesContext) -> bool:
    if not ctx.fine_name_strings:
        return False
    joined = " ".join(t.text for t in tokens).replace("’", "'").casefold()
    if joined in ctx.fine_name_strings:
        return True
    words = {t.text.replace("’", "'").casefold() for t in tokens}
    if any(words <= fine for fine in ctx.fine_name_index.get(next(iter(words)), ())):
        return True
    # A known name within a longer stretch counts too: "Owain Glyndŵr Day".
    return len(words) > 2 and any(
        len(fine) > 1 and fine <= words
        for word in words
        for fine in ctx.fine_name_index.get(word, ())
    )


_PUBLIC_WORDS = frozenset(w for name in PUBLIC_NAMES for w in name.casefold().split())


_PUBLIC_NAME_STRINGS = frozenset(name.casefold() for name in PUBLIC_NAMES)


def _public_name_with_an_age(tokens: list[_Tok], text: str, end: int) -> bool:
    """"Paul Smith, 42, from Stevenage" is a person who shares a brand's name."""
    joined = " ".join(t.text for t in tokens).casefold()
    return joined in _PUBLIC_NAME_STRINGS and bool(STRONG_AFTER.match(text[end : end + 20]))


def _titled_brand(tokens: list[_Tok], text: str) -> bool:
    m = PERSON_TAIL.search(text, max(0, tokens[0].start - 8), tokens[0].start)
    return m is not None and (
        f"{m.group().strip()} {tokens[0].text}".casefold() in _PUBLIC_NAME_STRINGS
    )


def _only_public(tokens: list[_Tok]) -> bool:
    """The lone word is fine only as part of a brand or public figure ("Smith" of Paul Smith)."""
    return tokens[0].text.replace("’", "'").casefold() in _PUBLIC_WORDS


def _is_place(tokens: list[_Tok], ctx: RulesContext, lex: Lexicon) -> bool:
    joined = _POSSESSIVE.sub("", " ".join(t.text for t in tokens)).casefold()
    return joined in ctx.places or joined in lex.g.places


def _core(tokens: list[_Tok], infos: list[TokenInfo]) -> tuple[int, int]:
    """Trim ordinary words off both ends ("Thanks Sandra Oakley" -> "Sandra Oakley")."""
    lo, hi = 0, len(tokens)
    while lo < hi and (
        infos[lo].key in STOP_WORDS
        or infos[lo].key in ROLE_WORDS
        or (infos[lo].common and not infos[lo].first and not infos[lo].surname)
        or (infos[lo].key in COLOUR_WORDS and lo + 1 < hi)
        # "Read Sian Probert's story": a common word that is also a surname, before a first name.
        or (infos[lo].common and not infos[lo].first and hi - lo > 2 and infos[lo + 1].strong_first)
    ):
        lo += 1
    while hi > lo and infos[hi - 1].common and not infos[hi - 1].surname:
        hi -= 1
    return lo, hi


@dataclass(frozen=True, slots=True)
class _Context:
    strong: bool  # an age, a personal title, an arrest or charge
    personal: bool  # said of people only: "resident", "birthday", "who was seen"
    person: bool  # any sign of a person, including "thanks to"
    reason: str
    age_only: bool = False  # strong only because of a number: "Stafford (12)" may be a count


def _last_words(before: str) -> tuple[str, ...]:
    """The last word of `before`, lower-cased, in the forms the tail patterns end with.

    "PC 1234 " gives the word before the collar number too, "A/Sgt " its last part.
    """
    words = before.split()
    if not words:
        return ()
    found = []
    for word in words[-2:] if words[-1].rstrip(",").isdigit() else words[-1:]:
        word = word.rstrip(".,:").casefold()
        found.append(word)
        if "/" in word or "(" in word:
            found.append(re.split(r"[/(]", word)[-1])
    return tuple(found)


def _context(text: str, start: int, end: int) -> _Context:
    before = text[max(0, start - 45) : start]
    after = text[end : end + 60]
    last = _last_words(before)
    if PERSON_TAIL.search(before):
        return _Context(True, True, True, "a personal title")
    if STRONG_AFTER.match(after):
        return _Context(True, True, True, "an age", age_only=True)
    if FAMILY_AFTER.match(after) and not JOINED_THE_TAIL.search(before):
        return _Context(True, True, True, "a family named by surname")
    if any(w in STRONG_LAST_WORDS for w in last) and STRONG_BEFORE.search(before):
        return _Context(True, True, True, "an arrest or charge")
    if ("named" in last or "called" in last) and NAMED_BEFORE.search(before):
        return _Context(True, True, True, NAMED_REASON)
    m = PERSON_CONTEXT_AFTER.match(after)
    if m:
        strong = bool(_STRONG_AFTER_WORDS.search(m.group()))
        return _Context(strong, True, True, "what is said about them")
    if any(w in PERSON_CONTEXT_LAST_WORDS for w in last) and PERSON_CONTEXT_BEFORE.search(before):
        return _Context(False, True, True, "the words before it")
    if THANKS_BEFORE.search(before):
        return _Context(False, False, True, "the words before it")
    if FROM_PLACE_AFTER.match(after):
        return _Context(False, False, True, "where they are from")
    return _Context(False, False, False, "")


def _judge(tokens: list[_Tok], infos: list[TokenInfo], ctx_: _Context, lex: Lexicon) -> bool:
    """Does this trimmed stretch of capitalised words name a person?"""
    n = len(tokens)
    first, last = infos[0], infos[-1]
    if any(i.common and not (i.first or i.surname) for i in infos):
        return False
    if n == 1:
        # One word needs strong context. A surname that is also a common word or a place
        # ("Brown", "Stone") counts then too, but a place only with a title or an arrest.
        if not ctx_.strong or (ctx_.reason == NAMED_REASON and first.first):
            return False
        if first.place:
            return first.surname and not ctx_.age_only
        if ctx_.age_only and first.first and not first.surname:
            # A first name alone is no one's name, however young: "Missing: Jayden, 14".
            return False
        return first.surname or first.nameish
    if n > 4:
        return False
    # Two or more capitalised words.
    if lex.available:
        if first.strong_first and (
            last.nameish
            or (last.surname and not last.common)
            or (last.surname and last.last_rank <= COMMON_WORD_SURNAME_RANK)
        ):
            return True
        if (
            first.first
            and last.strong_surname
            and (not first.common or first.first_rank <= STRONG_FIRST_RANK)
        ):
            return True
    if ctx_.strong and n == 2 and first.strong_first and not last.common:
        # Many British surnames are places too: "Kelly Brigstock, 41," is a person.
        return True
    if (
        n == 2
        and (ctx_.strong or ctx_.person)
        and first.first_rank is not None
        and first.first_rank <= PLACE_FIRST_RANK
        and not first.common
        and last.surname
        and not last.common
    ):
        # "Lee Grantham, 34," and "Barry Fenwick of Blyth": a first name as common as these is a
        # person's even when a town shares it, and so is the surname after it, place or not.
        return True
    if ctx_.person:
        return all(i.nameish or (i.first and not i.common) or i.strong_surname for i in infos)
    return False


def _is_business_possessive(text: str, start: int, end: int) -> bool:
    m = BUSINESS_POSSESSIVE_AFTER.match(text, end, end + 30)
    if m is None:
        return False
    if m.group().rstrip().endswith(tuple(".!?;")) or m.end() == len(text):
        # A bare possessive at a sentence end is a shop only after "at", "outside"...
        return bool(BUSINESS_POSSESSIVE_BEFORE.search(text, max(0, start - 12), start))
    return True


def _may_be_person(infos: list[TokenInfo]) -> bool:
    """Cheap necessary conditions, checked before any context is looked at."""
    if len(infos) == 1:
        only = infos[0]
        if only.key in STOP_WORDS:
            return False
        return only.surname or (not only.common and not only.place and (only.first or only.nameish))
    return any(i.first or i.surname or i.nameish for i in infos)


def find(text: str, ctx: RulesContext) -> list[Hit]:
    lex = lexicon_for(ctx.names)
    hits: list[Hit] = []
    exempt_end = -1  # end of the last stretch exempted by a plural rank ("PCSOs Amy and Tom ...")
    for tokens, followed_by in _segments(text, lex):
        # "Jane Smith MP", "Victoria Road", "Staffordshire Police".
        if followed_by in ("strong_suffix", "rank"):
            continue
        infos = [lex.info(t.text) for t in tokens]
        lo, hi = _core(tokens, infos)
        if lo >= hi or not _may_be_person(infos[lo:hi]):
            continue
        start = tokens[0].start
        before = text[max(0, start - 45) : start]
        if any(w in RANK_LAST_WORDS for w in _last_words(before)) and RANK_TAIL.search(before):
            if PLURAL_RANK_TAIL.search(before):
                exempt_end = tokens[-1].end
            continue
        if exempt_end >= 0 and AND_TAIL.match(text, exempt_end, start):
            exempt_end = tokens[-1].end
            continue
        if PLACE_TAIL.search(before):
            continue
        # "Much Wenlock's parks": the word trimmed off the front belongs to the place's name.
        if lo > 0 and _is_place(tokens[lo - 1 : hi], ctx, lex):
            continue
        tokens, infos = tokens[lo:hi], infos[lo:hi]
        start, end = tokens[0].start, tokens[-1].end
        if len(tokens) > 1 and (
            infos[0].key in COMPASS_WORDS
            or (_is_fine(tokens, ctx) and not _public_name_with_an_age(tokens, text, end))
            or _is_place(tokens, ctx, lex)
        ):
            continue
        ctx_ = _context(text, start, end)
        # "last seen near Belle Vue leisure centre": where, not who; "her white Kia Picanto":
        # a car, not a person; "Fletcher, the therapy dog": an animal.
        if not ctx_.strong and (
            NEAR_TAIL.search(text, max(0, start - 12), start)
            or COLOUR_TAIL.search(text, max(0, start - 12), start)
            or ANIMAL_AFTER.match(text[end : end + 40])
        ):
            continue
        # "Mr Whippy", "Dr Martens": a title that is part of a brand's name.
        if len(tokens) == 1 and ctx_.reason == "a personal title" and _titled_brand(tokens, text):
            continue
        # A lone surname is fine when it is a known person's, but not merely because a brand
        # carries it: "Mr Smith" or "the Smith family" is not Paul Smith the shop.
        if (
            len(tokens) == 1
            and _is_fine(tokens, ctx)
            and not (ctx_.strong and _only_public(tokens))
        ):
            continue
        if (
            len(tokens) == 1
            and ctx_.reason not in ("a personal title", "an arrest or charge")
            and IN_PLACE_TAIL.search(text, max(0, start - 12), start)
        ):
            continue
        # A lone place name is a person only with a title or an arrest ("Mr Stone"), and never
        # straight after "of", "in", "from" ("... of Leek was jailed").
        if (
            len(tokens) == 1
            and _is_place(tokens, ctx, lex)
            and (
                ctx_.age_only
                or not ctx_.strong
                or LOCATIVE_TAIL.search(text, max(0, start - 12), start)
            )
        ):
            continue
        if (
            not ctx_.strong
            and len(tokens) == 1
            and _is_surname_possessive(text, start, end, infos[0])
        ):
            ctx_ = _Context(True, True, True, "a possessive")
        if not ctx_.strong:
            if infos[-1].key in SOFT_SUFFIXES and len(tokens) > 1 and not ctx_.personal:
                continue
            if len(tokens) > 1 and _is_business_possessive(text, start, end):
                continue
            if THE_TAIL.search(text, max(0, start - 5), start):
                continue
            if THING_AFTER.match(text, end, end + 20):
                continue
            if ARTICLE_TAIL.search(text, max(0, start - 7), start) and not _clear_full_name(infos):
                continue
        if not _judge(tokens, infos, ctx_, lex):
            continue
        reason = f" ({ctx_.reason} suggests a person)" if ctx_.reason else ""
        hits.append(
            Hit(
                start,
                end,
                f"{quote(text, start, end)} looks like a private person's name{reason}. Remove "
                "it, or if they are a colleague, councillor or partner put their rank or title "
                "before the name or ask an admin to add them to the known people list.",
            )
        )
    hits.extend(_lower_case_titled(text, lex, hits))
    if lex.available:
        words = lowered(text).words
        hurried = not words.isdisjoint(HURRIED_WORDS) and text[1:].islower()
        if (not words.isdisjoint(COURT_WORDS) or hurried) and not words.isdisjoint(
            lex.lower_firsts
        ):
            hits.extend(_lower_case_court_names(text, lex, ctx, hits))
    return hits


def _clear_full_name(infos: list[TokenInfo]) -> bool:
    """A common first name and a surname that is no English word: "a Declan Furey"."""
    first, last = infos[0], infos[-1]
    return (
        len(infos) > 1
        and first.strong_first
        and last.strong_surname
        and (last.word_rank is None or last.word_rank > 2 * COMMON_WORD_RANK)
    )


def _is_surname_possessive(text: str, start: int, end: int, info: TokenInfo) -> bool:
    """ "McAllister's van": a surname-only word owning something is a private person."""
    if not _POSSESSIVE_AFTER.match(text, end, end + 3):
        return False
    if info.key in BRAND_POSSESSIVES or not info.strong_surname or info.first:
        return False
    if info.word_rank is not None and info.word_rank <= ENGLISH_WORD_RANK:
        return False
    # "the Duke of Sutherland's Monument", "Frobisher's Wharf": a possessive that names a
    # capitalised thing, or follows "of", "in" or "at", is a place or a building.
    if _NAMED_THING_AFTER.match(text, end) or LOCATIVE_TAIL.search(text, max(0, start - 12), start):
        return False
    return not _is_business_possessive(text, start, end)


def _lower_case_titled(text: str, lex: Lexicon, found: list[Hit]) -> list[Hit]:
    hits: list[Hit] = []
    for m in LOWER_TITLE_NAME.finditer(text):
        start, end = m.span("surname")
        word = m.group("surname")
        info = lex.info(word)
        if word in NOT_LOWER_SURNAMES or info.key in STOP_WORDS:
            continue
        if not (info.strong_surname or not info.english):
            continue
        if any(h.start < end and start < h.end for h in found):
            continue
        hits.append(
            Hit(
                m.start(),
                end,
                f"{quote(text, m.start(), end)} names a private person (a courtesy title and a "
                "surname). Remove the name.",
            )
        )
    return hits


def _lower_case_court_names(
    text: str, lex: Lexicon, ctx: RulesContext, found: list[Hit]
) -> list[Hit]:
    hits: list[Hit] = []
    pos = 0
    while m := LOWER_PAIR.search(text, pos):
        # Pairs overlap ("of ryan hollis"): try the next pair from the second word.
        pos = m.start(2)
        if m.group(1) not in lex.lower_firsts:
            continue
        first, last = lex.info(m.group(1)), lex.info(m.group(2))
        if not _plain_surname(last):
            continue
        start, end = m.span()
        if any(h.start < end and start < h.end for h in found):
            continue
        before = _last_words(text[max(0, start - 45) : start])
        if any(w in RANK_WORDS_FOLDED or w.upper() in RANK_WORDS_EXACT for w in before):
            continue
        joined = f"{first.key} {last.key}"
        if joined in ctx.places or joined in lex.g.places or joined in ctx.fine_name_strings:
            continue
        hits.append(
            Hit(
                start,
                end,
                f"{quote(text, start, end)} looks like a private person's name (a first name "
                "and a surname in court or appeal news). Remove it.",
            )
        )
        pos = end
    return hits


def _plain_surname(last: TokenInfo) -> bool:
    """A surname that is neither a first name nor an everyday English word ("mcallister")."""
    return (
        last.key not in STOP_WORDS
        and last.surname
        and last.first_rank is None
        and (last.word_rank is None or last.word_rank > 2 * COMMON_WORD_RANK)
    )
