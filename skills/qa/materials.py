"""What a product is made of, read from listing prose ("2.5mm band in platinum 950", "tote woven from organic
cotton canvas"), for "what metal / material / fabric / wood is it?" asked by the class, not the word.

A material word counts only where it says what the product (or a part of it) is made of: never in "restores
shine to silver and gold" (what a polishing cloth is for), "nickel free" / "no plastic" (what it is not),
"gold tone" (a colour), or a tag. A "faux" / "vegan" leather is no leather for a yes/no.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import scoped_facts as SF
from skills.qa.scoped_facts import FactLine
from skills.qa.text import fold, split_sentences

# The vocabulary by class, comma-separated (phrases are one material: "sterling silver", not "silver"). Words
# that are as often something else ("ash" grey, "pine" scent, a "tin" of tea, "felt", "jersey", "down" the
# stairs) are left out or only read in their material phrase ("goose down").
_GROUPS = {
    "metal": """platinum, white gold, rose gold, yellow gold, solid gold, gold vermeil, vermeil, gold filled,
        gold-filled, gold plated, gold-plated, sterling silver, silver plated, silver-plated, fine silver, silver,
        925 silver, titanium, stainless steel, surgical steel, steel, brass, copper, bronze, aluminium, aluminum,
        tungsten, palladium, rhodium, pewter, zinc alloy, zinc, cast iron, wrought iron, nickel, chrome, niobium,
        gold""",
    "fabric": """organic cotton, cotton, linen, merino wool, merino, wool, cashmere, alpaca, mohair, silk, satin,
        polyester, nylon, spandex, elastane, lycra, polar fleece, fleece, denim, corduroy, velvet, viscose, rayon,
        modal, lyocell, tencel, bamboo fabric, acrylic, canvas, twill, chiffon, hemp, goose down, duck down,
        gore-tex, leather, suede, faux fur, sherpa, microfibre, microfiber, neoprene, ripstop""",
    "wood": """solid oak, oak, walnut, beech, birch, maple, teak, acacia, mango wood, bamboo, rattan, cork, plywood,
        mdf, solid wood, wood, wooden""",
    "stone": """diamond, diamonds, cubic zirconia, zirconia, sapphire, ruby, emerald, onyx, pearl, pearls,
        rose quartz, quartz, amethyst, opal, turquoise, moissanite, marble, granite, slate, jade""",
}
_OTHER = """borosilicate glass, glass, ceramic, porcelain, stoneware, earthenware, terracotta, concrete, plastic,
    silicone, rubber, abs, polycarbonate, tpu, pvc, resin, memory foam, foam, latex, cardboard, paper, soy wax,
    beeswax, wax, enamel, vegan leather, faux leather, carbon fibre, carbon fiber, jute, sisal, wicker, goat hair,
    pony hair, horse hair, horsehair, squirrel hair, camel hair, sable, boar bristle, boar bristles, synthetic taklon,
    taklon, synthetic"""


def _split(text: str) -> set[str]:
    return {" ".join(w.split()) for w in text.split(",") if w.strip()}


CLASSES: dict[str, set[str]] = {cls: _split(text) for cls, text in _GROUPS.items()}
CLASSES["material"] = set().union(*CLASSES.values()) | _split(_OTHER)
# "9ct yellow gold", "18k gold", "14kt white gold": a gold by its fineness
_KARAT = r"\d{1,2}\s*(?:ct|k|kt|carat|karat)\s+(?:yellow |white |rose )?gold"

# what the question asks for: "what metal", "which fabric", "made of", "material?"
_CLASS_WORD = {"metal": "metal", "metals": "metal", "fabric": "fabric", "fabrics": "fabric", "cloth": "fabric",
               "wood": "wood", "timber": "wood", "stone": "stone", "stones": "stone", "gem": "stone",
               "gemstone": "stone", "gemstones": "stone", "material": "material", "materials": "material"}
ASK = re.compile(r"\b(?:what|which|wat|whats|what's|what is|what are)\s+(?:kind of |type of |sort of )?"
                 r"(metals?|materials?|fabrics?|cloth|wood|timber|stones?|gem(?:stone)?s?)\b"
                 r"|\b(?:made|crafted|constructed) (?:of|from|out of|with)\b|\bwhat(?:'s| is) it made\b"
                 r"|\b(metals?|materials?|fabrics?)\s*\??\s*$|^\s*(metals?|materials?|fabrics?)\b")


def asked_class(question: str) -> str | None:
    """The material class a question asks for ("what metal is the band" -> "metal"), or None."""
    m = ASK.search(fold(question))
    if m is None:
        return None
    word = next((g for g in m.groups() if g), "material")
    return _CLASS_WORD.get(word, "material")


def _pattern(cls: str) -> re.Pattern[str]:
    words = sorted(CLASSES[cls], key=len, reverse=True)
    alts = ([_KARAT] if cls in ("metal", "material") else []) + [re.escape(w) for w in words]
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alts) + r")(?![a-z0-9])")


_PATTERNS = {cls: _pattern(cls) for cls in CLASSES}
# a material word that says what the product is *not* made of, or is for, or only looks like
_NOT_MADE = re.compile(r"^[\s-]*(?:free|tone|toned|colou?r(?:ed)?|look|effect|finish|finished|sheen|friendly)\b")
_FOR_WORDS = re.compile(r"\b(?:to|for|against|than|like|unlike|no|not|non|without|cleans?|cleaning|polish(?:es|ing)?)"
                        r"[\s-]*$")
_FAUX = re.compile(r"\b(?:faux|vegan|imitation|pu|fake|synthetic|artificial)[\s-]+$")


def _own_hits(line: str, cls: str, own: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The class's materials a listing sentence says the product is made of (see the module doc)."""
    low = fold(line)
    pattern = _PATTERNS[cls]
    listed = re.compile(r"(?:" + pattern.pattern + r")\s*(?:,|\band\b|\bor\b|&|/)\s*$")
    found = []
    for m in pattern.finditer(low):
        if _NOT_MADE.match(low[m.end():]):
            continue
        packed = _PACKAGING_AFTER.match(low[m.end():])
        if packed and re.sub(r"(?:es|s)$", "", packed.group(1)) not in {re.sub(r"(?:es|s)$", "", w) for w in own}:
            continue
        before, prev = low[: m.start()], None
        while prev != before:  # "restores shine to silver and gold": the words before the whole list decide
            prev, before = before, listed.sub("", before)
        if _FOR_WORDS.search(before):
            continue
        found.append(m.group(0))
    return found


# sentences about caring for or packing the product name materials it is not made of ("on wool cycle", "oak box")
_NOT_ABOUT = re.compile(r"\bwash|\bcycle\b|\bdry ?clean|\btumble|\bcare:|\bbleach|\barrives in\b|\bpackag|\bgift box\b")
# sentences that say it outright come first
_MADE_OF = re.compile(r"\bmade (?:of|from|in|with)\b|\bcrafted\b|\bmaterials?\b|\bfabric\b|\bcomposition\b|\b\d+\s*%|"
                      r"\bsolid\b|\bpure\b")


def listing_order(p: Product, lines: list[str]) -> list[str]:
    """The description's sentences before the bullets: a listing's opening line names its main material."""
    described = set(split_sentences(p.description))
    return sorted(lines, key=lambda line: (_MADE_OF.search(fold(line)) is None, line not in described))


# what it comes in ("in a cotton drawstring bag", "oak box"), unless that is the product itself
_PACKAGING_AFTER = re.compile(r"^[\s-]*(?:[a-z-]+\s+)?(bags?|pouch(?:es)?|box(?:es)?|tins?|packaging|sacks?|wrap|bottles?"
                              r"|jars?|tubes?|containers?)\b")


def material_lines(lines: list[str], cls: str, name: str = "") -> list[tuple[str, list[str]]]:
    """(sentence, materials) for each listing sentence that says what it is made of, in the order given."""
    out = []
    own = set(re.findall(r"[a-z]+", fold(name)))
    for line in (FactLine(part, getattr(whole, "scope", {})) for whole in lines for part in SF.sentences(whole)):
        if re.match(r"(?:tags|type|category|product type):", line.lower()) or _NOT_ABOUT.search(fold(line)):
            continue  # a tag "silver" or a type "Wooden Toys" is a filter word, not a statement
        hits = _own_hits(line, cls, own)
        if hits:
            out.append((line, hits))
    return out


def asked_materials(question: str, name: str) -> list[str]:
    """Materials a yes/no question names that the product's name does not ("is the tote leather?")."""
    q, own = fold(question), fold(name)
    return [m.group(0) for m in _PATTERNS["material"].finditer(q) if not _NOT_MADE.match(q[m.end():])
            and not re.search(r"(?<![a-z])" + re.escape(m.group(0)) + r"(?![a-z])", own)]


def has_material(line: str, material: str) -> bool:
    """Does the sentence say the product is made of this material, not a faux one ("vegan leather")?"""
    low = fold(line)
    for m in re.finditer(r"(?<![a-z])" + re.escape(fold(material)) + r"(?![a-z])", low):
        if not _FAUX.search(low[: m.start()]) and not _NOT_MADE.match(low[m.end():]):
            return True
    return False
