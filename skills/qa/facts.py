"""Product facts as short sentences (features, attributes, description), and lookups in them."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.catalog import Product
from skills.qa import scoped_facts as S
from skills.qa.text import fold, split_sentences

NEGATIVE = re.compile(r"\b(?:not|no|non|never|without|don't|doesn't|isn't|unsuitable|avoid|shouldn't|can't|cannot)\b"
                      r"|不|无|非|避免|禁用|慎用")


def _value(value: Any) -> str:
    if isinstance(value, list | tuple | set):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def attribute_value(product: Product, key: str) -> str | None:
    """A structured attribute by (loose) key: 'material' finds 'material' or 'Material' or 'materials'."""
    k = key.lower()
    for name, value in product.attributes.items():
        n = str(name).lower().replace(" ", "_")
        if n in (k, k + "s", k + "_collection") and value not in (None, "", []):
            return _value(value)
    return None


def fact_lines(product: Product) -> list[str]:
    """Every fact a customer may be told about the product, one short line each; a line scoped to an option
    value other than the one asked is left out (scoped_facts)."""
    return S.visible(product, all_fact_lines(product))


def all_fact_lines(product: Product) -> list[S.FactLine]:
    """Every fact line of the listing with the option values it is about."""
    lines = [str(f).strip() for f in product.features if str(f).strip()]
    for name, value in product.attributes.items():
        if value not in (None, "", []) and not isinstance(value, bool):
            lines.append(f"{str(name).replace('_', ' ')}: {_value(value)}")
    lines.extend(split_sentences(product.description))
    if product.tags:  # shops tag facts too ("vegan", "organic")
        lines.append("tags: " + ", ".join(product.tags))
    return S.scoped(product, lines)


# Words that carry no attribute of their own: a line sharing only these with the question ("can I
# use it while pregnant?" / "Use at night only") does not answer it.
GENERIC = frozenset(["free", "use", "used", "using", "uses", "safe", "okay", "good", "work", "works", "while", "during", "suitable", "recommend", "recommended", "contain", "contains", "have", "has", "get", "put", "apply", "wear", "need", "needs", "also", "really", "still"])

# Suffixes dropped so that word forms meet: pregnant/pregnancy, scented/scent, sensitive/sensitivity.
_SUFFIXES = ("ancy", "ency", "ant", "ent", "ance", "ence", "ness", "ity", "ive", "ing", "ed", "es", "s", "y")


@lru_cache(maxsize=1 << 16)
def word_base(word: str) -> str:
    """A word without its form suffix: "pregnant" and "pregnancy" both give "pregn"."""
    kk = fold(word)
    if re.fullmatch(r"[a-z]+", kk):
        for suffix in _SUFFIXES:
            if kk.endswith(suffix) and len(kk) - len(suffix) >= 4:
                return kk[: -len(suffix)]
    return kk


def key_pattern(key: str) -> str:
    """A regex for a key and its word forms, at a word start ("pregnant" finds "pregnancy")."""
    kk = fold(key)
    if not kk[:1].isalnum():
        return re.escape(kk)
    return r"(?<![a-z0-9])" + re.escape(word_base(kk))


def find_facts(product: Product, keys: list[str], limit: int = 2, features_only: bool = False,
               all_specific: bool = False) -> list[str]:
    """Lines that mention any of the keys (case-insensitive, word start, word forms): the lines with
    the most keys first, then the shortest. A line must name a specific key, not only generic words;
    with ``all_specific`` every specific key (words the asker said: "dry skin" is not "oily skin")."""
    found: list[tuple[int, str]] = []
    every = all_fact_lines(product)
    lines = S.visible(product, S.scoped(product, [str(f) for f in product.features]) if features_only else every)
    specific = [k for k in keys if fold(k) not in GENERIC]
    for line in lines:
        low = fold(line)
        hits = sum(1 for k in keys if re.search(key_pattern(k), low))
        named = [bool(re.search(key_pattern(k), low)) for k in specific]
        if hits and (not specific or (all(named) if all_specific else any(named))):
            found.append((hits, line))
    found.sort(key=lambda x: (-x[0], len(x[1])))
    return S.present(product, [_shown_line(line, keys) for _h, line in found[:limit]], every, specific, all_specific)


def find_measure(product: Product, unit: str, keys: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Lines that give a figure in the unit ("extends to 5 m" for "how many metres?"), those that also
    name one of the keys ("water-resistant to 200 m" for "waterproof how many metres?") first."""
    figure = re.compile(r"\d(?:[\d.,]*\d)?\s*-?\s*" + unit + r"(?![a-z])")
    every = [line for line in all_fact_lines(product) if figure.search(fold(line))]
    lines = S.visible(product, every)
    lines.sort(key=lambda line: (not any(re.search(key_pattern(k), fold(line)) for k in keys), len(line)))
    return S.present(product, lines, every, [])


def _shown_line(line: str, keys: list[str]) -> str:
    """A tag line is shown as the tags that match, never as the raw "tags: ..." field."""
    if not line.lower().startswith("tags: "):
        return line
    tags = [t.strip() for t in line[6:].split(",") if t.strip()]
    hit = [t for t in tags if any(re.search(key_pattern(k), fold(t)) for k in keys)]
    return ", ".join(hit or tags)


def is_tag_line(product: Product, line: str) -> bool:
    return all(t.strip() in product.tags for t in line.split(","))


# A line that tells what to do ("Simmer with milk", "Use at night only") names things without saying the
# product has them: it is quoted, never turned into a "yes".
_INSTRUCTION = re.compile(r"^(?:use|apply|simmer|mix|pair|pairs|serve|brew|steep|store|keep|shake|rinse|wash|massage|"
                          r"layer|follow|add|try|enjoy|remove|wear|dilute|combine)\b")


def is_instruction(line: str) -> bool:
    return _INSTRUCTION.search(fold(line).strip()) is not None


def _free_of(text: str, key: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(fold(key)) + r"[- ]?free\b", fold(text)) is not None


def _denied_free(text: str, key: str) -> bool:
    """ "Contains soy and wheat: not gluten-free": the X-free said, and denied."""
    return re.search(r"\b(?:not|isn't|is not|aren't|are not|never)\s+(?:\w+\s+)?" + re.escape(fold(key)) + r"[- ]?free\b",
                     fold(text)) is not None


def is_negative(line: str, keys: list[str] | tuple[str, ...] = (), question: str = "") -> bool:
    """Does the line answer the question with no? "caffeine-free" answers "has caffeine?" with no,
    but "is it fragrance free?" with yes; "contains fragrance" answers "fragrance free?" with no."""
    low = fold(line)
    asked_free = [k for k in keys if fold(k) not in GENERIC and _free_of(question, k)]
    said_free = [k for k in keys if fold(k) not in GENERIC and _free_of(low, k)]
    if asked_free:
        if any(k in said_free for k in asked_free):
            return any(_denied_free(low, k) for k in asked_free)
        return not _says_no(low, question)  # "contains no alcohol" -> it is alcohol-free
    if said_free:
        return not all(_denied_free(low, k) for k in said_free)  # "not gluten-free" answers "has gluten?" with yes
    # only the sentences about what was asked: "Machine wash at 30°C. Do not tumble dry." answers
    # "machine washable?" with yes; the "not" belongs to the tumble dryer
    q = fold(question)
    asked = [fold(k) for k in keys if fold(k) not in GENERIC and re.search(r"\b" + re.escape(fold(k)), q)]
    parts = [part for part in re.split(r"(?<=[.;!?])\s+", low) if any(k in part for k in asked)]
    scope = " ".join(parts) if parts and len(parts) < len(re.split(r"(?<=[.;!?])\s+", low)) else low
    return _says_no(_through_asked_item(scope, asked), question)


def _through_asked_item(text: str, asked: list[str]) -> str:
    """A list up to the item that names what was asked: "sugar, non-dairy creamer" answers "has sugar?" with yes;
    the "non" belongs to a later item. A negation before the item still governs it ("not for children, pregnant
    women")."""
    items = re.split(r"\s*,\s*", text)
    at = [k for k, item in enumerate(items) if any(re.search(r"\b" + re.escape(a), item) for a in asked)]
    return ", ".join(items[: at[-1] + 1]) if at else text


def _says_no(line: str, question: str) -> bool:
    """A negation in the line, other than one the question asks about itself ("is it non slip?" /
    "Non-slip natural rubber": the "non" is part of what was asked, not a no)."""
    asked = fold(question)
    for m in NEGATIVE.finditer(line):
        after = re.match(r"[\s-]*([a-z]+)", line[m.end():])
        if after and m.group(0).isascii() and re.search(
                r"(?<![a-z])" + re.escape(m.group(0)) + r"[\s-]*" + re.escape(after.group(1)), asked):
            continue
        return True
    return False


# Countries and regions products are said to come from, for "which country is it from?" when the
# listing names the place in a sentence rather than in an "Origin:" line.
COUNTRIES = """afghanistan argentina australia austria bangladesh belgium bolivia brazil burundi cambodia cameroon
canada chile china colombia congo costa rica croatia cuba czech republic denmark dominican republic ecuador egypt
el salvador england estonia ethiopia fiji finland france georgia germany ghana greece guatemala haiti honduras hungary
iceland india indonesia iran ireland israel italy jamaica japan kenya korea laos latvia lithuania madagascar malawi
malaysia mexico morocco myanmar nepal netherlands new zealand nicaragua nigeria norway pakistan panama papua new guinea
paraguay peru philippines poland portugal romania rwanda scotland serbia slovakia slovenia south africa spain sri lanka
sweden switzerland taiwan tanzania thailand tunisia turkey uganda ukraine united kingdom united states uruguay usa
vietnam wales yemen zambia zimbabwe"""
_MULTI = ("costa rica", "czech republic", "dominican republic", "el salvador", "new zealand", "papua new guinea",
          "south africa", "sri lanka", "united kingdom", "united states")
_COUNTRY_NAMES = sorted(set(_MULTI) | {w for w in COUNTRIES.split() if w not in " ".join(_MULTI).split()}, key=len,
                        reverse=True)
_COUNTRY_ZH = ["中国", "日本", "印度", "印尼", "印度尼西亚", "越南", "泰国", "巴西", "哥伦比亚", "埃塞俄比亚", "肯尼亚", "墨西哥",
               "意大利", "法国", "德国", "西班牙", "英国", "美国", "韩国", "斯里兰卡", "马达加斯加", "秘鲁", "危地马拉"]
COUNTRY_RX = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(c) for c in _COUNTRY_NAMES) + r")(?![a-z])|"
                        + "|".join(_COUNTRY_ZH))


def origin_fact(product: Product) -> str | None:
    """The first line of the listing that names a country."""
    for line in fact_lines(product):
        if not line.lower().startswith("tags:") and COUNTRY_RX.search(fold(line)):
            return line
    return None
