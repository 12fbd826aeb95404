""""is the soy sauce gluten free": the word before "free" is a property asked ("gluten-free", "sugar free",
"dairy-free"), never a word naming a product, even when a product's name has it ("Latiao Spicy Gluten
Strips"). Left in, it makes the soy sauce and the gluten strips compete. Kept only when some product's name
says that very "X-free" ("Gluten-Free Oat Crackers").
"""

from __future__ import annotations

import re

from skills.qa.text import fold

_FREE_OF = re.compile(r"(?<![a-z0-9])([a-z]{3,})[- ]?free\b")


def free_of_words(question: str, names: list[str]) -> set[str]:
    """The words said right before "free" that no product's name says before "free" itself."""
    said = set(_FREE_OF.findall(fold(question)))
    if not said:  # most questions: no need to read every name of the catalog
        return set()
    named = {w for name in names if "free" in name.lower() for w in _FREE_OF.findall(fold(name))}
    return said - named
