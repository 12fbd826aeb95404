"""Option values said in other words than the shop's: a size word leading a free-form value ("large" ->
"Large (40cm)"), a size by number ("size 7" -> "UK 7"), an age or size range ("age 9-10", "3-6 years"), a
single age ("for a 5 year old", "4 month old"), and a measure the name has in another amount ("is the 500ml
jar 1l?"). Each either picks the product's value or records a clear "no" (missing), never a silent pass.
Called from ``options.requested`` / ``options.not_offered``.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.options import QUANTITY, OptionRequest, _mentions, _norm_value, values_of
from skills.qa.text import SIZE_WORDS, english_view, fold, tokens
from skills.qa.units import UNITS

# one measure in base units, so "0.5 l" is the "500ml" of a name and "1 l" is not
_BASE = {"ml": ("volume", 1.0), "cl": ("volume", 10.0), "l": ("volume", 1000.0),
         "mg": ("mass", 0.001), "g": ("mass", 1.0), "kg": ("mass", 1000.0), "lb": ("mass", 453.6),
         "mm": ("length", 1.0), "cm": ("length", 10.0), "m": ("length", 1000.0), "inch": ("length", 25.4),
         "pack": ("pack", 1.0), "piece": ("piece", 1.0), "pc": ("piece", 1.0), "roll": ("roll", 1.0)}


# measures in any unit a name may carry ("65W", "20000mAh", "1L"); ages and the preposition "in" are read elsewhere
_AGE_UNITS = frozenset(["years", "year", "yrs", "yr", "yo", "y", "months", "month", "mths", "mo", "in"])
_MEASURE = re.compile(r"(?<![a-z0-9.])(\d+(?:\.\d+)?) ?(" + "|".join(sorted(set(UNITS) - _AGE_UNITS, key=len, reverse=True))
                      + r")(?![a-z0-9])")
_PLURAL = {"inches": "inch", "pieces": "piece", "pcs": "pc", "lbs": "lb", "ltr": "l", "pk": "pack"}


def _measures(view: str) -> list[tuple[float, str, str]]:
    """(amount in base units, kind, as said) of every measure in the (split) text."""
    out = []
    for amount, unit in _MEASURE.findall(view):
        unit = _PLURAL.get(unit, unit)
        kind, factor = _BASE.get(unit, (unit, 1.0))
        out.append((float(amount) * factor, kind, f"{amount}{unit}" if len(unit) <= 3 else f"{amount} {unit}"))
    return out


def name_measure_said(product: Product, text: str) -> str | None:
    """ "is the kettle 1 litre?" of "Gooseneck Electric Kettle 1L": the name's own measure, said in any unit
    of its kind; None when no measure said is the name's."""
    named = _measures(english_view(product.name))
    for amount, kind, _shown in _measures(english_view(text)):
        for n_amount, n_kind, n_shown in named:
            if n_kind == kind and abs(n_amount - amount) <= 1e-6 * max(1.0, amount):
                return n_shown
    return None


def name_measures_differ(product: Product, view: str, req: OptionRequest) -> None:
    """ "is the storage jar 1l?" of "Storage Jar 500ml", "the 100w charger" of "65W GaN Charger": a measure of
    a kind the name has, in another amount, and no option carrying that kind: a clear no, never a yes."""
    if req.missing or req.wanted:
        return
    named = _measures(english_view(product.name))
    if not named:
        return
    offered = {kind for name in product.option_names() for v in values_of(product, name)
               for _a, kind, _s in _measures(english_view(v))}
    for amount, kind, shown in _measures(view):
        same = [n for n, k, _s in named if k == kind]
        if same and kind not in offered and all(abs(n - amount) > 0.01 * max(n, amount) for n in same):
            req.missing.append((None, shown))
            return
    # "trailhead 55 backpack?" of "Trailhead 45L Hiking Backpack": a bare number after the name word the
    # name's measure follows is that measure asked in another amount
    units = "|".join(sorted(set(UNITS) - _AGE_UNITS, key=len, reverse=True))
    after = {w: (a, u) for w, a, u in re.findall(r"([a-z]{3,}) (\d+(?:\.\d+)?) ?(" + units + r")(?![a-z0-9])",
                                                  english_view(product.name))}
    for w, a in re.findall(r"([a-z]{3,}) (\d+(?:\.\d+)?)(?![\d.])(?! ?(?:" + units + _MONEY_AFTER + r")\b)", view):
        if w in after and float(a) not in {float(x) for x in re.findall(r"\d+(?:\.\d+)?", english_view(product.name))} \
                and _BASE.get(after[w][1], (after[w][1], 1.0))[0] \
                not in offered:
            req.missing.append((None, f"{a}{after[w][1]}"))
            return
    _bare_number_of_the_measure(product, view, req, units)


def _bare_number_of_the_measure(product: Product, view: str, req: OptionRequest, units: str) -> None:
    """ "travel charger 65 price" of "45W Travel Charger", "power bank 20000" of "26800mAh Power Bank": a bare
    number of as many digits as the name's one measure, said of a name with no range nor any option number, is
    that measure in another amount: a clear no, never the other product's price."""
    name = english_view(product.name)
    measures = re.findall(r"(?<![\d.])(\d+(?:\.\d+)?) ?(" + units + r")(?![a-z0-9])", name)
    options = " ".join(v for n in product.option_names() for v in values_of(product, n))
    if len(measures) != 1 or re.search(r"\d\s*[-–]\s*\d", product.name) or re.search(r"\d", options):
        return
    amount, unit = measures[0]
    for m in re.finditer(r"(?<![\d.$€£¥])(\d{2,})(?![\d.])(?! ?(?:" + units + _MONEY_AFTER + r"|%)\b)", view):
        said = m.group(1)
        before = view[:m.start()].split()[-1:] or [""]
        if before[0] in ("under", "over", "below", "above", "than", "for", "x") or len(said) != len(amount.split(".")[0]):
            continue
        if float(said) not in {float(x) for x in re.findall(r"\d+(?:\.\d+)?", name)}:
            req.missing.append((None, f"{said}{unit}"))
            return


_MONEY_AFTER = "|dollars?|bucks|quid|euros?|pounds?|aud|usd|eur|gbp|nzd|cad"


def quantity_values(values: list[str], view: str) -> set[str]:
    """Values named by a quantity said ("30g or 100g" -> "30g tin", "100g pouch"), each by one only."""
    out: set[str] = set()
    for amount, unit in QUANTITY.findall(view):
        said = re.compile(r"(?<![a-z0-9.])" + re.escape(f"{amount} {unit}") + r"(?:es|s)?(?![a-z0-9])")
        hits = [v for v in values if said.search(_norm_value(v))]
        if len(hits) == 1:
            out.add(hits[0])
    # "60 or 100?" of 32/60/100 pieces: bare numbers, when every value has exactly one
    numbered = {v: re.findall(r"\d+(?:\.\d+)?", _norm_value(v)) for v in values}
    if all(len(n) == 1 for n in numbered.values()):
        for number in re.findall(r"(?<![\d.£$€])(\d+(?:\.\d+)?)(?![\d.%])", view):
            hits = [v for v, n in numbered.items() if n == [number]]
            if len(hits) == 1:
                out.add(hits[0])
    return out


_SIZE_IN_VALUE = re.compile(r"(?<!\d )(?<![\da-z])(" + "|".join(sorted(SIZE_WORDS, key=len, reverse=True)) + r")(?![a-z0-9])")


def _size_words(value: str) -> set[str]:
    """Size codes inside a free-form value ("Large (40cm)" -> {"l"}, "Dog Bed - Small" -> {"s"}), never a
    unit after a number ("12-18m" is months, not M); a bare code ("L") is not free-form and reads elsewhere."""
    norm = _norm_value(value)
    return set(_SIZE_IN_VALUE.findall(norm)) if len(tokens(norm)) > 1 else set()


def leads_value(word: str, req: OptionRequest) -> bool:
    """Is the size word part of a value already picked ("large" of "Large (40cm)")?"""
    return any(word in _size_words(v) for v in req.wanted.values())


def lead_said(value: str, values: list[str], view: str, text: str) -> bool:
    """Is a size word of the value ("small" of "Small (20cm)") said, and in no other value?"""
    return any(sum(w in _size_words(o) for o in values) == 1 and _mentions(view, text, w) for w in _size_words(value))


def size_word_values(product: Product, view: str, text: str, req: OptionRequest) -> None:
    """ "the otter plush in large" picks the free-form value "Large (40cm)": a size word said that is in
    exactly one value of an option is that value, before it is read as a size code."""
    for opt in product.option_names():
        if opt in req.wanted:
            continue
        values = values_of(product, opt)
        hits = [v for v in values if lead_said(v, values, view, text)]
        if len(hits) == 1:
            req.wanted[opt] = hits[0]


# a plain "in 38" too ("does X come in 38?", "in 38 black?"), unless a unit, time or count follows ("in 2 days")
_NOT_A_SIZE_AFTER = (r"(?!\s*(?:x\b|×|%|(?:" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")\b|days?|weeks?|hours?|hrs?"
                     r"|minutes?|mins?|seconds?|secs?|colou?rs?|sizes?|styles?|designs?|versions?|options?|variants?"
                     r"|shades?|flavou?rs?|packs?|units?|items?|people|persons?|pairs?|sets?|more|of\b))")
_NUMBER_SAID = re.compile(r"(?:\bsize|\bsz|\buk|\beu|\bus|\bin an?|\ba)\s*(\d{1,2}(?:\.5)?)(?![0-9.a-z%-])"
                          r"|(?<![0-9.])(\d{1,2}(?:\.5)?)\s*(?:码|号)"
                          r"|\bin\s+(\d{1,2}(?:\.5)?)(?![0-9.a-z%°-])" + _NOT_A_SIZE_AFTER)
_SIZE_PREFIX = re.compile(r"(?:uk|eu|us|size|sz)?")


def numbered_values(product: Product, view: str, req: OptionRequest) -> None:
    """ "frog wellies size 7" picks "UK 7": a number said as a size is the value that is that number
    with at most a size prefix (UK, EU, US, Size). Asked after "size" and not offered: missing."""
    for m in _NUMBER_SAID.finditer(view):
        number = m.group(1) or m.group(2) or m.group(3)
        for opt in product.option_names():
            if opt in req.wanted:
                continue
            sized = [v for v in values_of(product, opt) if _SIZE_PREFIX.fullmatch(
                re.sub(r"[\s\d.]+", "", _norm_value(v)))]
            if not sized:
                continue
            hits = [v for v in sized if re.findall(r"\d+(?:\.\d+)?", _norm_value(v)) == [number]]
            if len(hits) == 1:
                req.wanted[opt] = hits[0]
            elif not hits and (re.match(r"(?:size|sz|uk|eu|us)\b", m.group(0)) or len(sized) == len(values_of(product, opt))) \
                    and all(n != opt for n, _ in req.missing):
                plain = all(_norm_value(v).replace(".", "").isdigit() for v in sized)  # sizes 28, 29: "30"
                req.missing.append((opt, number if plain else f"size {number}"))  # "in a 44" of EU 38-40
            break
        else:  # "does the jacket come in 38?" / "in size 8" / "uk 10" of a jacket sized XS-XL: no size is that number
            prefix = re.match(r"(size|sz|uk|eu|us)\b", m.group(0))
            said = m.group(3) or (m.group(1) if prefix and prefix.group(1) in ("size", "sz") else
                                  f"{prefix.group(1).upper()} {m.group(1)}" if prefix else None)
            _number_of_letter_sizes(product, said, req)


def _number_of_letter_sizes(product: Product, number: str | None, req: OptionRequest) -> None:
    from skills.qa.options import size_option
    opt = size_option(product)
    if number and opt and opt not in req.wanted and all(n != opt for n, _ in req.missing) \
            and not any(re.search(r"\d", v) for v in values_of(product, opt)):
        req.missing.append((opt, number))


def numbered_labels(product: Product, view: str, req: OptionRequest) -> None:
    """ "foundation shade 04", "in 07": an option whose values are numbered labels ("04 Honey", "13 Light")
    is asked by the number after its name (or "in"); no value with that number: missing."""
    for opt in product.option_names():
        values = values_of(product, opt)
        if opt in req.wanted or len(values) < 2:
            continue
        numbered: dict[str, int] = {}
        for v in values:
            nums = re.findall(r"\d+", _norm_value(v))
            if len(nums) == 1 and re.match(r"\d+\s+[a-z]", _norm_value(v)):
                numbered[v] = int(nums[0])
        if len(numbered) != len(values):
            continue
        by_name = "|".join(re.escape(w) for w in tokens(fold(opt)) if len(w) > 2) or "(?!)"
        m = re.search(r"\b(?:" + by_name + r"|no|number)\s*#?\s*(\d{1,3})(?![\d.%])", view) or re.search(
            r"(?:\bin|#)\s*(\d{1,3})(?![\d.%])(?=\s*(?:$|[?!.,]|(?:in stock|available|left|still|please|pls|price)\b))",
            view)
        if not m:
            continue
        hits = [v for v, k in numbered.items() if k == int(m.group(1))]
        if len(hits) == 1:
            req.wanted[opt] = hits[0]
        elif not hits and all(n != opt for n, _ in req.missing):
            req.missing.append((opt, m.group(1)))
        return


# a range of two small numbers, not of money ("40-50 quid", "£10-20")
_RANGE = re.compile(r"(?<![0-9.£$€])(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})(?![0-9.%])"
                    r"(?!\s*(?:pounds?|quid|dollars?|bucks|euros?|gbp|usd|eur|p\b|k\b|days?|weeks?|hours?|hrs?"
                    r"|min(?:ute)?s?|working|business|times|people|persons?))")
_RANGE_AFTER = re.compile(r"\s*(?:y|yrs?|years?|yo|m|mo|mths?|months?)(?![a-z])")


def _ranges_in(value: str) -> list[tuple[str, str]]:
    return [(a, b) for a, b in _RANGE.findall(_norm_value(value))]


def asked_ranges(product: Product, view: str, req: OptionRequest) -> None:
    """An age/size range said ("age 9-10", "for 3-6 years"): the value that has that range, or, when
    no value has it, missing from the option whose values are ranges, so the answer is a clear no."""
    _asked_age(product, view, req)
    for m in _RANGE.finditer(view):
        # "age 9-10", "3-6 years", "floral dress 8-9?", "palm green 4-5": of a product sold in ranges, a
        # range (not of money or time, see _RANGE) is the value that has it, or a clear no
        asked = m.groups()
        ranged = [opt for opt in product.option_names() if any(_ranges_in(v) for v in values_of(product, opt))]
        if not ranged or any(opt in req.wanted for opt in ranged) or req.missing:
            continue
        for opt in ranged:
            hits = [v for v in values_of(product, opt) if asked in _ranges_in(v)]
            if hits:
                if len(hits) == 1:
                    req.wanted[opt] = hits[0]
                break
        else:
            named = [opt for opt in ranged if set(tokens(fold(opt))) & set(tokens(view))]
            target = named[0] if len(named) == 1 else ranged[0] if len(ranged) == 1 else None
            if target is not None:
                unit = _RANGE_AFTER.match(view[m.end():])
                req.missing.append((target, m.group(0) + (unit.group(0) if unit else "")))


_MONTHS_SAID = re.compile(r"(?<![\d.-])(\d{1,2})\s*(?:mo|mths?|months?)(?![a-z])")
_AGE_SAID = re.compile(r"(?:\bage[sd]?\s*|\bfor an?\s*)(\d{1,2})(?![\d.-])(?:\s*(?:y|yrs?|years?)\b)?"
                       r"|(?<![\d.-])(\d{1,2})\s*(?:y|yrs?|years?)\s*old\b|(?<![\d.-])(\d{1,2})\s*yo\b")
_SPAN = r"(?<![\d.])(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*"
_AGE_RANGE = {"years": re.compile(_SPAN + r"(?:y|yrs?|years?)(?![a-z])"),
              "months": re.compile(_SPAN + r"(?:m|mo|mths?|months?)(?![a-z])")}


def _asked_age(product: Product, view: str, req: OptionRequest) -> None:
    """ "for a 5 year old", "age 6", "in 12 months": the value whose age range (in the same unit) holds it;
    none holds it: missing. Several hold it ("12" of 6-12 and 12-18 months): left to the question."""
    months = _MONTHS_SAID.search(view)
    m = months or _AGE_SAID.search(view)
    if not m or req.missing:
        return
    age, unit = int(next(g for g in m.groups() if g)), ("months" if months else "years")
    for opt in product.option_names():
        if opt in req.wanted:
            continue
        spans = {v: [(int(a), int(b)) for a, b in _AGE_RANGE[unit].findall(_norm_value(v))] for v in values_of(product, opt)}
        if not any(spans.values()):
            continue
        hits = [v for v, rs in spans.items() if any(a <= age <= b for a, b in rs)]
        if len(hits) == 1:
            req.wanted[opt] = hits[0]
        elif not hits and all(spans.values()):
            req.missing.append((opt, f"age {age}" if unit == "years" else f"{age} months"))
        return
