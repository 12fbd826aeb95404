"""Template copy: varied, natural lines in English and Chinese, built only from ProductFacts.

A draft is a list of parts (opener, the name and price, discount, variants, stock, features, a call
to action), each picked at random from several phrasings. Optional parts are dropped, least
important first, until the draft fits the length limit; the name and price always stay.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from skills.copywriter.facts import ProductFacts

STYLES = ("hype", "short", "detailed")
LANGS = ("en", "zh")

# -------------------------------------------------------------------------- phrasings
EN = {
    "opener": ["🔥 Heads up, chat!", "🚨 Don't scroll past this one!", "👀 You asked, it's here:", "⚡ Okay chat, listen up!",
               "💥 This one's a steal!", "🎉 New favourite alert!", "🙌 Chat, look at this!"],
    "price": ["The {name} is just {price} right now!", "Grab the {name} for only {price}!",
              "{name}: yours for {price}!", "The {name} is live at {price}!", "{name} for {price}? Easy yes!"],
    "price_from": ["The {name} starts at just {price_low}!", "Grab the {name} from {price_low}!",
                   "{name}: from {price_low}, depending on the option!"],
    "sale": ["The {name} is down to {price} (was {was}) — that's {pct} off!", "{pct} OFF the {name}: {price} instead of {was}!",
             "The {name} just dropped to {price} from {was} — {pct} off!", "Save {pct} on the {name}: now {price}, usually {was}!"],
    "sale_clock": ["Sale ends in {minutes} min!", "Only {minutes} min left at this price!"],
    "options": ["Still in stock: {options}.", "Available in {options}.", "We've got {options} ready to go.",
                "In stock now in {options}."],
    "low_stock": ["Only {stock} left — move fast!", "Just {stock} left in stock!", "Down to the last {stock}!"],
    "features": ["Highlights: {features}.", "Key details: {features}.", "What you get: {features}."],
    "price_after_blurb": ["And it's just {price} right now!", "All that for only {price}!", "Today it's yours for {price}!"],
    "sale_after_blurb": ["Right now it's {pct} off: {price} instead of {was}!", "Today only {price} (was {was}) — {pct} off!"],
    "cta": ["Grab yours before it's gone! 🛒", "Drop a ❤️ if you're getting one!", "Don't sleep on this one! 🛒",
            "Add it to your cart now! 🛒", "Type MINE in chat if you want it!", "Go go go! 🏃"],
    "cta_shop": ["Grab yours at {shop}! 🛒", "It's waiting for you at {shop}! 🛒"],
    # short style: one line
    "short": ["{name} — {price} 🔥", "{name}, now {price}. Grab it! 🛒", "{name}: {price}, in stock now!",
              "Just {price} for the {name}! ⚡", "{name} at {price} — go! 🛒"],
    "short_sale": ["{pct} off {name}: {price} (was {was}) 🔥", "{name} now {price}, was {was}! ⚡",
                   "Sale! {name} just {price} 🛒"],
    "short_from": ["{name} from {price_low} 🔥", "{name}, from {price_low}. Grab it! 🛒"],
    "and": " and ", "sep": ", ", "list_sep": ", ", "sizes": "sizes {values}", "size_one": "size {values}",
    "option": "{name} {values}",
}

ZH = {
    "opener": ["🔥 家人们看过来！", "🚨 重点来了！", "⚡ 福利来啦！", "💥 这个真的划算！", "🎉 好物推荐！", "👀 大家要的来了！"],
    "price": ["{name} 现在只要 {price}！", "{name} 到手价 {price}！", "{price} 就能把 {name} 带回家！", "{name} 直播间价格 {price}！"],
    "price_from": ["{name} {price_low} 起！", "{name} 低至 {price_low}！"],
    "sale": ["{name} 直降 {pct}，现价 {price}（原价 {was}）！", "{name} 限时 {pct} OFF，只要 {price}，原价 {was}！",
             "原价 {was} 的 {name}，现在只要 {price}，省 {pct}！"],
    "sale_clock": ["活动还剩 {minutes} 分钟！", "还有 {minutes} 分钟恢复原价！"],
    "options": ["现货：{options}。", "有货：{options}。", "还有 {options} 可以选。"],
    "low_stock": ["仅剩 {stock} 件，手慢无！", "库存只剩 {stock} 件了！", "最后 {stock} 件！"],
    "features": ["亮点：{features}。", "特点：{features}。"],
    "price_after_blurb": ["现在只要 {price}！"],
    "sale_after_blurb": ["现在直降 {pct}，只要 {price}（原价 {was}）！"],
    "cta": ["喜欢的宝子们抓紧下单！🛒", "想要的公屏扣「要」！", "赶紧冲！🛒", "手慢无，快去拍！", "先到先得！🏃"],
    "cta_shop": ["快去 {shop} 下单吧！🛒"],
    "short": ["{name} 只要 {price} 🔥", "{name}，{price}，现货速抢！", "{price} 带走 {name}！⚡", "{name} 现价 {price}，冲！🛒"],
    "short_sale": ["{name} 直降 {pct}，现价 {price}（原价 {was}）🔥", "{name} 限时 {price}，原价 {was}！⚡"],
    "short_from": ["{name} {price_low} 起 🔥", "{name} 低至 {price_low}，冲！🛒"],
    "and": "和", "sep": "，", "list_sep": "、", "sizes": "尺码 {values}", "size_one": "尺码 {values}",
    "option": "{name} {values}",
}

PHRASES = {"en": EN, "zh": ZH}


@dataclass
class Part:
    text: str
    keep: int  # higher stays longer when the draft must shrink; 100 = never dropped


def _join(values: list[str], lang: str, limit: int = 6) -> str:
    words = PHRASES[lang]
    if len(values) > limit:  # a long list reads as "first, second, ... last"
        return f"{words['list_sep'].join(values[: limit - 1])}…{values[-1]}"
    if lang == "zh":
        return words["list_sep"].join(values)
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])}{words['and']}{values[-1]}"


_SIZE_ORDER = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "2XL", "3XL", "4XL"]


def sort_sizes(sizes: list[str]) -> list[str]:
    """Numeric sizes by value, letter sizes XS..XXL in order, anything else as listed."""
    def number(s: str) -> float | None:
        m = re.match(r"\d+(?:\.\d+)?", s)
        return float(m.group(0)) if m else None

    if all(number(s) is not None for s in sizes):
        return sorted(sizes, key=lambda s: number(s) or 0.0)
    if all(s.upper() in _SIZE_ORDER for s in sizes):
        return sorted(sizes, key=lambda s: _SIZE_ORDER.index(s.upper()))
    return list(sizes)


def size_range(sizes: list[str]) -> str | None:
    """``XS–XL`` when four or more letter sizes run without a gap."""
    upper = [s.upper() for s in sizes]
    if len(upper) < 4 or not all(s in _SIZE_ORDER for s in upper):
        return None
    start = _SIZE_ORDER.index(upper[0])
    return f"{sizes[0]}–{sizes[-1]}" if upper == _SIZE_ORDER[start:start + len(upper)] else None


def options_text(facts: ProductFacts, lang: str) -> str:
    words = PHRASES[lang]
    pieces = []
    if facts.colours:
        pieces.append(_join(facts.colours, lang))
    if facts.sizes:
        sizes = sort_sizes(facts.sizes)
        key = "sizes" if len(sizes) > 1 else "size_one"
        pieces.append(words[key].format(values=size_range(sizes) or _join(sizes, lang)))
    for name, values in facts.other_options.items():
        pieces.append(words["option"].format(name=name.lower() if lang == "en" else name, values=_join(values, lang)))
    return words["sep"].join(pieces)


def _feature_text(facts: ProductFacts, lang: str, count: int) -> str:
    chosen = []
    for i, feature in enumerate(facts.features[:count]):
        # after the first, lower-case a plain capital ("Relaxed fit") but keep names ("CoolTech")
        if i and lang == "en" and len(feature) > 1 and feature[0].isupper() and feature[1:2].islower():
            feature = feature[0].lower() + feature[1:]
        chosen.append(feature)
    if not chosen:
        return ""
    if lang == "zh":
        return PHRASES[lang]["list_sep"].join(chosen)
    return "; ".join(chosen) if any("," in c for c in chosen) else ", ".join(chosen)


class TemplateWriter:
    """Draws drafts from the phrasings; never repeats the previous draft for the same product."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.Random()
        self._last: dict[tuple[str, str, str], str] = {}
        self._decks: dict[int, list[str]] = {}

    def pick(self, options: list[str]) -> str:
        """Deal phrasings like cards: every one is used once before any repeats."""
        deck = self._decks.get(id(options))
        if not deck:
            deck = self._decks[id(options)] = self.rng.sample(options, len(options))
        return deck.pop()

    def write(self, facts: ProductFacts, style: str, lang: str, limit: int,
              length: Callable[[str], int] = len) -> str:
        key = (facts.sku.lower(), style, lang)
        text = ""
        for _ in range(4):  # a few draws to avoid posting the same line twice in a row
            text = self._draw(facts, style, lang, limit, length)
            if text != self._last.get(key):
                break
        self._last[key] = text
        return text

    def _draw(self, facts: ProductFacts, style: str, lang: str, limit: int, length: Callable[[str], int]) -> str:
        words = PHRASES[lang if lang in PHRASES else "en"]
        lang = lang if lang in PHRASES else "en"
        values = self._values(facts, lang)
        pick = self.pick
        if style == "short":
            if facts.percent_off and facts.was is not None and not facts.ranged:
                line = pick(words["short_sale"])
            elif facts.ranged:
                line = pick(words["short_from"])
            else:
                line = pick(words["short"])
            return _fit([Part(line.format(**values), 100)], limit, length, lang)

        parts: list[Part] = []
        if style == "hype":
            parts.append(Part(pick(words["opener"]), 20))
        if style == "detailed" and facts.blurb and lang == "en":
            parts.append(Part(facts.blurb, 30))
        on_sale = bool(facts.percent_off and facts.was is not None and not facts.ranged)
        after_blurb = pick(words["sale_after_blurb" if on_sale else "price_after_blurb"]).format(**values)
        if (parts and parts[-1].keep == 30 and facts.name in facts.blurb and not facts.ranged
                and length(f"{facts.blurb} {after_blurb}") <= limit * 0.8):
            # the blurb already names the product: the price line need not repeat it, but then the
            # blurb must stay
            parts[-1].keep = 100
            parts.append(Part(after_blurb, 100))
        elif on_sale:
            parts.append(Part(pick(words["sale"]).format(**values), 100))
        else:
            parts.append(Part(pick(words["price_from" if facts.ranged else "price"]).format(**values), 100))
        if facts.sale_minutes_left is not None:
            parts.append(Part(pick(words["sale_clock"]).format(**values), 70))
        if values["features"] and style == "detailed":
            parts.append(Part(pick(words["features"]).format(**values), 40))
        elif values["features_short"] and style == "hype" and self.rng.random() < 0.5:
            parts.append(Part(pick(words["features"]).format(features=values["features_short"]), 10))
        if values["options"]:
            parts.append(Part(pick(words["options"]).format(**values), 50 if style == "detailed" else 15))
        if facts.low_stock and facts.stock is not None:
            parts.append(Part(pick(words["low_stock"]).format(**values), 60))
        cta = words["cta_shop"] if facts.shop and self.rng.random() < 0.3 else words["cta"]
        parts.append(Part(pick(cta).format(**values), 25))
        return _fit(parts, limit, length, lang)

    def _values(self, facts: ProductFacts, lang: str) -> dict[str, str]:
        from skills.copywriter.facts import format_money

        return {
            "name": facts.name, "price": facts.price_text(), "price_low": format_money(facts.price_low, facts.currency),
            "was": facts.was_text() or "", "pct": facts.percent_text() or "",
            "minutes": str(facts.sale_minutes_left or ""), "stock": str(facts.stock or ""),
            "options": options_text(facts, lang), "features": _feature_text(facts, lang, 3),
            "features_short": _feature_text(facts, lang, 2), "shop": facts.shop,
        }


def _fit(parts: list[Part], limit: int, length: Callable[[str], int], lang: str) -> str:
    sep = "" if lang == "zh" else " "
    parts = list(parts)
    text = sep.join(p.text for p in parts)
    while length(text) > limit:
        droppable = [p for p in parts if p.keep < 100]
        if not droppable:
            break
        parts.remove(min(droppable, key=lambda p: p.keep))
        text = sep.join(p.text for p in parts)
    if length(text) > limit:  # only a name longer than the whole limit gets here
        text = text[: max(0, limit - 1)].rstrip() + "…"
    return text
