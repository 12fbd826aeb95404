"""Which variant options (size, colour, or any free-form option) a question asks about.

Option values come from the product itself, so free-form options (pack sizes, flavours, age
ranges) work without a vocabulary; the generic colour and size words only serve to notice a value
the product does NOT have ("is there a yellow one?" -> "no, it comes in Blue, Orange, Purple").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.catalog import Product, Variant
from skills.qa.text import COLOURS, SIZE_WORDS, english_view, fold, stem, tokens
from skills.qa.units import UNITS

_SINGLE_OK = re.compile(r"(?:size|sz|in|a|an|any|the|no|got|have|is|for|one|there)\s*$")


# Size spellings folded to one form on both sides: a shop's "X-Large" is the viewer's "XL".
_SIZE_CANON = [(re.compile(p), c) for p, c in (
    (r"(?<![a-z0-9])(?:xxx-?large|3x-?large|3xl|3x)(?![a-z0-9])", "xxxl"),
    (r"(?<![a-z0-9])(?:xx-?large|2x-?large|2xl|2x)(?![a-z0-9])", "xxl"),
    (r"(?<![a-z0-9])(?:x-large|xlarge|extra[- ]large)(?![a-z0-9])", "xl"),
    (r"(?<![a-z0-9])(?:x-small|xsmall|extra[- ]small)(?![a-z0-9])", "xs"),
    (r"(?<![a-z0-9-])small(?![a-z0-9])", "s"), (r"(?<![a-z0-9-])medium(?![a-z0-9])", "m"),
    (r"(?<![a-z0-9-])large(?![a-z0-9])", "l"))]
_LONG_SIZE = re.compile(r"\b(?:small|medium|large)\b", re.I)


def _canon_sizes(text: str) -> str:
    for rx, canon in _SIZE_CANON:
        text = rx.sub(canon, text)
    return text


def _norm_value(value: str) -> str:
    v = fold(value).strip()
    if re.search(r"[\u3400-\u9fff]", v):
        v = english_view(v).strip()  # "白色" is said as "white" in the question's English view
    v = re.sub(r"(\d)([a-z])", r"\1 \2", _canon_sizes(re.sub(r"\s+", " ", v)))
    return "gray" if v == "grey" else v


def _view(text: str) -> str:
    view = re.sub(r"\bgrey\b", "gray", english_view(text))
    for zh, unit in (("厘米", " cm"), ("公分", " cm"), ("毫升", " ml"), ("英寸", " inch"), ("岁", " years")):
        view = view.replace(zh, unit)
    # weights after a number only (克 is also part of 巧克力)
    view = re.sub(r"(\d)\s*(?:公斤|千克)", r"\1 kg ", view)
    view = re.sub(r"(\d)\s*克", r"\1 g ", view)
    # "65cm" / "500ml" / "2pack" are said without the space the option value has
    return re.sub(r"(\d)([a-z])", r"\1 \2", _canon_sizes(view))


def _mentions(view: str, original: str, value: str) -> bool:
    """Is the option value said in the text (whole words; one-letter sizes need context)?"""
    v = _norm_value(value)
    if not v:
        return False
    for m in re.finditer(r"(?<![a-z0-9])" + re.escape(v) + r"(?![a-z0-9])", view):
        if len(v) > 1 or v.isdigit():
            return True
        after = view[m.end():m.end() + 1]
        if after in ("码", "号"):
            return True
        if re.search(r"(?<![A-Za-z0-9'])" + re.escape(v.upper()) + r"(?![A-Za-z0-9'])", original):
            return True
        if v in ("s", "m", "l") and (_SINGLE_OK.search(view[:m.start()]) or _LONG_SIZE.search(original)):
            return True
    return False


def colour_option(product: Product) -> str | None:
    for name in product.option_names():
        if "colo" in name.lower() or "颜色" in name:
            return name
    for name in product.option_names():
        if any(_norm_value(v.options.get(name, "")) in COLOURS for v in product.variants):
            return name
    return None


def size_option(product: Product) -> str | None:
    for name in product.option_names():
        if "size" in name.lower() or "尺码" in name:
            return name
    for name in product.option_names():
        vals = {_norm_value(v.options.get(name, "")) for v in product.variants}
        if vals and all(x in SIZE_WORDS or x.isdigit() for x in vals):
            return name
    return None


def values_of(product: Product, name: str) -> list[str]:
    out: list[str] = []
    for v in product.variants:
        val = v.options.get(name)
        if val and val not in out:
            out.append(val)
    return out


@dataclass
class OptionRequest:
    wanted: dict[str, str] = field(default_factory=dict)  # option name -> the product's value
    missing: list[tuple[str | None, str]] = field(default_factory=list)  # (option name, asked value) not offered

    def __bool__(self) -> bool:
        return bool(self.wanted or self.missing)

    def label(self) -> str:
        return " ".join(self.wanted.values())


def requested(product: Product, text: str) -> OptionRequest:
    view, req = _view(text), OptionRequest()
    for name in product.option_names():
        best = None
        for value in values_of(product, name):
            if _mentions(view, text, value) and (best is None or len(value) > len(best)):
                best = value
        if best is not None:
            req.wanted[name] = best
    _size_word_values(product, view, text, req)
    _numbered_values(product, view, req)
    _asked_ranges(product, view, req)
    _quantities(product, view, req)
    _distinguishing_words(product, view, req)
    # generic colours / sizes the product does not offer
    words = tokens(view)
    c_opt, s_opt = colour_option(product), size_option(product)
    offered = {_norm_value(v) for name in product.option_names() for v in values_of(product, name)}
    in_name = {stem(t) for t in tokens(fold(product.name))}  # "Tee - Heather Grey": grey is the product
    for w in dict.fromkeys(words):
        if w in COLOURS and stem(w) in in_name:
            continue
        if w in COLOURS and w not in offered and not (c_opt and c_opt in req.wanted):
            if not any(w in _norm_value(v) for v in offered):
                req.missing.append((c_opt, w.capitalize()))
        elif (w in SIZE_WORDS and w != "os" and (w not in ("s", "m", "l") or _LONG_SIZE.search(text))
              and w not in offered and not (s_opt and s_opt in req.wanted) and not _leads_value(w, req)):
            req.missing.append((s_opt, w.upper()))
    m = re.search(r"(?<![a-z0-9])(\d{2})(?:码|号|\s*(?:waist|inseam|size))", view) or re.search(r"size\s*(\d{2})\b", view)
    if m and s_opt and s_opt not in req.wanted and m.group(1) not in offered:
        req.missing.append((s_opt, m.group(1)))
    return req


# the unit without its plural "s", so "24 packs" meets "24 pack" and "50 piece" meets "32 pieces"
QUANTITY = re.compile(r"(?<![a-z0-9.])(\d+(?:\.\d+)?) ?(kg|g|mg|ml|cl|l|oz|lb|pc|pod|pack|bag|piece|cm|mm|inch)s?"
                      r"(?![a-z0-9])")


def _quantities(product: Product, view: str, req: OptionRequest) -> None:
    """A quantity said alone picks the one value that has it: "30 g" -> "30g tin"."""
    for amount, unit in QUANTITY.findall(view):
        said = f"{amount} {unit}"
        for opt in product.option_names():
            if opt in req.wanted:
                continue
            hits = [v for v in values_of(product, opt)
                    if re.search(r"(?<![a-z0-9.])" + re.escape(said) + r"s?(?![a-z0-9])", _norm_value(v))]
            if len(hits) == 1:
                req.wanted[opt] = hits[0]


LIST_ASK = re.compile(r"\b(?:what|which|wat|whats|what's|any other|list|options?|choices?|kinds?|types?)\b|哪些|什么|几种|哪几")


def asked_option(product: Product, text: str) -> str | None:
    """The option whose values are asked for by its own name: "what grind options ...", "which formats"."""
    view = fold(text)
    if not LIST_ASK.search(view):
        return None
    said = {stem(w) for w in tokens(view)}
    for name in product.option_names():
        words = {stem(w) for w in tokens(fold(name))}
        if words and words <= said and len(values_of(product, name)) > 1:
            return name
    return None


def said_values(product: Product, text: str) -> tuple[str | None, list[str]]:
    """Several values of one option said together ("black or silver?"): that option and the values."""
    view = _view(text)
    said = set(tokens(view))
    for name in product.option_names():
        values = values_of(product, name)
        hits = [v for v in values if _mentions(view, text, v) or _lead_said(v, values, view, text)
                or any(len(w) >= 3 and w in said and sum(w in set(tokens(_norm_value(o))) for o in values) == 1
                       for w in tokens(_norm_value(v)))]
        if len(hits) >= 2:
            return name, hits
    return None, []


def catalog_values(products: list[Product]) -> dict[str, set[str]]:
    """Every value each option name has anywhere in the catalog ("grind" -> Whole Bean, French Press ...)."""
    out: dict[str, set[str]] = {}
    for p in products:
        for name in p.option_names():
            out.setdefault(name.lower().strip(), set()).update(values_of(p, name))
    return out


_NUMBER_CONTEXT = re.compile(r"(?:\bin an?|\bin|\bsize|\ba|\ban|\bthe|\bsz)\s*$")


def not_offered(product: Product, text: str, vocab: dict[str, set[str]], req: OptionRequest,
                full: str | None = None) -> None:
    """Values the shop sells elsewhere under the same option name, asked of a product without them
    ("the nightjar ground for french press", "in a 30?"): recorded as missing. ``text`` is the question
    without the product's name; ``full`` the whole question (a quantity may share a word with the name:
    "trail mix snack pack, 24 pack?")."""
    view = _view(text)
    for name in product.option_names():
        if name in req.wanted or any(n == name for n, _ in req.missing):
            continue
        offered = {_norm_value(v) for v in values_of(product, name)}
        for value in sorted(vocab.get(name.lower().strip(), ()), key=len, reverse=True):
            v = _norm_value(value)
            if v in offered or not v:
                continue
            if v.isdigit():  # a bare number needs to be said as a size ("in a 30", "size 30", "30码")
                hit = any(_NUMBER_CONTEXT.search(view[:m.start()]) or view[m.end():m.end() + 1] in ("码", "号")
                          for m in re.finditer(r"(?<![a-z0-9.$€£¥])" + v + r"(?![a-z0-9.%])", view))
            else:
                hit = _mentions(view, text, value)
            if hit:
                req.missing.append((name, value))
                break
    own = {n.lower().strip() for n in product.option_names()}
    # words of its name and listing: "loose leaf" asked of a tea whose listing says loose leaf is no "no"
    name_words = set(tokens(fold(" ".join([product.name, product.description, *map(str, product.features)]))))
    # its own values under any option name: "Navy" of a "Color" option is no "no" because other products
    # spell the option "Colour"; nor are unit words ("months" of "6-12 months") a value of their own
    own_words = {w for name in product.option_names() for v in values_of(product, name) for w in tokens(_norm_value(v))}
    for opt_name, values in vocab.items():  # "rooibos in tea bags?": a format other teas have, this one not
        if opt_name in own or req.missing:
            continue
        for value in sorted(values, key=len, reverse=True):
            words = [w for w in tokens(_norm_value(value)) if not w.isdigit() and len(w) > 1]
            if not words or set(words) & name_words or all(w in SIZE_WORDS for w in words) \
                    or set(words) <= own_words or all(w in UNITS for w in words):
                continue
            phrase = r"\s*".join(re.escape(w) for w in words)
            if re.search(r"\b(?:in|as)\s+(?:an?\s+)?(?:\d+\s*)?" + phrase + r"(?![a-z0-9])", view):
                req.missing.append((None, " ".join(words)))
                break
    in_name = _view(product.name)
    for amount, unit in QUANTITY.findall(_view(full) if full else view):  # "10 g" of a product sold in 1 g and 5 g
        said = f"{amount} {unit}"
        if re.search(r"(?<![a-z0-9.])" + re.escape(said) + r"(?![a-z0-9])", in_name):
            continue  # "Gooseneck Electric Kettle 1L": the name's own quantity
        for name in product.option_names():
            vals = [_norm_value(v) for v in values_of(product, name)]
            units = {u for v in vals for _a, u in QUANTITY.findall(v)}
            if name not in req.wanted and unit in units and not any(said in v for v in vals) \
                    and all(n != name for n, _ in req.missing):
                short = unit in ("g", "kg", "mg", "ml", "cl", "l", "oz", "lb", "cm", "mm")
                req.missing.append((name, f"{amount}{unit}" if short else said))  # "500g", "24 pack"
        _name_measure_differs(product, in_name, amount, unit, req)


# one measure in base units, so "0.5 l" is the "500ml" of a name and "1 l" is not
_BASE = {"ml": ("volume", 1.0), "cl": ("volume", 10.0), "l": ("volume", 1000.0),
         "mg": ("mass", 0.001), "g": ("mass", 1.0), "kg": ("mass", 1000.0), "lb": ("mass", 453.6),
         "mm": ("length", 1.0), "cm": ("length", 10.0), "inch": ("length", 25.4)}


def _name_measure_differs(product: Product, in_name: str, amount: str, unit: str, req: OptionRequest) -> None:
    """ "is the storage jar 1l?" of "Storage Jar 500ml" with no size option: a clear no, never a yes."""
    if unit not in _BASE or req.missing or req.wanted:
        return
    if any(u in _BASE and _BASE[u][0] == _BASE[unit][0] for name in product.option_names()
           for v in values_of(product, name) for _a, u in QUANTITY.findall(_norm_value(v))):
        return  # the options carry this measure: read there
    kind, factor = _BASE[unit]
    said = float(amount) * factor
    named = [float(a) * _BASE[u][1] for a, u in QUANTITY.findall(in_name) if u in _BASE and _BASE[u][0] == kind]
    if named and all(abs(n - said) > 0.01 * max(n, said) for n in named):
        req.missing.append((None, f"{amount}{unit}"))


# "does it come in mocha?": a value asked after these words, at the end of the question
_ASKED_IN = re.compile(r"\b(?:come|comes|available|have (?:it|this|that|them|one)|get (?:it|this|one))\s+in\s+"
                       r"(?:an?\s+|the\s+)?([a-z]+(?:\s+[a-z]+)?)\s*[?!.]*\s*$")
_NOT_A_VALUE = frozenset(["size", "sizes", "colour", "colours", "color", "colors", "shade", "shades", "scent", "scents", "flavour", "flavours", "flavor", "flavors", "option", "options", "other", "others", "different", "more", "any", "stock", "store", "bigger", "smaller", "larger", "travel", "version", "versions", "variety", "varieties", "set", "sets", "pack", "packs", "bundle", "bundles", "refill", "refills", "box", "store", "person"])


def free_form_missing(product: Product, text: str, req: OptionRequest) -> None:
    """A value no free-form option offers, said as "does X come in mocha?": recorded as missing in the
    product's one free-form option (shade, scent, colour), so the answer is "no, it comes in ..."."""
    if req.wanted or req.missing:
        return
    m = _ASKED_IN.search(_view(text))
    if not m:
        return
    words = [w for w in m.group(1).split() if w not in ("and", "or")]
    listing = set(tokens(fold(" ".join([product.name, product.description, *map(str, product.features)]))))
    if not words or any(len(w) < 3 or w in _NOT_A_VALUE or w in SIZE_WORDS or w in listing for w in words):
        return
    free = [n for n in product.option_names() if n.lower() not in ("title", "size")
            and len(values_of(product, n)) > 1 and not all(re.search(r"\d", v) and not re.search(r"[a-z]{3}", v.lower())
                                                           for v in values_of(product, n))]
    if len(free) != 1:
        return
    said = {stem(w) for w in words}
    offered = {stem(t) for v in values_of(product, free[0]) for t in tokens(_norm_value(v))}
    if not said & offered:
        req.missing.append((free[0], " ".join(words)))


def _distinguishing_words(product: Product, view: str, req: OptionRequest) -> None:
    """Free-form values said in part: "the sample ski wax" picks "Sample Selling Plans Ski Wax" when
    "sample" is in that value only (and not in the product name)."""
    said = set(tokens(view))
    name = set(tokens(fold(product.name)))
    for opt in product.option_names():
        if opt in req.wanted:
            continue
        values = values_of(product, opt)
        words = {v: _with_joins(tokens(_norm_value(v))) - name for v in values}
        hits = [v for v in values if any(len(w) >= 3 and w in said and sum(w in ws for ws in words.values()) == 1
                                         for w in words[v])]
        if len(hits) == 1:
            req.wanted[opt] = hits[0]


def _with_joins(words: list[str]) -> set[str]:
    """The words of a value and their run-together pairs: "tea bags" is also said "teabags"."""
    return set(words) | {a + b for a, b in zip(words, words[1:], strict=False)}


def matching_variants(product: Product, wanted: dict[str, str]) -> list[Variant]:
    return [v for v in product.variants if all(v.options.get(k) == val for k, val in wanted.items())]


# ---------------------------------------------------------------- values said in other words
def _leads_value(word: str, req: OptionRequest) -> bool:
    """Is the size word the lead of a value already picked ("large" of "Large (40cm)")?"""
    return any(tokens(_norm_value(v))[:1] == [word] for v in req.wanted.values())


def _lead_said(value: str, values: list[str], view: str, text: str) -> bool:
    """Is the value's leading size word ("small" of "Small (20cm)") said, and no other value's lead?"""
    words = tokens(_norm_value(value))
    if len(words) < 2 or words[0] not in SIZE_WORDS:
        return False
    leads = [tokens(_norm_value(o))[:1] for o in values]
    return leads.count([words[0]]) == 1 and _mentions(view, text, words[0])


def _size_word_values(product: Product, view: str, text: str, req: OptionRequest) -> None:
    """ "the otter plush in large" picks the free-form value "Large (40cm)": a size word said that
    leads exactly one value of an option is that value, before it is read as a size code."""
    for opt in product.option_names():
        if opt in req.wanted:
            continue
        lead: dict[str, list[str]] = {}
        for value in values_of(product, opt):
            words = tokens(_norm_value(value))
            if len(words) > 1 and words[0] in SIZE_WORDS:
                lead.setdefault(words[0], []).append(value)
        for word, values in lead.items():
            if len(values) == 1 and _mentions(view, text, word):
                req.wanted[opt] = values[0]
                break


_NUMBER_SAID = re.compile(r"(?:\bsize|\bsz|\buk|\beu|\bus|\bin an?|\ba)\s*(\d{1,2}(?:\.5)?)(?![0-9.a-z%-])"
                          r"|(?<![0-9.])(\d{1,2}(?:\.5)?)\s*(?:码|号)")
_SIZE_PREFIX = re.compile(r"(?:uk|eu|us|size|sz)?")


def _numbered_values(product: Product, view: str, req: OptionRequest) -> None:
    """ "frog wellies size 7" picks "UK 7": a number said as a size is the value that is that number
    with at most a size prefix (UK, EU, US, Size). Asked after "size" and not offered: missing."""
    for m in _NUMBER_SAID.finditer(view):
        number = m.group(1) or m.group(2)
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
                req.missing.append((opt, f"size {number}"))  # "in a 44" of a shoe sold in EU 38-40
            break


_RANGE = re.compile(r"(?<![0-9.£$€])(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})(?![0-9.%])")
_RANGE_BEFORE = re.compile(r"(?:\bages?|\bsizes?|\bin|\bfor|\ban?|\bfits?|\bthe)\s*$")
_RANGE_AFTER = re.compile(r"\s*(?:y|yrs?|years?|yo|m|mo|mths?|months?)(?![a-z])")


def _ranges_in(value: str) -> list[tuple[str, str]]:
    return [(a, b) for a, b in _RANGE.findall(_norm_value(value))]


def _asked_ranges(product: Product, view: str, req: OptionRequest) -> None:
    """An age/size range said ("age 9-10", "for 3-6 years"): the value that has that range, or, when
    no value has it, missing from the option whose values are ranges, so the answer is a clear no."""
    _asked_age(product, view, req)
    for m in _RANGE.finditer(view):
        # said as a size ("age 9-10", "3-6 years"), or alone right after the name ("floral dress 8-9?")
        if not (_RANGE_BEFORE.search(view[:m.start()]) or _RANGE_AFTER.match(view[m.end():])
                or not view[:m.start()].strip()):
            continue
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
