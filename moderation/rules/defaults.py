"""The built-in defaults, and the builder that merges an admin's settings onto them."""

from collections.abc import Iterable, Mapping
from pathlib import Path

from .gazetteer import load_gazetteer
from .types import DEFAULT_ALLOWED_HOSTS, RulesContext

# Seed, edited by admins: names of brands, charities, historical and public figures that look
# like a private person's name. Not a source of names to flag; those come from the gazetteer.
PUBLIC_NAMES = frozenset(
    {
        "Guy Fawkes",
        "Santa Claus",
        "Father Christmas",
        "Robert Peel",
        "Harley Davidson",
        "Aston Martin",
        "Rolls Royce",
        "John Lewis",
        "Marks and Spencer",
        "Ted Baker",
        "Jack Wills",
        "Paul Smith",
        "Ann Summers",
        "Marie Curie",
        "Martin Luther King",
        "Winston Churchill",
        "William Shakespeare",
        "Florence Nightingale",
        "Samuel Johnson",
        "Josiah Wedgwood",
        "Erasmus Darwin",
        "Charles Darwin",
        "Jack Daniels",
        "Stella Artois",
        "Ben Sherman",
        "Hugo Boss",
        "Calvin Klein",
        "Ralph Lauren",
        "Tommy Hilfiger",
        "Victoria Cross",
        "George Cross",
        "Ronald McDonald",
        "Captain Tom",
        "Tom Moore",
        "Jack Frost",
        "Jack Russell",
        "Ernest Jones",
        "H Samuel",
        "Dorothy Perkins",
        "Laura Ashley",
        "Harvey Nichols",
        "Robert Dyas",
        "Miss Selfridge",
        "Jack Wolfskin",
        "Joe Browns",
        "Sue Ryder",
        "William Hill",
        "Toby Carvery",
        "Tim Hortons",
        "Russell Hobbs",
        "Travis Perkins",
        "Paddy Power",
        "Mr Whippy",
        "Mr Kipling",
        "Dr Martens",
        "Jack Daniel's",
        "Jack Daniel",
        "Anne Hathaway",
        "Oxford Brookes",
        "Owain Glyndŵr",
        "Owain Glyndwr",
        "Robin Hood",
        "Harry Potter",
        "Sherlock Holmes",
        "Johnnie Walker",
        "Jo Malone",
        "Tom Ford",
        "Warren James",
        "Jaffa Cakes",
    }
)


def default_rules_context(
    *,
    known_people: Iterable[str] = (),
    system_users: Iterable[str] = (),
    places: Iterable[str] = (),
    allowed_link_hosts: Iterable[str] = DEFAULT_ALLOWED_HOSTS,
    severity_overrides: Mapping[str, str] | None = None,
    disabled_rules: Iterable[str] = (),
    is_retweet_of_senior_account: bool = False,
    gazetteer_path: Path | None = None,
) -> RulesContext:
    """A context with the built-in defaults plus whatever an admin has configured.

    The given people and places are added to the built-in ones (public names above; UK places
    from GeoNames, held in the gazetteer file and always consulted), not put in their place.
    """
    return RulesContext(
        allowed_link_hosts=tuple(allowed_link_hosts),
        places=frozenset(places),
        known_people=PUBLIC_NAMES | frozenset(known_people),
        system_users=frozenset(system_users),
        severity_overrides=dict(severity_overrides or {}),
        disabled_rules=frozenset(disabled_rules),
        is_retweet_of_senior_account=is_retweet_of_senior_account,
        names=load_gazetteer(gazetteer_path),
    )
