"""The engine's two value types: the flag it returns and the context the caller passes in."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .gazetteer import Gazetteer, load_gazetteer
from .guidance import RULES, SEVERITIES

DEFAULT_ALLOWED_HOSTS = ("police.uk", "gov.uk")

_SPACES = re.compile(r"\s+")
_NAME_TOKENS = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Flag:
    rule: str
    severity: str
    start: int
    end: int
    message: str
    guidance: str
    # Inbound only: an emergency happening now (someone in danger, a crime in progress).
    urgent: bool = False

    def to_dict(self) -> dict:
        result = {
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "guidance": self.guidance,
        }
        if self.urgent:
            result["urgent"] = True
        return result


def _normalised_names(values: Iterable[str]) -> frozenset[str]:
    return frozenset(
        _SPACES.sub(" ", v.strip().replace("’", "'")).casefold()
        for v in values
        if isinstance(v, str) and v.strip()
    )


def _name_token_sets(names: frozenset[str]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(_NAME_TOKENS.findall(n)) for n in names if _NAME_TOKENS.search(n))


def _host(value: str) -> str:
    return value.strip().strip(".").casefold().removeprefix("*.")


@dataclass(frozen=True)
class RulesContext:
    """What the engine needs to know about the account and force, passed in by the caller.

    Names and places are matched case-insensitively; `places` are names of towns, wards,
    estates, streets or buildings that must never be read as a person's name.
    `names` is the name gazetteer to use (None: the built one, loaded once per process).
    """

    allowed_link_hosts: tuple[str, ...] = DEFAULT_ALLOWED_HOSTS
    places: frozenset[str] = frozenset()
    known_people: frozenset[str] = frozenset()
    system_users: frozenset[str] = frozenset()
    severity_overrides: Mapping[str, str] = field(default_factory=dict)
    disabled_rules: frozenset[str] = frozenset()
    is_retweet_of_senior_account: bool = False
    names: Gazetteer | None = field(default=None, compare=False, repr=False)

    # Derived once here so check() does no per-call preparation.
    fine_name_strings: frozenset[str] = field(init=False, repr=False, compare=False)
    fine_name_tokens: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)
    # word -> the fine names' token sets holding it, so a check looks at a few sets, not all.
    fine_name_index: Mapping[str, tuple[frozenset[str], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        hosts = tuple(dict.fromkeys(_host(h) for h in self.allowed_link_hosts if _host(h)))
        overrides = dict(self.severity_overrides)
        unknown = [rule for rule in overrides if rule not in RULES]
        bad = {rule: sev for rule, sev in overrides.items() if sev not in SEVERITIES}
        if unknown or bad:
            raise ValueError(f"bad severity overrides: unknown rules {unknown}, values {bad}")
        set_ = object.__setattr__
        set_(self, "allowed_link_hosts", hosts)
        set_(self, "places", _normalised_names(self.places))
        set_(self, "known_people", _normalised_names(self.known_people))
        set_(self, "system_users", _normalised_names(self.system_users))
        set_(self, "severity_overrides", MappingProxyType(overrides))
        set_(self, "disabled_rules", frozenset(self.disabled_rules))
        if self.names is None:
            set_(self, "names", load_gazetteer())
        fine = self.known_people | self.system_users
        set_(self, "fine_name_strings", fine)
        token_sets = _name_token_sets(fine)
        index: dict[str, list[frozenset[str]]] = {}
        for tokens in token_sets:
            for token in tokens:
                index.setdefault(token, []).append(tokens)
        set_(self, "fine_name_tokens", token_sets)
        set_(self, "fine_name_index", MappingProxyType({k: tuple(v) for k, v in index.items()}))

    def severity_for(self, rule: str) -> str:
        return self.severity_overrides.get(rule) or RULES[rule].default_severity

    def is_enabled(self, rule: str) -> bool:
        return rule not in self.disabled_rules
