"""Vietnamese numbers: parsing figures as printed, and formatting with babel's ``vi`` locale.

This is the one place where numbers and dates are formatted for users.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "vi"

# A figure as printed: "7.261", "20.331,5", "41,47", "05", "1635", "70.512,75".
# a footnote's marker may stick to a figure ("đạt 6.357,3¹⁷ triệu đồng"): no letter, the figure ends there
NUMBER_RE = re.compile(
    r"(?:(?<![\w.,/-])|(?<=[^\W\d_]/))(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?!(?![⁰¹²³⁴⁵⁶⁷⁸⁹])\w|[.,/-]\d|-\w)"
)


def parse_number(raw: str) -> Decimal | None:
    """Parse a Vietnamese-printed number: dots group thousands, a comma marks decimals.

    >>> parse_number("7.261"), parse_number("41,47"), parse_number("05"), parse_number("20.331,5")
    (Decimal('7261'), Decimal('41.47'), Decimal('5'), Decimal('20331.5'))
    """
    text = raw.strip().rstrip("%").strip()
    if not text:
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+(?:,\d+)?", text):
        text = text.replace(",", ".")
    elif re.fullmatch(r"\d+\.\d{1,2}", text):  # a decimal point typed the English way: "98.5"
        pass
    else:
        return None
    try:
        return Decimal(text).normalize() if "." in text else Decimal(int(text))
    except InvalidOperation:
        return None


def to_plain(value: Decimal) -> int | float:
    """A JSON-friendly number: integers stay integers."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def format_number(value: Decimal | float | int) -> str:
    """7261 → "7.261"; 41.47 → "41,47"; 20331.5 → "20.331,5"."""
    dec = Decimal(str(value))
    places = max(0, -dec.normalize().as_tuple().exponent) if dec != dec.to_integral_value() else 0  # type: ignore[operator]
    pattern = "#,##0" + ("." + "#" * places if places else "")
    return format_decimal(dec, format=pattern, locale=LOCALE)


def format_value(value: Decimal | float | int, unit: str) -> str:
    """A figure with its unit: "41,47%", "7.261 đảng viên", "20.331,5 tỷ đồng"."""
    number = format_number(value)
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}".strip()


def format_iso_date(iso: str) -> str:
    """"2023-07-25" → "25/7/2023" (babel ``vi``, short form); other text is returned unchanged."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return format_date(day, format="d/M/y", locale=LOCALE)
