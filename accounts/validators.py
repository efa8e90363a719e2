"""Validators for handles and mobile numbers, shared by the models and the forms."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator

validate_x_handle = RegexValidator(
    r"^[A-Za-z0-9_]{1,15}\Z",
    "An X handle is 1 to 15 letters, digits or underscores (without the @).",
    code="invalid_handle",
)

_MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE}


def validate_uk_mobile(value) -> None:
    """A valid +44 mobile number (Great Britain, the Isle of Man or the Channel Islands)."""
    number = value if isinstance(value, phonenumbers.PhoneNumber) else None
    if number is None:
        try:
            number = phonenumbers.parse(str(value), "GB")
        except phonenumbers.NumberParseException:
            number = None
    if (
        number is None
        or number.country_code != 44
        or not phonenumbers.is_valid_number(number)
        or phonenumbers.number_type(number) not in _MOBILE_TYPES
    ):
        raise ValidationError(
            "Enter a UK mobile number, e.g. 07912 345678.", code="invalid_uk_mobile"
        )
