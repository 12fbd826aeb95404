"""Device models a product is made for ("iPhone 15 / 15 Pro", "Galaxy S24 Ultra"): a model the viewer names
with the same line word and another number ("iphone 13", "galaxy s23", "s23") is a clear no, never a yes
because the line word ("iphone") is in the listing's tags or name.

A model is a line word (letters, not a modifier such as "pro" / "plus") followed by a model number ("15",
"s24"); numbers after a slash or a modifier ("/ 15 Pro") belong to the last line word seen."""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.text import english_view, fold
from skills.qa.units import UNITS

# words that qualify a model rather than name a line: "15 Pro Max", "S24 Ultra"
_MODIFIERS = frozenset(["pro", "max", "plus", "mini", "ultra", "lite", "se", "fe", "edge", "neo", "and", "or",
                        "for", "with", "the", "gen", "generation", "series"])
# words before a number that are sizes, packs or money, not a device line ("UK 7", "Pack 4", "Size 10")
_NOT_A_LINE = frozenset(["uk", "us", "eu", "au", "size", "sz", "pack", "age", "pcs", "pc", "piece", "pieces",
                         "set", "no", "number", "qty", "x", "aud", "usd", "gbp", "eur", "nzd", "cad", "case",
                         "version", "v", "type", "usb", "port", "ports"])
_WORD = re.compile(r"[a-z][a-z0-9+]*|\d+(?:\.\d+)?[a-z0-9+]*")
_CODE = re.compile(r"([a-z]?)(\d{1,3})\+?")  # "15", "s24", "s24+"


def _words(text: str) -> list[str]:
    return _WORD.findall(re.sub(r"\b([a-z]{3,})(\d)", r"\1 \2", text))  # "iphone13" is "iphone 13"


def _code(word: str) -> str | None:
    m = _CODE.fullmatch(word)
    return (m.group(1) + m.group(2)) if m else None


def _line_word(word: str) -> bool:
    return word.isalpha() and len(word) >= 3 and word not in _MODIFIERS and word not in _NOT_A_LINE \
        and word not in UNITS


def models_in(text: str) -> dict[str, set[str]]:
    """Line word -> model numbers said in ``text`` ("iPhone 15 / 15 Pro" -> {"iphone": {"15"}})."""
    out: dict[str, set[str]] = {}
    words, line = _words(fold(text)), None
    for i, w in enumerate(words):
        code = _code(w)
        if code is None:
            if _line_word(w) and i + 1 < len(words) and _code(words[i + 1]) is not None:
                line = w
            elif w not in _MODIFIERS:
                line = None if _line_word(w) else line
            continue
        if line is not None:
            out.setdefault(line, set()).add(code)
    return out


def _said(text: str) -> list[tuple[str, str]]:
    """(line word, model number) pairs the question says, in order: "iphone 13", "galaxy s23"."""
    words = _words(english_view(text)) + [""]
    # "sleeve 15 inch": a measure, not a model
    return [(a, c) for a, b, nxt in zip(words, words[1:], words[2:], strict=False)
            if _line_word(a) and (c := _code(b)) and (nxt == "in" or nxt not in UNITS)]


def _bare_codes(text: str) -> list[str]:
    """Lettered model numbers said alone ("s23 version?")."""
    return [c for w in _words(english_view(text)) if (c := _code(w)) and c[0].isalpha()]


def model_missing(product: Product, text: str, wanted: dict[str, str]) -> tuple[str | None, str] | None:
    """(option name or None, the model asked) when the question names a model of a line the product is
    made for, and no value (or, with no such option, not its name) is that model."""
    from skills.qa.options import values_of
    for opt in product.option_names():
        values = values_of(product, opt)
        lines: dict[str, set[str]] = {}
        for v in values:
            for line, codes in models_in(v).items():
                lines.setdefault(line, set()).update(codes)
        if not lines:
            continue  # a value picked by another word ("pro" of "iPhone 15 / 15 Pro") is still checked
        hit = _asked_other(text, lines, " ".join(values))
        if hit:
            return opt, hit
    values = [v for opt in product.option_names() for v in values_of(product, opt)]
    # a name's number is no model when options carry numbers ("Laptop Sleeve 13-16 inch": 13", 14", 16") or the
    # name gives a range
    if any(re.search(r"\d", v) for v in values) or re.search(r"\d\s*[-–]\s*\d", product.name):
        return None
    lines = models_in(product.name)
    # "kestrel 3 person" of "Kestrel 2-Person Tent": a count of the name's own word, read by name_words
    counted = set(re.findall(r"\d-([a-z]+)", fold(product.name)))
    if counted & set(_words(english_view(text))):
        return None
    hit = _asked_other(text, lines, product.name) if lines else None
    return (None, hit) if hit else None


def _asked_other(text: str, lines: dict[str, set[str]], source: str) -> str | None:
    offered = {c for codes in lines.values() for c in codes}
    for line, code in _said(text):
        if line in lines and code not in lines[line]:
            spelt = re.search(re.escape(line), source, re.I)  # the shop's spelling: "iPhone", "Galaxy"
            return f"{spelt.group(0) if spelt else line} {code.upper()}"
    lettered = {c[0] for c in offered if c[0].isalpha()}
    for code in _bare_codes(text):
        if code[0] in lettered and code not in offered:
            return code.upper()
    return None
