"""Letter sizes: UK ring sizes run A to Z ("Ring Size: J, L, N, P"). A letter said as a size ("size R",
"R码", "in R?") picks the value with that letter, or records it as missing so the answer is a clear
"No, it comes in J, L, N and P". Ordinary one-letter words ("a", "I") are never read as sizes: a letter
counts only after "size"/"uk", before 码/号, or alone at the end after "in" (upper case unless a/i-free).
Called from ``options.requested``.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.options import OptionRequest, _norm_value, values_of

# a value that is one letter, maybe after a size prefix ("J", "Size K", "UK M")
_LETTER_VALUE = re.compile(r"(?:(?:ring\s+)?size\s+|uk\s+)?([a-z])")
_SAID = (
    re.compile(r"\b(?:size|sz|uk)(?:\s+|\s*[:#]\s*)([A-Za-z])(?![A-Za-z0-9'’])"),  # "size R", "uk r"
    re.compile(r"(?<![A-Za-z])([A-Za-z])\s*(?:码|号)"),  # "R码", "R号"
    re.compile(r"\bin\s+(?:an?\s+)?([A-Za-z])\s*[?!.]*\s*$"),  # "does it come in R?"
)
_APPAREL = frozenset("sml")  # S / M / L alone are clothing sizes, read elsewhere


def _letter_option(product: Product) -> tuple[str, dict[str, str]] | None:
    """The option whose values are all single letters (not just S/M/L): its letter -> value map."""
    for opt in product.option_names():
        values = values_of(product, opt)
        letters: dict[str, str] = {}
        for v in values:
            m = _LETTER_VALUE.fullmatch(_norm_value(v))
            if not m:
                break
            letters[m.group(1)] = v
        else:
            if len(letters) >= 2 and set(letters) - _APPAREL:
                return opt, letters
    return None


def _said_letter(text: str) -> str | None:
    for pattern in _SAID:
        for m in pattern.finditer(text):
            letter = m.group(1)
            if letter.lower() in ("a", "i") and not (letter.isupper() and pattern is not _SAID[2]):
                continue  # "size a ring", "in a" / "in I"
            return letter.lower()
    return None


def letter_sizes(product: Product, text: str, req: OptionRequest) -> None:
    found = _letter_option(product)
    if not found:
        return
    opt, letters = found
    if opt in req.wanted or any(n == opt for n, _ in req.missing):
        return
    letter = _said_letter(text)
    if letter is None:
        return
    if letter in letters:
        req.wanted[opt] = letters[letter]
    else:
        req.missing.append((opt, f"size {letter.upper()}"))
