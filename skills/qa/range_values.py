"""Option values that are ranges of one number: a sock's "Shoe size" 35-38 / 39-42 / 43-46, a pole's "Length"
100-125 cm / 110-135 cm. A single number said as a size ("in 40", "size 47", "41码") or in the range's unit
("120 cm") is read against the ranges:

- one range holds it: that value ("merino socks in 40" -> 39-42);
- several hold it (120 cm of 100-125 and 110-135): nothing is picked, and it is never a "no";
- none holds it ("in 47"): a clear no (missing), never "yes, it is available".
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.options import OptionRequest, _norm_value, values_of

_RANGE_VALUE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$")
# a number said as a size: after size/in/a, or before 码/号
_AS_SIZE = re.compile(r"(?:\bsize|\bsz|\beu|\buk|\bus|\bin an?|\bin|\bfor an?|\ba)\s*(\d{1,3}(?:\.5)?)(?![0-9.%-])"
                      r"(?!\s*(?:days?|weeks?|months?|years?|yrs?|hours?|mins?|minutes?|colou?rs?|pieces?|packs?|people|persons?|x\b))"
                      r"|(?<![0-9.])(\d{1,3}(?:\.5)?)\s*(?:码|号)")


def range_options(product: Product) -> dict[str, dict[str, tuple[float, float, str]]]:
    """Options whose every value is a range: name -> {value: (low, high, unit)}."""
    out: dict[str, dict[str, tuple[float, float, str]]] = {}
    for name in product.option_names():
        parsed = {}
        for v in values_of(product, name):
            m = _RANGE_VALUE.match(_norm_value(v))
            if not m or float(m.group(1)) >= float(m.group(2)):
                break
            parsed[v] = (float(m.group(1)), float(m.group(2)), m.group(3))
        else:
            if parsed:  # one range alone is a range too: "shoe size 41" of a sock sold only in 39-42
                out[name] = parsed
    return out


def within_ranges(amount: float, values: list[str]) -> bool:
    """Does some range value hold the amount ("120" of "100-125 cm")?"""
    for v in values:
        m = _RANGE_VALUE.match(_norm_value(v))
        if m and float(m.group(1)) <= amount <= float(m.group(2)):
            return True
    return False


def number_in_ranges(product: Product, view: str, req: OptionRequest) -> None:
    """A number said as a size, or in the ranges' unit, picks the one range that holds it; none: missing."""
    options = range_options(product)
    if not options:
        return
    said: list[tuple[float, str]] = [(float(m.group(1) or m.group(2)), m.group(0)) for m in _AS_SIZE.finditer(view)]
    units = {u for vals in options.values() for _lo, _hi, u in vals.values() if u}
    for unit in units:
        said += [(float(m.group(1)), m.group(0)) for m in
                 re.finditer(r"(?<![0-9.-])(\d+(?:\.\d+)?)\s*" + re.escape(unit) + r"(?![a-z])", view)]
    for number, _text in said:
        for name, values in options.items():
            if name in req.wanted or any(n == name for n, _ in req.missing):
                continue
            hits = [v for v, (lo, hi, _u) in values.items() if lo <= number <= hi]
            if len(hits) == 1:
                req.wanted[name] = hits[0]
            elif not hits:
                unit = next(iter(values.values()))[2]
                req.missing.append((name, f"{number:g}{' ' + unit if unit else ''}"))
            return
