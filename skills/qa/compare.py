"""Comparisons: the two products a question sets side by side ("kestrel vs summit ul", "狗粮和猫粮"), and
the answer: their prices (of the option asked, when it has one price) or the attribute asked of each; or, for one
product, the price of each option value said ("black or silver, which is cheaper?")."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.catalog import Product
from skills.qa import facts as F
from skills.qa import options as O
from skills.qa import prose_facts as PF
from skills.qa.answer import Answer
from skills.qa.compare_sides import (
    expand_short_words,
    is_frame,
    lone_other,
    same_kind,
    values_product,
    with_frame,
)
from skills.qa.intent import read_shape
from skills.qa.inventory import Inventory, PriceFn
from skills.qa.matcher import Match, ProductMatcher
from skills.qa.render import join, money, say, shown, topic_words
from skills.qa.text import fold

COMPARE_SPLIT = re.compile(r"\bvs\.?\b|\bversus\b|\bor\b|\band\b|\bcompared? (?:to|with)\b|\bthan\b|[,/&]|跟|和|与|还是|对比|比")


class Comparer:
    """Compares over the catalog's matcher, at the shop's prices."""

    def __init__(self, matcher: ProductMatcher, price_fn: PriceFn, inv: Inventory) -> None:
        self.matcher = matcher
        self.price_fn = price_fn
        self.inv = inv

    def compare_products(self, question: str, matches: list[Match]) -> list[Product]:
        """The (at most two) products the question sets side by side, in the order said."""
        found: list[Product] = []
        sides: list[Product | str] = []  # each side said, in order: its product, or its words when unsure
        segments = [seg for seg in COMPARE_SPLIT.split(fold(question)) if seg and seg.strip()]
        if (owner := values_product(question, segments, matches)) is not None:
            return [owner]  # "60cm和120cm的生长灯": two lengths of the one grow light
        for seg in segments:
            m = self.matcher.confident(self.matcher.match_details(seg, 3))
            if m is None and expand_short_words(self.matcher, seg) != " ".join(seg.split()):  # "field chrono": Chronograph
                m = self.matcher.confident(self.matcher.match_details(expand_short_words(self.matcher, seg), 3))
            if m is not None and m.product not in found:
                found.append(m.product)
                sides.append(m.product)
            elif m is None:  # "狗粮和猫粮": each side is the one product of its kind (dog food, cat food)
                n, family = self.matcher.family(self.matcher.analyse(seg))
                if n == 1 and family[0] not in found:
                    found.append(family[0])
                    sides.append(family[0])
                elif self.matcher.analyse(seg).content:
                    sides.append(seg)
        unsure = [s for s in sides if isinstance(s, str)]
        frame = ""
        if len(found) == 1 and len(unsure) == 2:  # "which mascara is cheaper, big volume or the waterproof one?"
            frames = [u for u in unsure if is_frame(self.matcher, u, found[0])]
            if len(frames) == 1:  # the words that say what kind is compared are no side
                sides.remove(frames[0])
                unsure.remove(frames[0])
                frame = frames[0]
        if len(found) == 1 and len(unsure) == 1:  # "kestrel vs summit ul": the kestrel that is a tent too
            other = same_kind(self.matcher, unsure[0], found[0]) or lone_other(self.matcher, unsure[0], found[0])
            if other is None and frame:  # the kind said once ("mascara") completes the short side
                other = with_frame(self.matcher, unsure[0], frame, found[0])
            if other is not None:  # in the order said
                found = [other if isinstance(s, str) else s for s in sides]
        # no splitting word ("josie juno which is cheaper"): the products the whole line names; with one
        # ("降落伞长裤和别的有什么区别": vs "the others") each side names its own, never two from one side
        if len(found) < 2 and len(segments) < 2:
            for m in matches:
                if self.matcher.accepts(m) and m.exact_distinctive and m.product not in found:
                    found.append(m.product)
        return found[:2]

    def two_sides(self, question: str) -> bool:
        """Does the question name two things to compare (words on both sides of "vs", "or", "跟" ...)?"""
        sides = [seg for seg in COMPARE_SPLIT.split(fold(question)) if seg and self.matcher.analyse(seg).content]
        return len(sides) >= 2

    def compare(self, pair: list[Product], question: str, lang: str) -> Answer:
        """The answer for two products: the attribute asked of each, else their prices and which is cheaper."""
        a, b = pair
        shape = read_shape(question)
        key = f"compare:{a.sku}:{b.sku}"
        # "what metal is the aurora ring vs the eternity band", "which is longer, A or B": each one's fact of that class
        if lang == "en" and PF.asked(question) and not shape.price:
            text = " ".join(PF.fact_of_class(p, question, lang)[0] for p in pair)
            return Answer(text, None, "compare", lang, True, key, [a.sku, b.sku])
        if shape.attribute and not shape.price:
            lines = []
            for p in pair:
                val = F.attribute_value(p, shape.attribute) or next(iter(F.find_facts(p, shape.attribute_words, 1)), None)
                lines.append(say("attr_fact", lang, name=p.name, fact=val) if val else
                             say("attr_unknown", lang, name=p.name, topic=topic_words(shape.attribute, [], lang)))
            return Answer(" ".join(lines), None, "compare", lang, True, key, [a.sku, b.sku])
        (pa, na), (pb, nb) = self.option_price(a, question), self.option_price(b, question)
        cur = a.currency
        if pa == pb:
            text = say("compare_same", lang, a=na, b=nb, pa=money(pa, cur, lang))
        else:
            cheaper = na if pa < pb else nb
            text = say("compare_price", lang, a=na, b=nb, pa=money(pa, cur, lang), pb=money(pb, b.currency, lang),
                       cheaper=cheaper, diff=money(abs(pa - pb), cur, lang))
        return Answer(text, None, "compare", lang, True, key, [a.sku, b.sku])

    def value_prices(self, p: Product, opt: str, values: list[str], lang: str, compare: bool = True,
                     fixed: dict[str, str] | None = None) -> str:
        """The price of each value said of one option ("black or silver?"), and which is cheaper when a comparison
        is asked (a plain "price of the 1 box and 3 boxes?" gets the prices alone); ``fixed`` holds the one value
        said of other options ("50ml edt vs edp": both at 50ml)."""
        parts, prices = [], {}
        fixed = {k: v for k, v in (fixed or {}).items() if k != opt}
        for value in values:
            amounts = {self.price_fn(p, v)[0] for v in O.matching_variants(p, {**fixed, opt: value})}
            if len(amounts) != 1:
                return self.inv.price(p, O.OptionRequest(), lang)[0]  # the price depends on more than this option
            prices[value] = amounts.pop()
            parts.append(f"{shown(value, lang)} {money(prices[value], p.currency, lang)}")
        name = f"{p.name} ({', '.join(shown(v, lang) for v in fixed.values())})" if fixed else p.name
        text = f"{name}: {join(parts, lang)}." if lang == "en" else f"{name}：{join(parts, lang)}。"
        low = min(prices.values())
        if not compare:
            return text
        if len(set(prices.values())) == 1:  # "is the black one cheaper than the blue?": say it plainly
            text += " Same price." if lang == "en" else "价格一样。"
        if len(set(prices.values())) > 1 and list(prices.values()).count(low) == 1:
            cheaper = next(v for v, a in prices.items() if a == low)
            if len(prices) == 2:  # "price difference between the small and large": the difference too
                diff = money(max(prices.values()) - low, p.currency, lang)
                text += f" {shown(cheaper, lang)} is {diff} cheaper." if lang == "en" else f"{shown(cheaper, lang)}便宜{diff}。"
            else:
                text += f" {shown(cheaper, lang)} is cheaper." if lang == "en" else f"{shown(cheaper, lang)}更便宜。"
        return text

    def option_price(self, p: Product, question: str) -> tuple[Decimal, str]:
        """The price to compare: of the option asked ("50g") when the product has it at one price,
        else the product's (lowest) price; with the name to show ("Sencha Uji (50g)")."""
        req = O.requested(p, question)
        variants = O.matching_variants(p, req.wanted) if req.wanted else []
        prices = {self.price_fn(p, v)[0] for v in variants}
        if len(prices) == 1:
            return prices.pop(), f"{p.name} ({req.label()})"
        return self.price_fn(p, None)[0], p.name
