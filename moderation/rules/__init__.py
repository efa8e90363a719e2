"""The tweet rules engine: pure Python, no Django.

from moderation.rules import check, default_rules_context
flags = check("Gavin Threlfall, 41, was arrested", default_rules_context())
"""

from .defaults import PUBLIC_NAMES, default_rules_context
from .engine import check
from .gazetteer import Gazetteer, load_gazetteer
from .guidance import BLOCK, RULE_CODES, RULES, WARN, RuleInfo
from .types import DEFAULT_ALLOWED_HOSTS, Flag, RulesContext

__all__ = [
    "BLOCK",
    "DEFAULT_ALLOWED_HOSTS",
    "PUBLIC_NAMES",
    "RULES",
    "RULE_CODES",
    "WARN",
    "Flag",
    "Gazetteer",
    "RuleInfo",
    "RulesContext",
    "check",
    "default_rules_context",
    "load_gazetteer",
]
