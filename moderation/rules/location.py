"""`location`: an exact spot, i.e. a house or flat number with its street or building, a full
postcode, map coordinates, an OS grid reference or a what3words address.

A street, estate, town, outward postcode ("WS7"), road number ("A449") or junction alone is
fine, as are phone numbers (101, 999, 0300 ...) and incident numbers.
"""

import calendar
import re

from .text import Hit, word_set
from .types import RulesContext

STREET_SUFFIXES = word_set(
    "Street St Road Rd Avenue Ave Lane Ln Close Cl Court Ct Drive Dr Way Crescent Cres Place Pl "
    "Grove Gardens Gdns Terrace Tce Row Walk Mews Square Sq Hill Rise View Parade Green Vale "
    "Park Boulevard Croft Fold Meadow Meadows Chase Wharf Yard Gate Bank Brow Mount Heights "
    "Glade Lea Leys End Wynd Approach Circus Drove Gate Gardens Grange Orchard Paddock Passage "
    "Path Promenade Quay Ridge Side Spinney Street Villas Walk Way "
    # Named rows of houses and blocks: "4 Slipway Cottages", "12 Station Buildings".
    "Cottages Cotts Buildings Houses Bungalows Almshouses Mansions Flats Apartments Residences "
    "Esplanade Embankment Broadway Hollow Nook Garth Loke Wharf Crest Acre Acres Precinct"
)
_SUFFIX = "|".join(sorted(STREET_SUFFIXES, key=len, reverse=True))
_LOWER_SUFFIX = "street|road|avenue|lane|close|drive|crescent|grove|gardens|terrace|mews|cottages"
_CAP_WORD = r"(?:St\.?\s|Saint\s)?[A-Z][\w'’-]*"
_NUMBER = r"\d{1,4}[A-Za-z]?(?:\s?[-–/]\s?\d{1,4}[A-Za-z]?)?"

# "22 Bridge Street", "9 Tanners Row", "22-24 High St", "number 31 Park Avenue".
HOUSE_NUMBER = re.compile(
    rf"""
    (?<![\w£$€.,:/])(?:(?i:number|no\.?|house\s+number)\s*)?
    {_NUMBER},?\s+
    (?:{_CAP_WORD}\s+){{1,3}}
    (?:{_SUFFIX}|{_LOWER_SUFFIX})\b(?!['’]s\b)
    """,
    re.VERBOSE,
)
# Street types written before the name (Welsh, and "The ..." rows): "16 Heol Gwyn",
# "2 Ffordd y Capel", "5 Stryd Fawr", "3 The Maltings".
PREFIX_STREET = re.compile(
    rf"""
    (?<![\w£$€.,:/])(?:(?i:number|no\.?)\s*)?{_NUMBER},?\s+
    (?:(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant|Teras|Llys|Clos|Plas|Maes|Cwrt|Rhes|Ael|
        Allt|Pant|Bryn|Parc|Stad|Sràid|Rue|Tan|Pen|Tŷ|Ty|Cae|Coed|Nant|Glan|Bron|Cefn|Erw|Dôl|
        Rhos|Tyddyn|Llain)\s+(?:(?:y|yr|'r|a|an|na|de|la|du)\s+)?[A-Z][\w'’-]+
      | The\s+[A-Z][a-z]+s\b)
    """,
    re.VERBOSE,
)
# Where something happened, at a number and a name before the town, whatever the street is
# called: "a burglary at 12 Bondgate Without, Alnwick", "returned to 7 Coedlan, Aberaeron",
# "a man of 9 Kingsway, Blyth".
# Dates, times and counts come first in "from 12 April, Wells" and "3 Cars, Leeds": the month
# and day names are the standard library's (English unless a program changes LC_TIME).
_NOT_A_STREET = (
    "|".join([*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept", *calendar.day_name])
    + "|Miles|Minutes|Hours|Days|Weeks|People|Officers|Cars|Vehicles|Arrests|Men|Women|Years|"
    "Times|Mph|AM|PM"
)
INCIDENT_ADDRESS = re.compile(
    rf"""
    \b(?i:at|to|outside|from|into|inside|of)\s+
    (?P<spot>(?:(?i:number|no\.?)\s*)?\d{{1,4}}[A-Za-z]?\s+(?!(?:{_NOT_A_STREET})\b)
      [A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|y|yr|on|upon|the|de|la)){{0,3}})
    (?=\s*,\s*[A-Z][a-z])
    """,
    re.VERBOSE,
)
# The same typed in lower case, kept strict: one or two plain words before a common suffix.
_NOT_STREET_WORDS = "|".join(
    word_set(
        "the a an on in at of to and or for with mph miles mile km side main one two busy quiet "
        "same each every different separate residential nearby local other more our your their "
        "its this that these those new old minute minutes hour hours car cars people officers"
    )
)
HOUSE_NUMBER_LOWER = re.compile(
    rf"(?<![\w£$€.,:/])\d{{1,4}}[a-z]?,?\s+(?!(?:{_NOT_STREET_WORDS})\b)[a-z]+\s+"
    rf"(?:(?!(?:{_NOT_STREET_WORDS})\b)[a-z]+\s+)?(?:{_LOWER_SUFFIX})\b"
)
# "outside number 31", "at No. 7" with no street given.
BARE_HOUSE_NUMBER = re.compile(
    r"\b(?i:outside|at|to|from|near|opposite|visited|behind|of|the\s+house\s+at)\s+"
    r"(?P<spot>(?i:(?:house\s+)?number|no\.)\s*\d{1,4}[A-Za-z]?)\b"
    r"|(?P<owned>\b(?i:(?:house\s+)?number|no\.)\s*\d{1,4}[A-Za-z]?['’]s)"
)
# "Flat 6, Linden Court", "flat 2b", "Apartment 4 Oak House", "Unit 3, Centurion Park".
FLAT = re.compile(
    r"\b(?i:flat|apartment|apt\.?|maisonette|unit|bedsit)\s*\d{1,4}[A-Za-z]?\b"
    r"(?:,?\s+(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})?"
)
# A full UK postcode (outward + inward code). The inward letters never include C I K M O V,
# so "A38 4PM" or "M6 3AM" is not a postcode.
POSTCODE = re.compile(
    r"\b(?i:(?:GIR\s?0AA)|(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|[A-PR-UWYZ]\d[A-HJKPSTUW])"
    r"\s?\d(?!(?i:st|nd|rd|th)\b)[ABD-HJLNP-UW-Z]{2})\b"
)
# Decimal degrees ("52.8067, -2.1167"), or degrees with a hemisphere ("52.8°N 2.1°W", "52°48'N").
COORDINATES = re.compile(
    r"(?<![\w.])[-+]?\d{1,2}\.\d{3,}\s*°?\s*[NS]?\s*[,;/ ]\s*"
    r"[-+]?\d{1,3}\.\d{3,}\s*°?\s*[EW]?(?!\w|\.\d)"
    r"|\b\d{1,2}(?:\.\d+)?\s*°\s*(?:\d{1,2}(?:\.\d+)?\s*['’′]\s*)?(?:\d{1,2}(?:\.\d+)?\s*[\"”″]\s*)?"
    r"[NS]\b[,;\s]*\d{1,3}(?:\.\d+)?\s*°\s*(?:\d{1,2}(?:\.\d+)?\s*['’′]\s*)?"
    r"(?:\d{1,2}(?:\.\d+)?\s*[\"”″]\s*)?[EW]\b"
)
# Numbers labelled as a position: "lat 52.80 long -2.11", "GPS: 52.8, -2.1".
LABELLED_COORDINATES = re.compile(
    r"\b(?i:lat(?:itude)?|gps|co-?ord(?:inate)?s?)\b\s*[:=]?\s*[-+]?\d{1,2}\.\d+\s*°?\s*[NS]?"
    r"(?:\s*[,;/]?\s*(?i:long(?:itude)?|lon|lng)?\s*[:=]?\s*[-+]?\d{1,3}\.\d+\s*°?\s*[EW]?)?"
)
# An OS grid reference: a 100 km square and an even run of digits ("SJ 9236 2345").
GRID_REFERENCE = re.compile(
    r"\b(?:[HNOST][A-HJ-Z])\s?(?:\d{3}\s?\d{3}|\d{4}\s?\d{4}|\d{5}\s?\d{5})\b"
)
WHAT3WORDS = re.compile(
    r"(?:///|\b(?i:what3words|w3w)(?:\.co|\.com)?(?:\s+address)?\s*[:\-/]?\s*(?:///)?)"
    r"[^\W\d_]{1,30}\.[^\W\d_]{1,30}\.[^\W\d_]{1,30}\b"
)
# Grid references are pure letter-digit shapes, so only believed near a mapping word.
_GRID_CONTEXT = re.compile(r"(?i)\b(?:grid|ref|reference|os|map|location|located|at)\b")

# Flats first: "Flat 6, Linden Court" must not be read as house number 6 on Linden Court.
# (pattern, what it finds, what every match holds: lower-cased words one of which must occur,
# or a cheap pattern that must match): a pattern whose precondition fails is not run.
_NUMBER_THEN_CAPITAL = re.compile(r"\d[A-Za-z]?,?\s+[A-Z]")
_KINDS = (
    (FLAT, "flat or unit number", ("flat", "apartment", "apt", "maisonette", "unit", "bedsit")),
    (HOUSE_NUMBER, "house number and street", _NUMBER_THEN_CAPITAL),
    (HOUSE_NUMBER_LOWER, "house number and street", re.compile(r"\d[a-z]?,?\s+[a-z]")),
    (PREFIX_STREET, "house number and street", _NUMBER_THEN_CAPITAL),
    (BARE_HOUSE_NUMBER, "house number", ("number", "no.")),
    (INCIDENT_ADDRESS, "house number and street", _NUMBER_THEN_CAPITAL),
    (POSTCODE, "full postcode", re.compile(r"(?i:[a-z]\d|gir)")),
    (COORDINATES, "map coordinates", re.compile(r"\d\.\d{3}|°")),
    (LABELLED_COORDINATES, "map coordinates", ("lat", "gps", "co-ord", "coord")),
    (WHAT3WORDS, "what3words address", ("///", "w3w", "what3words")),
)
_HAS_DIGIT_OR_SLASHES = re.compile(r"\d|///|(?i:w3w|what3words)")
_THREE_DIGITS = re.compile(r"\d{3}")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b in spans)


def find(text: str, ctx: RulesContext) -> list[Hit]:
    if not _HAS_DIGIT_OR_SLASHES.search(text):
        return []
    hits: list[Hit] = []
    spans: list[tuple[int, int]] = []
    lower = text.lower()
    for pattern, kind, needs in _KINDS:
        if isinstance(needs, tuple):
            if not any(word in lower for word in needs):
                continue
        elif not needs.search(text):
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            for group in ("spot", "owned"):
                if group in pattern.groupindex and m.start(group) >= 0:
                    start, end = m.span(group)
            while end > start and text[end - 1] in " ,":
                end -= 1
            if _overlaps(spans, start, end):
                continue
            spans.append((start, end))
            hits.append(
                Hit(
                    start,
                    end,
                    f"This gives an exact location ({kind}). Say the street, estate or town "
                    "instead so the address can't be identified.",
                )
            )
    grid_references = GRID_REFERENCE.finditer(text) if _THREE_DIGITS.search(text) else ()
    for m in grid_references:
        if _GRID_CONTEXT.search(text, max(0, m.start() - 25), m.start()) and not _overlaps(
            spans, m.start(), m.end()
        ):
            spans.append((m.start(), m.end()))
            hits.append(
                Hit(
                    m.start(),
                    m.end(),
                    "This gives an exact location (grid reference). Say the area instead.",
                )
            )
    return hits
