"""Primary keys from untrusted input (query strings, form values)."""

# A bigint has at most 19 digits; anything longer is not an id, and a 10,000-digit string must
# not reach int() (Python refuses it) or the database.
MAX_ID_DIGITS = 18


def parse_id(value) -> int | None:
    """The id `value` spells, or None when it is not a plain, bigint-sized number."""
    text = str(value if value is not None else "")
    if text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS:
        return int(text)
    return None
