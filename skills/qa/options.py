"""Which variant options (size, colour, or any free-form option) a question asks about.

Option values come from the product itself, so free-form options (pack sizes, flavours, age
ranges) work without a vocabulary; the generic colour and size words only serve to notice a value
the product does NOT have ("is there a yellow one?" -> "no, it comes in Blue, Orange, Purple").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.catalog import Product, Variant
from skills.qa.text import COLOURS, SIZE_WORDS, english_view, fold, stem, tokens, zh_alternates
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
    v = re.sub(r"(\d)\s*(?:\"|''|”|″)", r"\1 inch", v)  # '14"' is said "14 inch" (the question's view reads it so)
    v = re.sub(r"(\d)([a-z])", r"\1 \2", _canon_sizes(re.sub(r"\s+", " ", v)))
    # "4-pack" is said "4 pack" (the question's view reads the hyphen as a space), "3-in-1" stays whole
    v = re.sub(r"(?<![a-z0-9-])(\d+(?:\.\d+)?)-(?=[a-z]+(?![a-z0-9-]))", r"\1 ", v)
    return "gray" if v == "grey" else v


def _view(text: str) -> str:
    view = re.sub(r"\bgrey\b", "gray", english_view(text))
    alts = zh_alternates(text) if re.search(r"[\u3400-\u9fff]", text) else {}
    if alts:  # "双人" is "two person" or "double": either may be the value ("Double")
        view += " ; " + " ; ".join(a for others in alts.values() for a in others)
    for zh, unit in (("厘米", " cm"), ("公分", " cm"), ("毫升", " ml"), ("英寸", " inch"), ("岁", " years")):
        view = view.replace(zh, unit)
    # weights after a number only (克 is also part of 巧克力)
    view = re.sub(r"(\d)\s*(?:公斤|千克)", r"\1 kg ", view)
    view = re.sub(r"(\d)\s*克", r"\1 g ", view)
    view = re.sub(r"(\d)\s*米(?!色)", r"\1 m ", view)  # "3米" is 3 m (厘米 is read above; 米色 is beige)
    # "65cm" / "500ml" / "2pack" are said without the space the option value has, and "iphone15" too
    view = re.sub(r"\b([a-z]{3,})(\d)", r"\1 \2", view)
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
        if v in ("s", "m", "l") and (_SINGLE_OK.search(view[:m.start()]) or _LONG_SIZE.search(original)
                                     or _LONG_SIZE.search(english_view(original))):  # "小号" is said "small"
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
    from skills.qa.option_phrases import asked_ranges, numbered_labels, numbered_values, size_word_values
    size_word_values(product, view, text, req)
    numbered_values(product, view, req)
    from skills.qa.letter_sizes import letter_sizes
    letter_sizes(product, text, req)  # "size R" of UK ring sizes J-P
    numbered_labels(product, view, req)
    asked_ranges(product, view, req)
    from skills.qa.signed_values import pick_signed
    pick_signed(product, view, req)  # "the -12 one" of "-5°C" / "-12°C"
    from skills.qa.range_values import number_in_ranges
    number_in_ranges(product, view, req)  # "socks in 40" of 35-38 / 39-42 / 43-46
    from skills.qa.bare_numbers import bare_number
    bare_number(product, view, req)  # "zeppelin yoga pant 38 in stock?" of waist sizes 32-36
    _quantities(product, view, req)
    _distinguishing_words(product, view, req)
    # generic colours / sizes the product does not offer
    words = tokens(view)
    c_opt, s_opt = colour_option(product), size_option(product)
    from skills.qa.option_phrases import leads_value
    offered = {_norm_value(v) for name in product.option_names() for v in values_of(product, name)}
    in_name = {stem(t) for t in tokens(fold(product.name))}  # "Tee - Heather Grey": grey is the product
    listing = " ".join(tokens(english_view(" ".join([product.name, product.category, *product.tags,
                                                         *map(str, product.features), product.description]))))
    # "black tea", "green tea": a colour the listing itself puts before the next word names a kind, not a colour
    kinds_said = {w for w, nxt in zip(words, words[1:], strict=False) if f" {w} {nxt} " in f" {listing} "}
    for w in dict.fromkeys(words):
        if w in COLOURS and (stem(w) in in_name or w in kinds_said):
            continue
        if w in COLOURS and w not in offered and not (c_opt and c_opt in req.wanted):
            if not any(w in _norm_value(v) for v in offered):
                req.missing.append((c_opt, w.capitalize()))
        elif (w in SIZE_WORDS and w != "os" and (w not in ("s", "m", "l") or _LONG_SIZE.search(text))
              and w not in offered and not (s_opt and s_opt in req.wanted) and not leads_value(w, req)):
            req.missing.append((s_opt, w.upper()))
    m = re.search(r"(?<![a-z0-9])(\d{2})(?:码|号|\s*(?:waist|inseam|size))", view) or re.search(r"size\s*(\d{2})\b", view)
    sizes = values_of(product, s_opt) if s_opt else []
    if not m and sizes and all(v.isdigit() and len(v) == 2 for v in sizes):
        # "does the track pant come in 38?": sizes are two-digit numbers, so a bare one after "in" / "a" is a size
        m = re.search(r"\b(?:in|a|an|size|sz)\s+(\d{2})(?![\d.%a-z])", view)
    if m and s_opt and s_opt not in req.wanted and m.group(1) not in offered:
        req.missing.append((s_opt, m.group(1)))
    return req


# the unit without its plural "s", so "24 packs" meets "24 pack" and "50 piece" meets "32 pieces"
QUANTITY = re.compile(r"(?<![a-z0-9.])(\d+(?:\.\d+)?) ?(kg|g|mg|ml|cl|l|oz|lb|pc|pod|pack|bag|piece|roll|cm|mm|m|inch"
                      r"|box|tin|jar|can|bottle|pouch|sachet|packet|tub|carton|case|tray|stick)(?:es|s)?(?![a-z0-9])")


def _quantities(product: Product, view: str, req: OptionRequest) -> None:
    """A quantity said alone picks the one value that has it: "30 g" -> "30g tin"."""
    for amount, unit in QUANTITY.findall(view):
        said = f"{amount} {unit}"
        for opt in product.option_names():
            if opt in req.wanted:
                continue
            hits = [v for v in values_of(product, opt)
                    if re.search(r"(?<![a-z0-9.])" + re.escape(said) + r"(?:es|s)?(?![a-z0-9])", _norm_value(v))]
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
    from skills.qa.option_phrases import lead_said, quantity_values
    view = _view(text)
    said = set(tokens(view))
    for name in product.option_names():
        values = values_of(product, name)
        by_quantity = quantity_values(values, view)
        # a word of one value only, in any number ("box" is in "1 box" and "3 boxes" alike: it picks neither)
        hits = [v for v in values if _mentions(view, text, v) or lead_said(v, values, view, text) or v in by_quantity
                or any(len(w) >= 3 and w in said and sum(stem(w) in _stems(o) for o in values) == 1
                       for w in tokens(_norm_value(v)))]  # "3 box": not "1 box" as well as "3 boxes"
        if len(hits) >= 2:
            return name, hits
    return None, []


def _stems(value: str) -> set[str]:
    return {stem(t) for t in tokens(_norm_value(value))}


def catalog_values(products: list[Product]) -> dict[str, set[str]]:
    """Every value each option name has anywhere in the catalog ("grind" -> Whole Bean, French Press ...)."""
    out: dict[str, set[str]] = {}
    for p in products:
        for name in p.option_names():
            out.setdefault(name.lower().strip(), set()).update(values_of(p, name))
    return out


_NUMBER_CONTEXT = re.compile(r"(?:\bin an?|\bin|\bsize|\ba|\ban|\bthe|\bsz)\s*$")


_SIZE_PREFIX_WORDS = frozenset(["size", "sizes", "ring", "uk", "eu", "us"])


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
                    or set(words) <= own_words or all(w in UNITS for w in words) \
                    or set(words) <= _SIZE_PREFIX_WORDS:  # "Size F" of another ring: its letter is read elsewhere
                continue
            phrase = r"\s*".join(re.escape(w) for w in words)
            if re.search(r"\b(?:in|as)\s+(?:an?\s+)?(?:\d+\s*)?" + phrase + r"(?![a-z0-9])", view):
                req.missing.append((None, " ".join(words)))
                break
    from skills.qa.model_values import model_missing  # "iphone 13" of a case made for iPhone 14 / 15
    if not req.missing:
        model = model_missing(product, full if full is not None else text, req.wanted)
        if model:  # "iphone 12 pro?": not the "iPhone 15 / 15 Pro" its "pro" picked
            req.missing.append(model)
            if model[0] is not None:
                req.wanted.pop(model[0], None)
    from skills.qa.option_phrases import name_measures_differ
    from skills.qa.range_values import within_ranges  # "120 cm" of a pole that adjusts 100-125 cm is no "no"
    name_measures_differ(product, _view(full) if full else view, req)
    in_name = _view(product.name)
    for amount, unit in QUANTITY.findall(_view(full) if full else view):  # "10 g" of a product sold in 1 g and 5 g
        said = f"{amount} {unit}"
        if re.search(r"(?<![a-z0-9.])" + re.escape(said) + r"(?![a-z0-9])", in_name):
            continue  # "Gooseneck Electric Kettle 1L": the name's own quantity
        for name in product.option_names():
            vals = [_norm_value(v) for v in values_of(product, name)]
            units = {u for v in vals for _a, u in QUANTITY.findall(v)}
            if name not in req.wanted and unit in units and not any(said in v for v in vals) \
                    and all(n != name for n, _ in req.missing) and not within_ranges(float(amount), vals):
                short = unit in ("g", "kg", "mg", "ml", "cl", "l", "oz", "lb", "cm", "mm")
                req.missing.append((name, f"{amount}{unit}" if short else said))  # "500g", "24 pack"



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
        stems = {v: {stem(w) for w in ws} for v, ws in words.items()}  # "box" of "1 box" is "boxes" of "3 boxes"
        hits = [v for v in values if any(len(w) >= 3 and w in said and sum(stem(w) in st for st in stems.values()) == 1
                                         for w in words[v])]
        if len(hits) == 1:
            req.wanted[opt] = hits[0]


def _stems(value: str) -> set[str]:
    return {stem(w) for w in tokens(_norm_value(value))}


def _with_joins(words: list[str]) -> set[str]:
    """The words of a value and their run-together pairs: "tea bags" is also said "teabags"."""
    return set(words) | {a + b for a, b in zip(words, words[1:], strict=False)}


def matching_variants(product: Product, wanted: dict[str, str]) -> list[Variant]:
    return [v for v in product.variants if all(v.options.get(k) == val for k, val in wanted.items())]
