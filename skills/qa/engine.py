"""The Q&A engine: a question in, a grounded answer out. No chat, no I/O: the skill and the CLI
both call ``QAEngine.answer``.

Order of reasoning: which product(s) (matcher, else the pinned one), what is asked (intent), which
options (size/colour/...), then the facts, then the words (render). Anything not backed by a fact
becomes an honest "I don't know" with no price in it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from decimal import Decimal

from bot.catalog import Catalog, Product, Variant
from skills.qa import facts as F
from skills.qa import load_facts as L
from skills.qa import option_phrases as OP
from skills.qa import options as O
from skills.qa import phrasing as P
from skills.qa import zh_fallback
from skills.qa.antonyms import contradicts
from skills.qa.compare_sides import same_kind
from skills.qa.faq import FaqEntry, FaqHit, FaqIndex, concepts
from skills.qa.intent import Shape, read_shape
from skills.qa.inventory import Inventory, PriceFn
from skills.qa.matcher import Analysis, Match, ProductMatcher
from skills.qa.name_words import name_count_differs, name_word_asked
from skills.qa.render import ZH_FAQ_LEAD, ZH_FAQ_ORDER, join, money, say, shown, topic_words
from skills.qa.text import (
    COLOURS,
    GENERIC_NAME_WORDS,
    STOP,
    TYPE_OF,
    cjk_grams,
    detect_lang,
    english_view,
    fix_keyword_typos,
    fold,
    has_cjk,
    is_kept,
    name_tokens,
    reading_with,
    stem,
    tokens,
    unread_zh,
    zh_pieces,
)
from skills.qa.units import UNITS

DEMONSTRATIVES_ZH = ("这个", "那个", "这款", "那款", "这件", "那件", "这条", "这双", "这只", "这瓶", "这盒", "这种")
STORE_POLICY = {"exchange", "return", "cancel", "track", "duty"}  # about the order, never about a product's facts
POLICY = {"ship", "return", "exchange", "pay", "cancel", "gift", "track", "duty", "dispatch", "first", "stack", "code"}
COMPARE_SPLIT = re.compile(r"\bvs\.?\b|\bversus\b|\bor\b|\band\b|\bcompared? (?:to|with)\b|\bthan\b|[,/&]|跟|和|与|还是|对比|比")
# spare parts and accessories: said right after a product, they are what a price or stock question is about
PART_NOUNS = frozenset(stem(w) for w in re.findall(r"\S+", """filter cartridge refill replacement spare part accessory
accessories lid strap charger cable battery batteries bulb blade nozzle pad head cover case insert liner
sleeve"""))
# words that say something about the product named before them, never a noun it modifies
PREDICATES = frozenset(re.findall(r"\S+", """true good ok okay worth suitable safe comfy comfortable nice warm soft
easy durable sturdy tight loose heavy cute real legit really so too very still any ever fit fits running runs
hold holds take takes bear bears supports carries"""))
# "what plug types / kinds / options does X come in": asks for its values, names no product (unless a name has it)
VALUE_ASKS = frozenset(["type", "types", "kind", "kinds", "sort", "sorts", "options", "variants", "choices"])
# words that point at a variant of the product on screen, naming nothing ("the -12 version", "the blue model")
REFERENCE_WORDS = frozenset(["version", "model", "variant", "edition", "option"])
CHEAP_WORDS = ("cheapest", "least expensive", "lowest price", "最便宜")
SUPERLATIVE = re.compile(r"cheapest|least expensive|lowest price|most expensive|priciest|最便宜|最贵")


def _asks_about(word: str) -> bool:
    """Is the word what a question asks (an attribute, price, stock word: "heavy", "warm", "sturdy")?"""
    if word in PREDICATES or word in VALUE_ASKS:
        return True
    shape = read_shape(word)
    # a weight word asks; a material or feature word ("wool", "waterproof") may describe the product meant
    return shape.attribute in ("weight", "load") or bool(shape.price or shape.stock or shape.restock or shape.sale)


@dataclass
class Answer:
    text: str
    sku: str | None = None
    intent: str = "unknown"
    lang: str = "en"
    confident: bool = False  # a clear product/FAQ question (passive mode answers only these)
    key: str = ""  # what was asked, for de-duplicating a burst of the same question
    products: list[str] = field(default_factory=list)  # product SKUs the question was about


class QAEngine:
    def __init__(self, catalog: Catalog, faq: list[FaqEntry] | None = None, *, price: PriceFn | None = None,
                 default_lang: str = "en", max_values: int = 8) -> None:
        self.catalog = catalog
        self.matcher = ProductMatcher(catalog)
        self.zh_reading = zh_fallback.catalog_segmenter(self.matcher.products)  # Chinese words beyond ours
        self.faq = FaqIndex(faq or [])
        self.price_fn: PriceFn = price or (lambda p, v: (p.variant_price(v), None))
        self.inv = Inventory(self.price_fn, max_values)
        self.default_lang = default_lang
        self.max_values = max_values
        self.option_vocab = O.catalog_values(self.matcher.products)
        # every word our listings use (names, brands, descriptions, tags, options): a word outside it next
        # to a bare type noun ("the ordinary niacinamide serum") names someone else's product
        said = {w for p in self.matcher.products for w in tokens(fold(" ".join(
            [p.name, p.brand, p.category, p.description, *map(str, p.features), *p.tags,
             *(str(v) for v in p.attributes.values()),
             *(val for var in p.variants for val in var.options.values())])))}
        self.shop_words = {form for w in said for form in (w, stem(w), F.word_base(w))}  # each word's forms once
        self.shop_kinds = {w for p in self.matcher.products for w in self._kind_words(p)}
        for e in faq or []:  # the shop's own FAQ words ("opened", "sealed") are not another brand either
            self.shop_words |= {form for w in tokens(fold(f"{e.question} {e.answer}"))
                                for form in (w, stem(w), F.word_base(w))}

    # ------------------------------------------------------------------ entry point
    def answer(self, question: str, lang: str | None = None, pinned_sku: str | None = None, user: str = "",
               force: str | None = None) -> Answer:
        """Answer one chat question. ``force`` ("price" / "stock") is what a !price / !stock command asks."""
        with reading_with(self.zh_reading):  # Chinese read with this catalog's dictionary fallback
            return self._answer(question, lang, pinned_sku, user, force)

    def _answer(self, question: str, lang: str | None, pinned_sku: str | None, user: str,
                force: str | None) -> Answer:
        lang = lang if lang in ("en", "zh") else detect_lang(question, self.default_lang)
        question = fix_keyword_typos(question, self.matcher.postings)
        shape = read_shape(question)
        if force == "price":
            shape.price = True
        elif force == "stock":
            shape.stock = True
        analysis = self.matcher.analyse(question)
        # "how heavy is the kestrel": "heavy" is what is asked, no name word; left in, it hides the products
        analysis.content = [w for w in analysis.content if not (
            not self.matcher.lookup_word(w, analysis.raw.get(w, ""))
            and not self.matcher.lookup_listing(w, analysis.raw.get(w, "")) and _asks_about(analysis.raw.get(w, w)))]
        matches = self.matcher.match_details(analysis)
        best = self.matcher.confident(matches)
        if best is not None and pinned_sku and shape.this and len(best.matched) == 1 and best.score < 0.6 \
                and not self._this_names(best, analysis):
            best = None  # "is this water resistant?" is about the pinned product, not the Water Bottle
        best = self._option_word_aside(best, matches)
        best = self._attribute_word_aside(best, matches, shape)
        tie = [] if shape.compare else zh_fallback.sense_tie(question, self.matcher, best and best.product)
        if tie:  # 望远镜 is binoculars or a telescope, and we sell both: which one?
            return Answer(say("which_one", lang, names=join([p.name for p in tie[:4]], lang, "or")), None, "unknown",
                          lang, False, "which")
        if best is not None and zh_fallback.unknown_compound(question):  # 脚链: an anklet, not any chain
            return Answer(say("which_product", lang), None, "unknown", lang, False, "not_found")
        product: Product | None = best.product if best is not None else None

        if (shape.compare or (shape.price and self._two_sides(question))) and force is None:
            pair = self._compare_products(question, matches)
            if not shape.compare and len(pair) < 2:
                pair = []  # "X, 50g, price?" is one product's price, not a comparison
            if len(pair) >= 2:
                return self._compare(pair, question, lang)
            if len(pair) == 1 and self._two_sides(question) and not O.said_values(pair[0], question)[1]:  # "X vs <something we can't find>": no half answer
                return Answer(say("compare_one", lang, a=pair[0].name), None, "compare", lang, False,
                              f"compare:{pair[0].sku}", [pair[0].sku])

        faq_text = self._strip_name(question, product) if product else question
        hit = self.faq.find(faq_text) if self.faq.entries else None
        policy = concepts(question) & POLICY
        if not P.asks(question, shape):  # "first time watching, hi all": a remark, not a policy question
            hit, policy = None, set()
        if policy and best is not None and best.listing_only:  # "do you ship to china?": a tag is no product
            best, product = None, None
            faq_text = question
            hit = self.faq.find(faq_text) if self.faq.entries and P.asks(question, shape) else None
        if hit is not None and force is None and (product is None or policy):
            return self._faq(hit, faq_text, lang)
        if hit is None and policy and force is None and (product is None or policy & STORE_POLICY):
            # "宠物床可以换尺码吗": exchanging is the shop's policy whatever the product; no FAQ entry, no answer
            return Answer(say("policy_unknown", lang), None, "unknown", lang, False, "policy")
        if best is not None and not policy and (self._other_brand(best, analysis) or self._modifier_only(best, analysis)):
            if self._modifier_only(best, analysis) and self.matcher.family(analysis)[0]:
                # "baby toys": not the Baby Bowl, but the shop files toys for babies: those
                return self._no_product(question, shape, analysis, [], lang, user)
            return Answer(say("not_found", lang), None, "unknown", lang, False, "not_found")
        if best is not None and not policy and self._conflicts(best.product, analysis, question) \
                and not (best.exact_unique and self._number_conflict(best.product, question)
                         and not self._colour_conflict(best.product, analysis)):  # "the harrier in 2 person?": a no
            return Answer(say("not_found", lang), None, "unknown", lang, False, "not_found")
        if best is not None and not policy and (self._another_products_part(best, analysis, question)
                                                or self._unread_beside(best, analysis, question, shape)
                                                or self._part_of(best, analysis, shape)):
            return Answer(say("which_product", lang), None, "unknown", lang, False, "not_found")

        variant: Variant | None = None
        if product is None and pinned_sku and (shape.this or not analysis.content or self._only_measure(analysis)
                                               or set(analysis.content) <= REFERENCE_WORDS  # "the -12 version"
                                               or self._pinned_among(pinned_sku, matches, analysis)):  # "the bag"
            found = self.catalog.lookup(pinned_sku)
            if found:
                product, variant = found
        if product is None:
            return self._no_product(question, shape, analysis, matches, lang, user)
        asks = shape.price or shape.stock or shape.variant or shape.attribute or shape.restock or shape.sale \
            or (shape.compare and bool(O.said_values(product, question)[1]))  # "small vs large otter plush"
        if force is None and not asks and P.remark(question, shape):  # "hello! love the josie jacket"
            remark = self._no_product(question, shape, analysis, [], lang, user)
            remark.products = [product.sku]  # still a mention of it, for the recommender
            return remark
        return self._about(product, variant, question, lang, force)

    # ------------------------------------------------------------------ one product
    def _about(self, p: Product, pinned_variant: Variant | None, question: str, lang: str,
               force: str | None = None) -> Answer:
        rest = self._strip_name(question, p)
        shape = read_shape(rest)
        if force == "price":
            shape.price = True
        elif force == "stock":
            shape.stock, shape.price, shape.attribute = True, False, None
        req = O.requested(p, rest)
        # option values that share words with the name ("12 pack" of "Snack Pack") are read from the full text
        name_words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", p.name)}
        for opt, value in O.requested(p, question).wanted.items():
            if opt not in req.wanted and set(re.findall(r"[a-z0-9]+", value.lower())) - name_words:
                req.wanted[opt] = value
        O.not_offered(p, rest, self.option_vocab, req, full=question)
        O.free_form_missing(p, rest, req)
        name_count_differs(p, question, req)  # "kestrel in 3 person?" of "Kestrel 2-Person Tent"
        if pinned_variant is not None and not req:
            req.wanted = dict(pinned_variant.options)
        key_opts = "|".join(f"{k}={v}" for k, v in sorted(req.wanted.items()))

        def done(text: str, intent: str, sku: str | None = None, known: bool = True) -> Answer:
            text = P.polar(text, question, lang)
            return Answer(text, sku or p.sku, intent, lang, known, f"{intent}:{p.sku}:{key_opts}", [p.sku])

        if shape.restock:
            return done(say("restock", lang, name=p.name), "unknown", known=False)
        if shape.sale and not shape.price and force is None:
            amount, pct = self.price_fn(p, None)
            if not pct and self.inv.was_price(p, amount) is None:  # no sale known: say so, quote nothing
                return done(say("no_sale", lang, name=p.name), "unknown", known=False)
            shape.price = True
        opt, several = O.said_values(p, question) if (shape.price or shape.compare) else (None, [])
        if opt and several:  # "spice tins black or silver, which is cheaper?": each one's price
            return done(self._value_prices(p, opt, several, lang), "compare")
        if shape.price:
            text, intent, sku = self.inv.price(p, req, lang, with_was=shape.sale)
            if req.missing:  # "the argus tank in red": the price, and that there is no red
                text += say("no_such_option", lang, value=req.missing[0][1])
            return done(text, intent, sku)
        size_opt = O.size_option(p) if shape.attribute == "dimensions" else None
        if size_opt and not req and (shape.list_values or re.search(r"什么|哪些|哪几|几种|几个", rest)):
            return done(self.inv.list_values(p, lang, only=size_opt), "variant")  # "有什么尺寸": its sizes
        if shape.attribute == "fit" and req and not shape.price:  # "does it fit iphone 14?": a value asked, yes or no
            shape.attribute = None
        if shape.attribute:
            text, known = self._attribute(p, shape, rest, lang)
            return done(text, "attribute", known=known)
        in_name = (self._attribute_in_name(p, question) or (OP.name_measure_said(p, question) if P.yes_no(question)
                   else None) or name_word_asked(p, question)) if not (shape.price or shape.stock or req) else None
        if in_name:  # "is the puddle suit waterproof?" of "Puddle Suit - Waterproof All-in-One": its name says so
            return done(say("attr_yes", lang, name=p.name, fact=in_name), "attribute")
        if req.missing:
            opt_name, value = req.missing[0]
            vals = [shown(x, lang) for x in O.values_of(p, opt_name)] if opt_name else []
            if not vals:
                return done(say("combo_missing", lang, name=p.name, opt=value), "variant")
            return done(say("not_offered", lang, name=p.name, value=shown(value, lang), option=self.inv.option_label(opt_name, lang),
                            values=join(vals[: self.max_values], lang)), "variant")
        asked = None if req else O.asked_option(p, rest)
        if asked:  # "what grind options do you have for X": the values, not a stock answer
            return done(self.inv.list_values(p, lang, only=asked), "variant")
        if req.wanted:
            return done(*self.inv.variant_stock(p, req, lang))
        kind = self._kind_words(p)
        # a tag that is a kind the shop files products under ("baby", "toy") says what it is, not what is asked;
        # other tags ("caffeine-free") are facts a question asks about
        kind |= {stem(w) for w in tokens(fold(" ".join(p.tags)))} & self.shop_kinds
        # named by a tag/handle word alone ("wellies design?"): that word is the name, not a fact to look up;
        # with its title said, a tag word asks about the listing ("is the lipstick vegan?")
        by_listing = not set(name_tokens(p.name)) & {stem(w) for w in tokens(english_view(question))}
        leftover = [w for w in self._content_words(rest) if not self._names_product(w, p, by_listing)
                    and stem(w) not in kind]
        named_opts = [n for n in p.option_names() if {stem(w) for w in leftover} & {stem(t) for t in tokens(fold(n))}]
        if leftover and len(named_opts) == 1 and not shape.stock and \
                {stem(w) for w in leftover} <= {stem(t) for t in tokens(fold(named_opts[0]))}:
            return done(self.inv.list_values(p, lang, only=named_opts[0]), "variant")  # "parka for age 5?"
        looking = bool(leftover) and not (shape.list_values or shape.stock)
        found = F.find_facts(p, leftover, all_specific=True) if looking else []
        partial = not found and looking
        if partial:  # a line with only some of the words ("oily skin" for "dry skin?"): shown, no yes/no
            found = F.find_facts(p, leftover)
        if found and P.FIGURE_ASK.search(fold(rest)) and not re.search(r"\d", found[0]):
            found = []  # "能保温多久" (how long does it keep warm?) asks a figure: a tag "insulated" is no answer
        if looking and not found and has_cjk(rest):  # 保温 is "insulated" to us, "keeps (drinks) hot" to the listing
            found = zh_fallback.listing_fact(p, rest, bool(P.FIGURE_ASK.search(fold(rest))))
        if found:  # "is there caffeine in the decaf?": the listing answers it, whatever the shape
            if P.yes_no(rest) and not partial:  # "does it have caffeine?" / "Naturally caffeine-free."
                key = "attr_no" if F.is_negative(found[0], leftover, english_view(rest)) \
                    or contradicts(question, found[0]) else "attr_yes"  # "short sleeve?" / "Long-sleeve crew"
                if key == "attr_no" or not F.is_instruction(found[0]):
                    return done(say(key, lang, name=p.name, fact=found[0]), "attribute")
            return done(say("attr_fact", lang, name=p.name, fact=found[0]), "attribute")
        if shape.list_values or (shape.variant and not shape.stock):
            return done(self.inv.list_values(p, lang), "variant")
        if shape.stock:
            return done(self.inv.stock(p, lang), "stock")
        if leftover:
            if lang == "zh":  # the Chinese the viewer wrote (无线), not the English it was read as (wireless)
                said = {w: piece.text for piece in zh_pieces(rest) for w in tokens(piece.gloss or "")}
                leftover = list(dict.fromkeys(said.get(w, w) for w in leftover))
            return Answer(say("attr_unknown", lang, name=p.name, topic=topic_words(None, leftover, lang)), p.sku,
                          "unknown", lang, False, f"unknown:{p.sku}", [p.sku])
        view = english_view(rest)
        if lang == "zh" and P.zh_content(view):  # asked something about it we did not recognise: say so, no price
            topic = "".join(re.findall(r"[\u3400-\u9fff]+", view))
            for particle in ("有没有", "是不是", "能不能", "可不可以", "请问", "这个", "那个", "这款", "吗", "呢", "吧", "啊",
                             "呀", "的"):
                topic = topic.replace(particle, "")
            return Answer(say("attr_unknown", lang, name=p.name, topic=topic_words(None, [topic], lang)), p.sku,
                          "unknown", lang, False, f"unknown:{p.sku}", [p.sku])
        text, _intent, sku = self.inv.price(p, req, lang)  # just the name ("josie jacket??"): the essentials
        if not p.in_stock:  # the price line already says it is sold out
            return done(text, "overview", sku)
        return done(f"{text} {self.inv.stock(p, lang)}" if lang == "en" else text + self.inv.stock(p, lang), "overview", sku)

    def _pinned_among(self, pinned_sku: str, matches: list[Match], analysis: Analysis) -> bool:
        """Is the pinned product one of the products the words leave a tie between ("the bag": the sleeping
        bag on screen, or the dry bag)? Then the one on screen is meant."""
        found = self.catalog.lookup(pinned_sku)
        if found is None:
            return False
        tied = [m.product for m in self.matcher.ambiguous(matches)] or self.matcher.family(analysis, limit=None)[1]
        if any(p is found[0] for p in tied):
            return True
        # "iphone 14 pro?" with the case on screen: every word said is in its option values (a model, a colour)
        said = {w for w in set(analysis.content) | set(analysis.values) if not w.isdigit()}
        return bool(analysis.values) and said <= self._option_words(found[0])

    @staticmethod
    def _kind_words(p: Product) -> set[str]:
        return {stem(w) for w in tokens(fold(f"{p.category} {p.attributes.get('type', '')}"))}

    def _figure_by_verb(self, p: Product, shape: Shape, rest: str) -> list[str]:
        """ "how long does the leash extend?": the listing line with the question's other words in any form
        ("extends to 5 m"), lines with a figure first."""
        words = [w for w in self._content_words(rest) if w not in shape.attribute_words
                 and not self._names_product(w, p) and fold(w) not in F.GENERIC]
        if not words:
            return []
        found = F.find_facts(p, words, limit=4, all_specific=True)
        return sorted(found, key=lambda line: re.search(r"\d", line) is None)

    @staticmethod
    def _only_measure(analysis: Analysis) -> bool:
        """ "how many meters waterproof?": every word is the unit or the attribute, so it is about the
        pinned product."""
        return all(read_shape(f"how many {w}").measure or read_shape(w).attribute for w in analysis.content)

    def _attribute(self, p: Product, shape: Shape, rest: str, lang: str) -> tuple[str, bool]:
        topic = shape.attribute or ""
        if topic == "load":  # "max weight for the hammock": what it holds, never what it weighs
            return L.answer_load(p, rest, lang, P.yes_no(rest))
        if shape.measure:  # "how many metres?": a figure from the listing, never a yes/no or the price
            keys = [] if topic == "measure" else shape.attribute_words
            # only a line that gives the figure answers "how many metres"; anything else is a guess
            lines = F.find_measure(p, shape.measure, keys)
            if lines:
                return say("attr_fact", lang, name=p.name, fact=lines[0]), True
            return say("attr_unknown", lang, name=p.name, topic=topic_words(topic, [], lang)), False
        structured = F.attribute_value(p, topic) if topic else None
        if structured:
            extra = [f for f in F.find_facts(p, shape.attribute_words, 2, features_only=True)
                     if fold(structured) not in fold(f)]
            if topic == "material":
                return say("made_of", lang, name=p.name, fact=structured + (f" ({extra[0]})" if extra else "")), True
            if P.yes_no(rest) and topic in ("care", "water", "fit", "stretch", "breathable", "eco", "uv"):
                # "can the merino crew be machine washed?" / "machine washable at 30°C. Do not tumble dry": the
                # attribute's first statement answers the yes/no; a later "not" is about something else
                first = re.split(r"(?<=[.;!?])\s+", structured)[0]
                negative = F.is_negative(first, shape.attribute_words, english_view(rest))
                return say("attr_no" if negative else "attr_yes", lang, name=p.name, fact=first.rstrip(".")), True
            return say("attr_fact", lang, name=p.name, fact=f"{topic} {structured}"), True
        found = F.find_facts(p, shape.attribute_words, limit=6 if topic in ("ingredients", "weight") else 2)
        if topic == "weight":  # "Max weight 150 kg" is what it holds, not what it weighs
            found = L.own_weight(found)[:2]
        if topic == "ingredients":  # the line that lists things ("tea with cardamom, cinnamon, ginger ...")
            found.sort(key=lambda f: ("ingredient" not in fold(f), -f.count(",") - fold(f).count(" and ")))
        if topic == "origin" and all(F.is_tag_line(p, f) for f in found):
            line = F.origin_fact(p)  # "Wet-hulled coffee from North Sumatra, Indonesia." beats a tag list
            found = [line] if line else found
        if not found and P.FIGURE_ASK.search(fold(rest)):
            found = self._figure_by_verb(p, shape, rest)
        if not found:
            return say("attr_unknown", lang, name=p.name, topic=topic_words(topic, [], lang)), False
        fact = found[0]
        negative = F.is_negative(fact, shape.attribute_words, english_view(rest)) or contradicts(rest, fact)
        judged = topic != "weight" or L.weight_judged(fact, rest)  # "is it heavy?" / "weight 1.0 kg": no yes/no
        if P.yes_no(rest) and judged and (negative or not F.is_instruction(fact)):
            return say("attr_no" if negative else "attr_yes", lang, name=p.name, fact=fact), True
        return say("attr_fact", lang, name=p.name, fact=fact), True

    # ------------------------------------------------------------------ several / none
    def _family_of_named_words(self, analysis: Analysis) -> tuple[int, list[Product]]:
        """ "how long does the water bottle keep drinks cold": the products the naming words fit, when every other
        word is one our listings use (a fact asked about, not another brand's name)."""
        core = [w for w in analysis.content if self.matcher.hits(w, analysis) or w in TYPE_OF]
        rest = [w for w in analysis.content if w not in core]
        if not core or not rest or not all(self._ours(w, analysis) for w in rest):
            return 0, []
        n, some = self.matcher.family(dataclasses.replace(analysis, content=core))
        if n == 1:  # "organic dog food" when "organic" is some other listing's word: not this one's fact
            own = self._listing_words(some[0])
            if not all({w, stem(w), F.word_base(w)} & own for w in rest):
                return 0, []
        return n, some

    def _listing_words(self, p: Product) -> set[str]:
        return {form for w in tokens(fold(" ".join([p.name, p.category, p.description, *map(str, p.features), *p.tags,
                                                    *(str(v) for v in p.attributes.values()),
                                                    *(val for var in p.variants for val in var.options.values())])))
                for form in (w, stem(w), F.word_base(w))}

    def _compare_products(self, question: str, matches: list[Match]) -> list[Product]:
        found: list[Product] = []
        sides: list[Product | str] = []  # each side said, in order: its product, or its words when unsure
        segments = [seg for seg in COMPARE_SPLIT.split(fold(question)) if seg and seg.strip()]
        for seg in segments:
            m = self.matcher.confident(self.matcher.match_details(seg, 3))
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
        if len(found) == 1 and len(unsure) == 1:  # "kestrel vs summit ul": the kestrel that is a tent too
            other = same_kind(self.matcher, unsure[0], found[0])
            if other is not None:  # in the order said
                found = [other if isinstance(s, str) else s for s in sides]
        # no splitting word ("josie juno which is cheaper"): the products the whole line names; with one
        # ("降落伞长裤和别的有什么区别": vs "the others") each side names its own, never two from one side
        if len(found) < 2 and len(segments) < 2:
            for m in matches:
                if self.matcher.accepts(m) and m.exact_distinctive and m.product not in found:
                    found.append(m.product)
        return found[:2]

    def _two_sides(self, question: str) -> bool:
        """Does the question name two things to compare (words on both sides of "vs", "or", "跟" ...)?"""
        sides = [seg for seg in COMPARE_SPLIT.split(fold(question)) if seg and self.matcher.analyse(seg).content]
        return len(sides) >= 2

    def _compare(self, pair: list[Product], question: str, lang: str) -> Answer:
        a, b = pair
        shape = read_shape(question)
        key = f"compare:{a.sku}:{b.sku}"
        if shape.attribute and not shape.price:
            lines = []
            for p in pair:
                val = F.attribute_value(p, shape.attribute) or next(iter(F.find_facts(p, shape.attribute_words, 1)), None)
                lines.append(say("attr_fact", lang, name=p.name, fact=val) if val else
                             say("attr_unknown", lang, name=p.name, topic=topic_words(shape.attribute, [], lang)))
            return Answer(" ".join(lines), None, "compare", lang, True, key, [a.sku, b.sku])
        (pa, na), (pb, nb) = self._option_price(a, question), self._option_price(b, question)
        cur = a.currency
        if pa == pb:
            text = say("compare_same", lang, a=na, b=nb, pa=money(pa, cur, lang))
        else:
            cheaper = na if pa < pb else nb
            text = say("compare_price", lang, a=na, b=nb, pa=money(pa, cur, lang), pb=money(pb, b.currency, lang),
                       cheaper=cheaper, diff=money(abs(pa - pb), cur, lang))
        return Answer(text, None, "compare", lang, True, key, [a.sku, b.sku])

    def _value_prices(self, p: Product, opt: str, values: list[str], lang: str) -> str:
        parts, prices = [], {}
        for value in values:
            amounts = {self.price_fn(p, v)[0] for v in O.matching_variants(p, {opt: value})}
            if len(amounts) != 1:
                return self.inv.price(p, O.OptionRequest(), lang)[0]  # the price depends on more than this option
            prices[value] = amounts.pop()
            parts.append(f"{shown(value, lang)} {money(prices[value], p.currency, lang)}")
        text = f"{p.name}: {join(parts, lang)}." if lang == "en" else f"{p.name}：{join(parts, lang)}。"
        low = min(prices.values())
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

    def _option_price(self, p: Product, question: str) -> tuple[Decimal, str]:
        """The price to compare: of the option asked ("50g") when the product has it at one price,
        else the product's (lowest) price; with the name to show ("Sencha Uji (50g)")."""
        req = O.requested(p, question)
        variants = O.matching_variants(p, req.wanted) if req.wanted else []
        prices = {self.price_fn(p, v)[0] for v in variants}
        if len(prices) == 1:
            return prices.pop(), f"{p.name} ({req.label()})"
        return self.price_fn(p, None)[0], p.name

    def _no_product(self, question: str, shape: Shape, analysis: Analysis, matches: list[Match], lang: str,
                    user: str) -> Answer:
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
        unknown_zh = len(unread_zh(question)) >= 2  # "有没有胶囊咖啡": 胶囊 is no word we know
        if unknown_zh and (asks or (shape.question and not shape.greeting)):  # never "we have 2 of those" when part of what was named went unread
            return Answer(say("which_product", lang), None, "unknown", lang, False, "not_found")
        n, some = self.matcher.family(analysis)
        if not n and (asks or shape.question):
            n, some = self._family_of_named_words(analysis)
        if remark and not asks:  # a remark that names a kind of product: chit-chat, no "which one?"
            tied, n, some = [], 0, []
        if (tied or some) and [w for w in self._unknown_words(analysis) if not self._ours(w, analysis)]:  # "lululemon align leggings": another brand's
            return Answer(say("not_found", lang), None, "unknown", lang, False, "not_found")
        if tied:
            names = join([m.product.name for m in tied[:4]], lang, "or")
            return Answer(say("which_one", lang, names=names), None, "unknown", lang, False, "which")
        if n == 1 and self._conflicts(some[0], analysis, question):  # "spf 30 sunscreen": ours is SPF 50+
            return Answer(say("not_found", lang), None, "unknown", lang, False, "not_found")
        if n == 1:  # "any beanies left?" and the shop has one beanie: that is the product
            return self._about(some[0], None, question, lang)
        if some:
            # "how much is the hoodie?": several hoodies, none named
            names = join([p.name for p in some], lang, "or")
            # "is the kestrel sturdy?" asks about one of them, not whether we have them: never "Yes, we have 2"
            about_one = P.yes_no(question) and not re.search(r"\b(?:have|sell|carry|got|stock|any)\b", fold(question))
            if shape.price or shape.stock or shape.variant or shape.attribute or about_one:
                return Answer(say("which_one", lang, names=names), None, "unknown", lang, False, "which")
            return Answer(say("we_have", lang, n=n, names=names), None, "variant", lang, False, "which",
                          [p.sku for p in some])
        if (asks or (shape.question and not shape.greeting)) and analysis.values and not content:
            return Answer(say("which_product", lang), None, "unknown", lang, False, "which")  # "shark uk 10?"
        if (asks or (shape.question and not shape.greeting)) and (content or P.zh_content(question)):
            return Answer(say("not_found", lang), None, "unknown", lang, False, "not_found")
        if asks:
            return Answer(say("unknown", lang), None, "unknown", lang, False, "unknown")
        key = "greeting" if shape.greeting else "chitchat"
        sfx = (", " if key == "chitchat" else " ") + user if user else ""
        return Answer(say(key, lang, user=sfx, user_zh=user), None, "chitchat", lang, False, key)

    def _faq(self, hit: FaqHit, question: str, lang: str) -> Answer:
        e = hit.entry
        body = e.answer_zh if lang == "zh" and e.answer_zh else e.answer
        if not hit.sentence and P.yes_no(question):
            # "刻字的商品可以退吗": the sentence about what is asked decides the yes/no ("... cannot be returned")
            from skills.qa.faq_polarity import answering_sentence
            found = answering_sentence(e, question)
            if found is not None:
                hit = dataclasses.replace(hit, sentence=found[0], negative=found[1])
        if hit.sentence and not (lang == "zh" and e.answer_zh):
            sentence = re.sub(r"[;,\s]+$", "", hit.sentence)
            sentence += "" if sentence.endswith((".", "!", "?")) else "."
            if hit.negative:  # "we don't ship to Brazil" answers "how much is shipping to Brazil?" too
                text = say("faq_no", lang, sentence=sentence)
            elif P.yes_no(question):
                text = say("faq_yes", lang, sentence=sentence)
            else:
                text = sentence
        else:
            text = say("faq", lang, answer=body)
        if lang == "zh" and not e.answer_zh and not re.search(r"[\u3400-\u9fff]", text):
            # the shop wrote this answer in English only: a Chinese lead-in says what it is about
            lead = next((ZH_FAQ_LEAD[c] for c in ZH_FAQ_ORDER if c in e.q_concepts | e.a_concepts), "关于您的问题：")
            text = say("faq_en", lang, lead=lead, answer=text)
        return Answer(text, None, "faq", lang, True, f"faq:{e.id}:{hit.subject or ''}")

    # ------------------------------------------------------------------ helpers
    def _strip_name(self, question: str, p: Product | None) -> str:
        if p is None:
            return question
        out = question
        for word in sorted(set(re.findall(r"[A-Za-z0-9]+", p.name)), key=len, reverse=True):
            if len(word) > 2:
                out = re.sub(r"(?i)(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", " ", out)
        for run in re.findall(r"[\u3400-\u9fff]{2,}", p.name):  # Chinese product names
            out = out.replace(run, " ")
        if has_cjk(out):  # Chinese words that say the name in English ("礼品卡" of "... Gift Card")
            own = set(name_tokens(p.name))
            kept, at = [], 0
            same_length = len(fold(out)) == len(out)  # then the pieces index the text as typed (case kept)
            for piece in zh_pieces(out):  # rebuilt piece by piece: 碗 of the name is not the 碗 of 洗碗机
                said = {stem(w) for w in tokens(piece.gloss or "")}
                typed = out[at:at + len(piece.text)] if same_length else piece.text
                kept.append(" " if said and said <= own else typed)
                at += len(piece.text)
            out = "".join(kept)
        return out

    def _names_product(self, word: str, p: Product, listing: bool = False) -> bool:
        """Is this word (a misspelt) part of the product's name or a type noun ("hoody", "pants")? With
        ``listing``, a word of its tags/handle counts too ("wellies" of the Wellington Boots)."""
        s = stem(word)
        if s in TYPE_OF or word in p.name.lower():
            return True
        own = set(name_tokens(p.name))
        if any(tok in own for tok, _q in self.matcher.lookup_word(s, word)):
            return True
        return listing and any(p in (self.matcher.products[i] for i in self.matcher.listing_postings[tok])
                               for tok, _q in self.matcher.lookup_listing(s, word))

    def _option_word_aside(self, best: Match | None, matches: list[Match]) -> Match | None:
        """ "the decaf as espresso grind": "espresso" names the Nightjar Espresso Blend, but here it is an
        option value of the Swiss Water Decaf, which "decaf" names. The product named by words that are
        not the other's option values wins."""
        if best is None:
            return None
        for m in matches:
            if m is best or not m.exact_distinctive or not self.matcher.accepts(m):
                continue
            if best.matched <= self._option_words(m.product) and not m.matched <= self._option_words(best.product) \
                    and not m.matched <= best.matched:
                return m
        return best

    def _attribute_in_name(self, p: Product, question: str) -> str | None:
        """The attribute word asked ("waterproof?") when the product's own name has that very word."""
        full = read_shape(question)
        if not full.attribute or not P.yes_no(question):
            return None
        said = {w for w in tokens(fold(question))}
        named = {w for w in tokens(fold(p.name))}
        hit = [w for w in full.attribute_words if " " not in w and w in said and w in named]
        return hit[0] if hit else None

    def _attribute_word_aside(self, best: Match | None, matches: list[Match], shape: Shape) -> Match | None:
        """ "are the wellies waterproof?": "waterproof" is in the Puddle Suit's title, but here it is the
        attribute asked; the product named by the other words ("wellies", a tag) is the one asked about."""
        asked = {stem(w) for w in shape.attribute_words}
        if best is None or not asked or not best.matched <= asked:
            return best
        others = [m for m in matches if m is not best and m.matched and not m.matched & asked
                  and self.matcher.accepts(m)]
        return others[0] if len(others) == 1 else best

    def _option_words(self, p: Product) -> set[str]:
        return {stem(t) for v in p.variants for val in v.options.values() for t in tokens(fold(val))}

    def _other_brand(self, best: Match, analysis: Analysis) -> bool:
        """Named by generic words of its name ("serum", "espresso blend") right after a word no listing of
        ours has ("drunk elephant serum", "starbucks espresso blend"), while the words that set our product
        apart go unsaid: another brand's product, not ours."""
        p = best.product
        own = [t for t in name_tokens(p.name) if not t.isdigit()]
        matched = {stem(t) for t in best.matched}
        said = [stem(w) for w in analysis.words]
        if not own or set(own) <= matched:  # the whole name said: ours
            return False
        noun_at = [i for i, w in enumerate(said) if w in matched]
        if not noun_at or noun_at[0] == 0:
            return False
        # a brand comes in the words right before the noun ("fenty foundation", "the ordinary niacinamide
        # serum"): back to the nearest plain word ("the", "sell", "have")
        start = noun_at[0]
        while start > 0 and analysis.words[start - 1] not in STOP and said[start - 1] not in STOP \
                and not has_cjk(analysis.words[start - 1]):
            start -= 1
        strange = {stem(w) for w in self._unknown_words(analysis) if not self._ours(w, analysis)}
        return bool(strange & set(said[start:noun_at[0]]))

    def _another_products_part(self, best: Match, analysis: Analysis, question: str) -> bool:
        """ "tent poles price" names the Trekking Poles by "poles" alone, after "tent", the name of another of our
        products that the poles' listing never mentions: poles for a tent, not these. Ask which one."""
        if len(best.matched) != 1:
            return False
        token = next(iter(best.matched))
        said = [stem(w) for w in analysis.words]
        at = next((k for k, w in enumerate(said) if w == token or any(t == token for t, _q in
                                                                       self.matcher.lookup_word(w))), None)
        if not at or said[at - 1] not in analysis.content:
            return False
        before = said[at - 1]
        if {before, F.word_base(before)} & self._listing_words(best.product):
            return False
        if before not in {stem(w) for w in tokens(fold(question))}:
            return False  # a Chinese compound's gloss ("手冲壶", pour-over kettle): its head-noun rule decides
        own = set(name_tokens(best.product.name))
        # another product's name has the word (its postings hold more products than this one)
        named_elsewhere = any(len(self.matcher.postings.get(t, ())) > (t in own)
                              for t, _q in self.matcher.lookup_word(before))
        return named_elsewhere and before not in GENERIC_NAME_WORDS and before not in TYPE_OF

    def _this_names(self, best: Match, analysis: Analysis) -> bool:
        """ "这个枕头可以机洗吗" / "is this pillow washable": the demonstrative points at the word that names the
        product, so that product is meant, not the pinned one ("is this one wireless?" is about the pin)."""
        words = analysis.words
        for k in range(1, len(words)):
            if any(t in best.matched for t, _q in self.matcher.lookup_word(stem(words[k]), words[k])):
                prev = words[k - 1]
                return prev in ("this", "that", "these", "those") or prev.endswith(DEMONSTRATIVES_ZH)
        return False

    def _unread_beside(self, best: Match, analysis: Analysis, question: str, shape: Shape) -> bool:
        """Chinese we cannot read right beside the Chinese words that named the product: before them
        ("有没有胶囊香料": 胶囊 before 香料, spice) a kind or brand we know nothing of; after them, when a price
        or stock is asked ("宠物饮水机滤芯多少钱": 滤芯 after 饮水机), the thing actually asked about (a
        replacement part, an accessory). Either way the product is not clearly named, so ask. A product also
        named by a word typed in Latin letters ("Echo压缩短裤") is named."""
        typed = {stem(w) for w in tokens(fold(question)) if not has_cjk(w)}
        if any(t in best.matched for w in typed for t, _q in self.matcher.lookup_word(w)):
            return False
        pieces = [p for p in zh_pieces(question) if p.text.strip()]
        naming = [k for k, piece in enumerate(pieces) if piece.gloss is not None and self._names_best(piece.gloss, best, analysis)]
        if not naming:
            return False

        own = set(name_tokens(best.product.name))

        def unread(k: int) -> bool:
            if not 0 <= k < len(pieces) or pieces[k].gloss is not None or pieces[k].kept:
                return False
            edge = re.search(r"^[\u3400-\u9fff]+" if k > naming[-1] else r"[\u3400-\u9fff]+$", pieces[k].text)
            # characters the product's own (Chinese) name has are read: "珊瑚绒毯子" of "加厚珊瑚绒毛毯"; after the
            # naming words one character is enough ("猫砂铲": a scoop, not the litter)
            return edge is not None and len(edge.group(0)) >= (1 if k > naming[-1] else 2) \
                and not set(cjk_grams(edge.group(0))) & own

        asks_figure = shape.price or shape.stock or shape.variant or shape.compare
        return unread(naming[0] - 1) or (asks_figure and unread(naming[-1] + 1))

    def _part_of(self, best: Match, analysis: Analysis, shape: Shape) -> bool:
        """ "aquaflow fountain filter price" / "饮水机滤芯多少钱": a spare part or accessory named right after the
        product is what the price or stock question is about, and the listing is the product's, not the part's."""
        if not (shape.price or shape.stock):
            return False
        said = [stem(w) for w in analysis.words if not is_kept(w)]  # "充电宝的数据线": past the 的
        own = set(name_tokens(best.product.name))
        at = [k for k, w in enumerate(said) if w in best.matched or any(t in best.matched for t, _q in self.matcher.lookup_word(w))]
        if not at or at[-1] + 1 >= len(said):
            return False
        part = said[at[-1] + 1]
        # "kenya filter grind": a value the product is sold in is no part
        sold_as = self._option_words(best.product) | self._kind_words(best.product) \
            | {stem(w) for w in tokens(fold(" ".join(best.product.tags)))}
        # "表带" reads "watch strap|band": its other spelling is the name's own head ("Sport Loop Band")
        other = {stem(t) for a in analysis.alts.get(part, ()) for t in tokens(fold(a))}
        return part in PART_NOUNS and part not in own and part not in sold_as and not other & own

    def _conflicts(self, p: Product, analysis: Analysis, question: str) -> bool:
        return self._colour_conflict(p, analysis) or self._number_conflict(p, question)

    @staticmethod
    def _number_conflict(p: Product, question: str) -> bool:
        """ "a 4 person tent" when ours is the "Summit 2-Person Tent", "spf 30" when ours is "SPF 50+": the number
        beside a word of its name is not the one asked, and no option of it has that number: another product."""

        def counted(text: str) -> set[tuple[str, str, str]]:
            """(word, side, number): "2-Person" -> ("person", "after", "2"); "SPF 50+" -> ("spf", "before", "50").
            Measures ("500ml", "60W") are left to the measure reader, which says a clear no with the name's own."""
            after = {(w, "after", n) for n, w in re.findall(r"(\d+(?:\.\d+)?)[\s-]*([a-z]+)", text) if w not in UNITS}
            before = {(w, "before", n) for w, n, unit in
                      re.findall(r"([a-z]+)[\s-]*(\d+(?:\.\d+)?)(?:\s*([a-z]+))?", text) if unit not in UNITS}
            return after | before

        in_name = counted(fold(p.name))
        offered = " ".join(fold(val) for v in p.variants for val in v.options.values())
        sold = set(re.findall(r"\d+(?:\.\d+)?", offered))
        return any(w == nw and side == nside and n != nn and n not in sold
                   for w, side, n in counted(english_view(question)) for nw, nside, nn in in_name)

    @staticmethod
    def _colour_conflict(p: Product, analysis: Analysis) -> bool:
        """ "gold necklace" / "金项链" when our one necklace is the "Sterling Silver Necklace": the colour its name
        gives is not the one asked, and it is not sold in that one either: another product, not ours."""
        named = {stem(w) for w in tokens(english_view(p.name)) if w in COLOURS}  # stem: grey is gray
        said = {stem(w) for w in analysis.words if w in COLOURS}
        if not named or not said or said & named:
            return False
        offered = {stem(w) for v in p.variants for val in v.options.values() for w in tokens(english_view(val))}
        return not said <= offered

    def _names_best(self, gloss: str, best: Match, analysis: Analysis) -> bool:
        words = {stem(w) for w in tokens(gloss)}
        forms = words | {a for w in words for a in analysis.alts.get(w, ())}
        return any(t in best.matched for f in forms for t, _q in self.matcher.lookup_word(f))

    def _ours(self, word: str, analysis: Analysis | None = None) -> bool:
        """Is the word (in any of its forms, or any spelling of the Chinese word it glosses) one our listings use?"""
        spellings = (word, *(analysis.alts.get(word, ()) if analysis is not None else ()))
        return any(form in self.shop_words for w in spellings for form in (w, stem(w), F.word_base(w), F.word_base(stem(w))))

    def _unknown_words(self, analysis: Analysis) -> list[str]:
        """Words said that no product name has, even misspelt (a brand or model we do not carry)."""
        return [w for w in analysis.content if len(w) >= 4 and not w.isdigit() and w not in TYPE_OF
                and analysis.raw.get(w, w) not in P.PLAIN_WORDS and w not in P.PLAIN_WORDS
                and not has_cjk(w) and not self.matcher.hits(w, analysis)
                and not _asks_about(analysis.raw.get(w, w))]  # "how heavy is the kestrel": the question, no brand

    def _modifier_only(self, best: Match, analysis: Analysis) -> bool:
        """ "do you sell fish tanks?" names the Catnip Kicker Fish by one word only, and that word is a
        modifier: the head noun after it ("tanks") is nothing this product's listing says. Not this product."""
        if len(best.matched) != 1:
            return False
        p = best.product
        matched = next(iter(best.matched))
        said = [stem(w) for w in analysis.words]
        if matched not in said:
            return False
        i = len(said) - 1 - said[::-1].index(matched)
        if i + 1 >= len(said):
            return False  # the name word ends the phrase: it is the head noun
        head_raw = analysis.words[i + 1]
        head = said[i + 1]
        if head not in analysis.content or head.isdigit() or has_cjk(head) or head_raw in PREDICATES:
            return False  # "fish price?", "fish for my cat", "wellies true to size?": no noun after it
        shape = read_shape(head_raw)
        if shape.price or shape.stock or shape.variant or shape.attribute or shape.sale or shape.restock:
            return False  # "fish pockets?" asks about the product
        own = {form for w in tokens(fold(" ".join([p.name, p.brand, p.category, p.description,
                                                      *map(str, p.features), *p.tags,
                                                      *(str(v) for v in p.attributes.values()),
                                                      *(val for var in p.variants for val in var.options.values())])))
               for form in (w, stem(w), F.word_base(w))}
        if {head_raw, head, F.word_base(head_raw)} & own:
            return False
        said = fold(" ".join(analysis.words))
        if any(re.search(r"(?<![a-z0-9])" + re.escape(fold(v)) + r"(?![a-z0-9])", said) for name in p.option_names()
               for v in self.option_vocab.get(name.lower().strip(), ()) if len(v) > 2):
            return False  # "the nightjar ground for french press": a value of one of its options is asked
        whole = read_shape(analysis.text)
        last = [w for w in (stem(x) for x in analysis.words) if w in analysis.content][-1:] == [head]
        if last and head not in TYPE_OF and not self.matcher.lookup_word(head, head_raw) \
                and re.match(r"\s*(?:is|are)\b", analysis.text) and not (whole.price or whole.stock or whole.variant):
            return False  # "is the honey vegan?": a yes/no about the product, which the listing may not say
        kinds = {TYPE_OF[t] for t in own if t in TYPE_OF}
        if head in TYPE_OF:  # a type noun: the same kind as this product ("fish toy") names it
            return TYPE_OF[head] not in kinds
        name = set(name_tokens(p.name))
        return not any(tok in name for tok, _q in self.matcher.lookup_word(head, head_raw))

    def _content_words(self, text: str) -> list[str]:
        return [w for w in tokens(english_view(text)) if w not in STOP and stem(w) not in STOP and len(w) > 2
                and not w.isdigit() and not re.search(r"[\u3400-\u9fff]", w)]
