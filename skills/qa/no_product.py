"""The reply when the question names no one product: a superlative over a family ("cheapest hoodie?"), a
"did you mean" for a product named as another kind, "which one?" between several, the only product of a kind
("any beanies left?" with one beanie: answered about it), "not found" for what we do not carry (another brand's),
else a greeting or chit-chat reply."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from bot.catalog import Product, Variant
from skills.qa import facts as F
from skills.qa import phrasing as P
from skills.qa.answer import Answer, not_found, which_one, which_product
from skills.qa.answers_asked import asks_wh, only_one_tells, sharing_the_name
from skills.qa.bundles import component_named
from skills.qa.guards import ProductGuards, conflicts
from skills.qa.intent import Shape
from skills.qa.inventory import PriceFn
from skills.qa.matcher import Analysis, Match, ProductMatcher
from skills.qa.product_words import kind_words, listing_words
from skills.qa.render import join, money, say
from skills.qa.text import TYPE_OF, fold, name_tokens, stem, unread_zh
from skills.qa.zh_modifier import unread_modifier

CHEAP_WORDS = ("cheapest", "least expensive", "lowest price", "最便宜")
SUPERLATIVE = re.compile(r"cheapest|least expensive|lowest price|most expensive|priciest|最便宜|最贵")

# "do you have / sell / carry ...": asks whether we have the kind ("Yes, we have 3 of those")
_HAVING_WORDS = "have|sell|carry|got|stock|any"
_HAVING_EN = re.compile(rf"\b(?:{_HAVING_WORDS})\b")
_HAVING = re.compile(rf"\b(?:{_HAVING_WORDS})\b|有没有|有卖|卖不卖|有吗")
_LISTING_ASK = re.compile(rf"\b(?:{_HAVING_WORDS}|options?|kinds?|types?)\b")  # ... or what there is


def _unnamed(content: list[str], products: list[Product]) -> list[str]:
    """Words said that name none of the products nor their kind: what is asked about them ("run time")."""
    own = {t for p in products for t in name_tokens(p.name)} | {w for p in products for w in kind_words(p)}
    return [w for w in content if w not in own and stem(w) not in own]


# "do you sell / carry X", "有没有卖X": asks whether we sell a kind of product, not a fact of one
_SELLING = re.compile(r"\b(?:sell|carry)\b|卖")


def _of_its_kind(content: list[str], product: Product) -> bool:
    """Some word said is the product's kind or a word of its name: it is one of what was asked for."""
    own = set(name_tokens(product.name)) | set(kind_words(product))
    return any(w in own or stem(w) in own for w in content)


# the engine's answer about one product (product, pinned variant, question, lang)
AboutFn = Callable[[Product, Variant | None, str, str], Answer]


class NoProductAnswerer:
    """Answers over the catalog's matcher and the engine's guards; the only product of a kind is answered
    about by the engine's ``about``."""

    def __init__(self, matcher: ProductMatcher, price_fn: PriceFn, guards: ProductGuards, about: AboutFn) -> None:
        self.matcher = matcher
        self.price_fn = price_fn
        self.guards = guards
        self.about = about

    def answer(self, question: str, shape: Shape, analysis: Analysis, matches: list[Match], lang: str,
               user: str) -> Answer:
        """The reply when no one product is named: the cheapest/priciest of a family, "did you mean", "which
        one?", the one product of a kind, "not found", or a greeting / chit-chat."""
        content = analysis.content
        extreme = SUPERLATIVE.search(fold(question))
        if extreme:  # "cheapest hoodie?": the answer is a fact about the whole family
            n, family = self.matcher.family(analysis, limit=None)
            if family:
                cheap = extreme.group(0) in CHEAP_WORDS
                prices = {p.sku: self.price_fn(p, None)[0] for p in family}
                target = min(prices.values()) if cheap else max(prices.values())
                picks = sorted((p for p in family if prices[p.sku] == target), key=lambda p: p.name)
                price = money(target, picks[0].currency, lang)
                names = join([p.name for p in picks[:4]], lang)
                key = ("cheapest" if cheap else "priciest") + ("_many" if len(picks) > 1 else "")
                return Answer(say(key, lang, name=names, price=price, n=n), picks[0].sku if len(picks) == 1 else None,
                              "compare", lang, True, f"extreme:{picks[0].sku}", [p.sku for p in picks])
        if matches and matches[0].type_conflict and self.matcher.accepts(matches[0], allow_conflict=True) \
                and (len(matches) == 1 or matches[1].rank < matches[0].rank - 0.02):
            name = matches[0].product.name  # named, but as another kind of product: no price, ask
            return Answer(say("did_you_mean", lang, name=name), None, "unknown", lang, False, "which")
        tied = self.matcher.ambiguous(matches)
        remark = P.remark(question, shape)
        asks = shape.price or shape.stock or shape.variant or shape.attribute or shape.restock or shape.compare
        unknown_zh = len(unread_zh(question)) >= 2 or unread_modifier(question)  # "有没有胶囊咖啡", "有没有得伟的电钻"
        if unknown_zh and (asks or (shape.question and not shape.greeting)):  # never "we have 2 of those" when part of what was named went unread
            return which_product(lang)
        n, some = self.matcher.family(analysis)
        facts_asked = False  # words beside the naming ones ask a fact of one of them ("beam run time on high?")
        if not n and (asks or shape.question):
            n, some = self.family_of_named_words(analysis)
            facts_asked = bool(n)
        if remark and not asks:  # a remark that names a kind of product: chit-chat, no "which one?"
            tied, n, some = [], 0, []
        if (tied or some) and [w for w in self.guards.unknown_words(analysis) if not self.guards.ours(w, analysis)]:  # "lululemon align leggings": another brand's
            return not_found(lang)
        if tied and (shape.attribute or asks_wh(question)) and not (shape.price or shape.stock or shape.variant) \
                and (one := only_one_tells(sharing_the_name([m.product for m in tied], [m.product for m in matches], question), question,
                F.find_facts)):
            return self.about(one, None, question, lang)  # "base notes of vetiver dusk": the one listing them
        if tied:
            return which_one([m.product.name for m in tied[:4]], lang)
        if n == 1 and conflicts(some[0], analysis, question):  # "spf 30 sunscreen": ours is SPF 50+
            return not_found(lang)
        if n == 1 and _SELLING.search(fold(question)) and not _of_its_kind(content, some[0]):
            # "有没有卖洗碗机": asks whether we sell a kind; a rice cooker whose text says "not dishwasher safe" is none
            return not_found(lang)
        if n == 1:  # "any beanies left?" and the shop has one beanie: that is the product
            return self.about(some[0], None, question, lang)
        if some:
            # "how much is the hoodie?": several hoodies, none named
            names = join([p.name for p in some], lang, "or")
            # "is the kestrel sturdy?" asks about one of them, not whether we have them: never "Yes, we have 2"
            about_one = P.yes_no(question) and not _HAVING_EN.search(fold(question))
            # "what are the base notes of cedre noir?" asks a fact of one of them: the one listing it, if one alone does
            wh_one = asks_wh(question) and not _LISTING_ASK.search(fold(question))
            if (shape.attribute or about_one or wh_one) and not (shape.price or shape.stock or shape.variant) \
                    and (one := only_one_tells(some, question, F.find_facts)):
                return self.about(one, None, question, lang)  # "base notes of cedre noir": the one listing them
            # "beam 800 run time on high??" asks a fact of one of them, not whether we carry them: which one,
            # not "we have"; so do words none of them is named by ("run time on high")
            having = _HAVING.search(fold(question)) or re.search(r"\boffer\b|有.{0,6}吗", fold(question)) \
                or len(content) <= 1
            facts_asked = facts_asked or (not _HAVING.search(fold(question)) and bool(_unnamed(content, some)))
            if shape.price or shape.stock or shape.variant or shape.attribute or about_one or facts_asked \
                    or not having:
                return which_one([p.name for p in some], lang)
            return Answer(say("we_have", lang, n=n, names=names), None, "variant", lang, False, "which",
                          [p.sku for p in some])
        if (asks or (shape.question and not shape.greeting)) and analysis.values and not content:
            return which_product(lang, "which")  # "shark uk 10?"
        if (asks or (shape.question and not shape.greeting)) and (content or P.zh_content(question)):
            return not_found(lang)
        if asks:
            return Answer(say("unknown", lang), None, "unknown", lang, False, "unknown")
        key = "greeting" if shape.greeting else "chitchat"
        sfx = (", " if key == "chitchat" else " ") + user if user else ""
        return Answer(say(key, lang, user=sfx, user_zh=user), None, "chitchat", lang, False, key)


    def family_of_named_words(self, analysis: Analysis) -> tuple[int, list[Product]]:
        """ "how long does the water bottle keep drinks cold": the products the naming words fit, when every other
        word is one our listings use (a fact asked about, not another brand's name)."""
        core = [w for w in analysis.content if self.matcher.hits(w, analysis) or w in TYPE_OF]
        rest = [w for w in analysis.content if w not in core]
        if not core or not rest or not all(self.guards.ours(w, analysis) for w in rest):
            return 0, []
        named = dataclasses.replace(analysis, content=core)
        n, some = self.matcher.family(named)
        if n > 1 and (one := component_named(self.matcher, self.matcher.match_details(named))) is not None:
            n, some = 1, [one.product]  # "beam 800 run time?": the Beam 800 light, not the set that holds it
        if n == 1:  # "organic dog food" when "organic" is some other listing's word: not this one's fact
            own = listing_words(some[0])
            if not all({w, stem(w), F.word_base(w)} & own for w in rest):
                return 0, []
        return n, some
