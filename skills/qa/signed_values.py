"""Option values that are a signed or degree measure: a sleeping bag's "-5°C" / "-12°C", a wax's "+2°C",
a tent's "-20°F". Chat says them loosely: "the -12 one", "minus 12", "-12c", "12 degree", "-12°".

- A number said with its sign ("-12", "minus 12") picks the value with that sign and figure; said with a degree
  word or mark but no sign ("12 degree", "12°") it picks the one value with that figure, if only one has it.
- A signed number no value has ("is there a -20 version?") is a clear "no" (missing), never a silent pass.
- The number, its sign word and a glued unit letter are no product-name words (``tokens_said``), so "how much
  is the -12 one?" is about the pinned product, not about a "Daypack 12L".

A bare number with neither sign nor degree ("the 12 one") is left alone: it may be anything.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.options import OptionRequest, values_of
from skills.qa.text import fold

_SIGNS = {"-": -1, "−": -1, "–": -1, "minus": -1, "+": 1, "plus": 1}
_DEGREE = r"(?:°\s*[cf]?|degrees?(?:\s+(?:c|f|celsius|fahrenheit)\b)?|deg\b|celsius\b|fahrenheit\b)"
# one value: "-12°C", "+5 °C", "-20°F", "0°C", "-5 degrees"
_VALUE = re.compile(r"^\s*([+\-−–]?)\s*(\d+(?:[.,]\d+)?)\s*(" + _DEGREE + r")?\s*$")
# said in chat: a sign glued to the number (not a hyphen inside a word or range: "2-person", "8-9") or a sign
# word, then an optional degree word/mark or a unit letter glued on ("-12c")
_SAID = re.compile(r"(?:(?<![\w.])([+\-−–])\s?|\b(minus|plus)\s+|(?<![\w.\-−–+]))(\d+(?:\.\d+)?)(?![\d.])"
                   r"(?:\s*(" + _DEGREE + r")|\s?([cf])\b)?")


def _parse_value(value: str) -> tuple[float, bool] | None:
    """(signed figure, a sign or degree written) of a value like "-12°C", or None."""
    m = _VALUE.match(fold(value))
    if not m:
        return None
    sign = -1.0 if m.group(1) in ("-", "−", "–") else 1.0
    return sign * float(m.group(2).replace(",", ".")), bool(m.group(1) or m.group(3))


def signed_options(product: Product) -> dict[str, dict[str, float]]:
    """Options whose every value is a figure and some carry a sign or degree: name -> {value: figure}."""
    out: dict[str, dict[str, float]] = {}
    for name in product.option_names():
        parsed = {v: _parse_value(v) for v in values_of(product, name)}
        if len(parsed) >= 1 and all(parsed.values()) and any(p[1] for p in parsed.values() if p):
            out[name] = {v: p[0] for v, p in parsed.items() if p}
    return out


def _mentions(view: str) -> list[tuple[float, bool, bool, str]]:
    """(figure, sign said, degree said, as said) for every signed or degree number in the text."""
    out = []
    for m in _SAID.finditer(fold(view)):
        sign_text = m.group(1) or m.group(2)
        degree = bool(m.group(4)) or bool(m.group(5) and sign_text)  # "34c" alone is a cup size, "-12c" a rating
        if not sign_text and not degree:
            continue
        figure = float(m.group(3)) * (_SIGNS.get(sign_text, 1) if sign_text else 1)
        out.append((figure, bool(sign_text), degree, m.group(0).strip()))
    return out


def pick_signed(product: Product, view: str, req: OptionRequest) -> None:
    """ "how much is the -12 one?" of a sleeping bag rated -5°C / -12°C: that value; "-20?": missing."""
    options = signed_options(product)
    if not options:
        return
    for figure, signed, _degree, said in _mentions(view):
        for name, values in options.items():
            if name in req.wanted or any(n == name for n, _ in req.missing):
                continue
            if signed:
                hits = [v for v, f in values.items() if abs(f - figure) < 1e-9]
            else:  # "12 degree": the one value with that figure, whatever its sign
                hits = [v for v, f in values.items() if abs(abs(f) - abs(figure)) < 1e-9]
            if len(hits) == 1:
                req.wanted[name] = hits[0]
            elif not hits and signed:
                unit = _unit_of(list(values))
                req.missing.append((name, f"{'-' if figure < 0 else '+' if said[0] in '+p' else ''}"
                                          f"{abs(figure):g}{unit}"))
            break


def _unit_of(values: list[str]) -> str:
    """The degree unit the values are written in ("°C"), to show an asked value the same way."""
    for v in values:
        m = re.search(r"°\s*[CFcf]", v)
        if m:
            return m.group(0).replace(" ", "").upper()
    return ""


def tokens_said(view: str) -> set[str]:
    """Words of signed/degree numbers said ("minus", "12", "12c", "c", "degrees"): they ask for an option
    value, never name a product."""
    out: set[str] = set()
    for m in _SAID.finditer(fold(view)):
        signed = bool(m.group(1) or m.group(2))
        if not (signed or m.group(4)):
            continue
        out.update(re.findall(r"[a-z0-9]+(?:\.[a-z0-9]+)*", m.group(0)))
        if m.group(5) and signed:  # "-12c" is one token as typed
            out.add(m.group(3) + m.group(5))
    return out
