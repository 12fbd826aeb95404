"""Number + unit spellings made one: "75cm", "75 cm" and "75-cm" all read "75 cm".

Applied to product names and to questions alike (through ``text.english_view``), so a size glued to
its unit ("the 75cm stasis ball", "350ml bottle") matches a name that spaces it, and the reverse.
Only a unit glued to (or hyphened onto) a number is split; a spaced "10 in blue" is left alone, so the
preposition "in" is never read as inches.
"""

from __future__ import annotations

import re

# Units of measure and count that shops put after a number (tried longest first: "ml" before "m").
UNITS = ("inches", "inch", "pieces", "piece", "pack", "pcs", "pc", "pk", "ltr", "lbs", "lb", "oz", "kg", "mg", "g",
         "mah", "wh", "w", "v", "gb", "tb", "hz",  # electronics: "20000mAh", "65W", "128GB"
         "ml", "cl", "l", "mm", "cm", "m", "in", "ft",
         "years", "year", "yrs", "yr", "yo", "y", "months", "month", "mths", "mo")  # ages: "3yo", "2-3y"
_GLUED = re.compile(r"(?<![a-z0-9.])(\d+(?:\.\d+)?)-?(" + "|".join(sorted(UNITS, key=len, reverse=True))
                    + r")(?![a-z0-9])")
# 13" / 13'' (inches) after a number
_INCH_MARK = re.compile(r"(?<![a-z0-9.])(\d+(?:\.\d+)?)\s*(?:\"|''|”|″)")


_N_IN_M = re.compile(r"(?<![a-z0-9.])(\d)\s*(?:-\s*in\s*-|in)\s*(\d)(?![a-z0-9])")

# unit words after a number, as shops abbreviate them ("1 litre" is the "1L" of a name); never "pounds",
# which in chat is as often money as weight
_WORDS = [(re.compile(r"(\d)\s*" + w + r"(?![a-z])"), r"\1 " + u) for w, u in (
    (r"(?:millilit(?:re|er)s?)", "ml"), (r"(?:centilit(?:re|er)s?)", "cl"), (r"(?:lit(?:re|er)s?)", "l"),
    (r"(?:kilo(?:gram(?:me)?)?s?)", "kg"), (r"(?:gram(?:me)?s?)", "g"), (r"(?:ounces?)", "oz"),
    (r"(?:millimet(?:re|er)s?)", "mm"), (r"(?:centimet(?:re|er)s?)", "cm"))]


def split_units(text: str) -> str:
    """Folded text with every number+unit spaced: "75cm" -> "75 cm", '13"' -> "13 inch"."""
    if not any(c.isdigit() for c in text):
        return text
    # "3-in-1" / "3in1" is a count of functions, never inches: one token either way
    text = _N_IN_M.sub(r"\1in\2", text)
    text = _INCH_MARK.sub(r"\1 inch ", text)
    for rx, unit in _WORDS:
        text = rx.sub(unit, text)
    # a glued "13in" is inches (a spaced "13 in" is left alone: "size 10 in blue")
    return _GLUED.sub(lambda m: f"{m.group(1)} {'inch' if m.group(2) == 'in' else m.group(2)}", text)
