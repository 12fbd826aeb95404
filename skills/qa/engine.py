"""The Q&A engine: a question in, a grounded answer out. No chat, no I/O: the skill and the CLI
both call ``QAEngine.answer``.

Order of reasoning: which product(s) (matcher, else the pinned one), what is asked (intent), which
options (size/colour/...), then the facts, then the words (render). Anything not backed by a fact
becomes an honest "I don't know" with no price in it.

This module holds that order (``answer``) and the answer about one product (``_about``); the parts live beside
it: guards.py (is the matched product really the one asked about?), compare.py (two products side by side),
attributes.py (attribute questions), no_product.py (no one product named), faq_answer.py (the FAQ reply),
product_words.py (a product's own words), answer.py (the ``Answer`` handed back, re-exported here).
"""

from __future__ import annotations

import dataclasses
import re

from bot.catalog import Catalog, Product, Variant
from skills.qa import asked_figure as AF
from skills.qa import facts as F
from skills.qa import option_phrases as OP
from skills.qa import options as O
from skills.qa import pack_words as PW
from skills.qa import phrasing as P
from skills.qa import prose_facts as PF
from skills.qa import scoped_facts as S
from skills.qa import value_lists as VL
from skills.qa import value_pick as VP
from skills.qa import variant_facts as VF
from skills.qa import zh_compounds, zh_fallback
from skills.qa.abbreviations import Abbreviations
from skills.qa.answer import Answer, not_found, which_one, which_product
from skills.qa.answer_class import naming_modifiers
from skills.qa.answers_asked import (
    affirms,
    asked_noun,
    asked_noun_kept,
    count_outside,
    figure_line,
    figure_missing,
    names_the_case,
    unread_owner,
)
from skills.qa.antonyms import contradicts
from skills.qa.attributes import attribute_answer, attribute_in_name, only_measure
from skills.qa.bundles import component_named
from skills.qa.compare import Comparer
from skills.qa.compare_sides import clipped_name, name_word_index
from skills.qa.container_value import container_value
from skills.qa.faq import FaqEntry, FaqIndex, concepts
from skills.qa.faq_answer import faq_answer
from skills.qa.faq_guard import names_product_loosely
from skills.qa.faq_words import FaqByWords
from skills.qa.follow_up import follow_up
from skills.qa.free_of import free_of_words
from skills.qa.guards import ProductGuards, asks_about, colour_conflict, conflicts, number_conflict
from skills.qa.intent import read_shape
from skills.qa.inventory import Inventory, PriceFn
from skills.qa.loose_value_pick import loose_value_pick
from skills.qa.matcher import Analysis, Match, ProductMatcher
from skills.qa.name_words import name_count_differs, name_word_asked
from skills.qa.negation_scope import UNSURE as NEG_UNSURE
from skills.qa.negation_scope import negation_elsewhere
from skills.qa.no_product import NoProductAnswerer
from skills.qa.option_named import product_with_option
from skills.qa.pinned_focus import only_pinned_values, pinned_meant
from skills.qa.product_words import content_words, kind_words, names_product, option_words, strip_name
from skills.qa.quantity_ask import amount_asked, quantity_noun
from skills.qa.render import join, say, shown, topic_words
from skills.qa.sentence_focus import focused_sentence
from skills.qa.size_unsaid import choices as size_choices
from skills.qa.size_unsaid import superlative_value, unmatched_size
from skills.qa.text import (
    detect_lang,
    english_view,
    fix_keyword_typos,
    fold,
    has_cjk,
    name_tokens,
    reading_with,
    stem,
    tokens,
    zh_pieces,
)
from skills.qa.unread_figure import unread_figure
from skills.qa.value_owner import owners as value_owners
from skills.qa.weak_pick import weak_colour_pick
from skills.qa.without_value import without_values

__all__ = ["Answer", "QAEngine"]  # Answer lives in answer.py; importers take it from here

STORE_POLICY = {"exchange", "return", "cancel", "track", "duty", "damage", "missing"}  # about the order, never about a product's facts
POLICY = {"ship", "return", "exchange", "pay", "cancel", "gift", "track", "duty", "dispatch", "first", "stack", "code",
          "damage", "missing"}
# words that point at a variant of the product on screen, naming nothing ("the -12 version", "the blue model")
REFERENCE_WORDS = frozenset(["version", "model", "variant", "edition", "option"])


# "is the helmet crash tested?" asks about a product (a kind of them), never about the shop's crash policy
_ASKS_OF_A_PRODUCT = re.compile(r"(?:is|are|does|do|did|was|were|can|will)\s+(?:the|this|that|these|those|it|they)\b")


class QAEngine:
    def __init__(self, catalog: Catalog, faq: list[FaqEntry] | None = None, *, price: PriceFn | None = None,
                 default_lang: str = "en", max_values: int = 8) -> None:
        self.catalog = catalog
        self.matcher = ProductMatcher(catalog)
        self.zh_reading = zh_fallback.catalog_segmenter(self.matcher.products)  # Chinese words beyond ours
        self.faq = FaqIndex(faq or [])
        self.faq_words = FaqByWords(faq or [], self.matcher.products)  # a shop's own policy, by its words
        self.price_fn: PriceFn = price or (lambda p, v: (p.variant_price(v), None))
        self.inv = Inventory(self.price_fn, max_values)
        self.default_lang = default_lang
        self.max_values = max_values
        self.option_vocab = O.catalog_values(self.matcher.products)
        self.comparer = Comparer(self.matcher, self.price_fn, self.inv)
        self.guards = ProductGuards(self.matcher, self.option_vocab, faq)
        self.no_product = NoProductAnswerer(self.matcher, self.price_fn, self.guards, self._about)
        self.shop_kinds = {w for p in self.matcher.products for w in kind_words(p)}
        self._names = [p.name for p in self.matcher.products]
        self.abbreviations = Abbreviations(self.matcher.products,
                                           set(self.matcher.postings) | set(self.matcher.listing_postings))
        name_word_index(self.matcher)  # the clipped-word index now, not on the first clipped word asked
        VP.value_word_index(self.matcher)  # and the option-value pick's

    # ------------------------------------------------------------------ entry point
    def answer(self, question: str, lang: str | None = None, pinned_sku: str | None = None, user: str = "",
               force: str | None = None) -> Answer:
        """Answer one chat question. ``force`` ("price" / "stock") is what a !price / !stock command asks."""
        with reading_with(self.zh_reading):  # Chinese read with this catalog's dictionary fallback
            return self._answer(question, lang, pinned_sku, user, force)

    def _answer(self, question: str, lang: str | None, pinned_sku: str | None, user: str,
                force: str | None) -> Answer:
        lang = lang if lang in ("en", "zh") else detect_lang(question, self.default_lang)
        pinned = self.catalog.lookup(pinned_sku) if pinned_sku else None  # (product, variant) on screen
        question = fix_keyword_typos(question, self.matcher.postings)
        question = self.matcher.spell(question)  # "ema leggins": a typo in each word of one product's name
        question = self.abbreviations.expand(question)  # "choc fudge": the value "Chocolate Fudge"
        question = clipped_name(self.matcher, question) or question  # "the field chrono": Field Chronograph
        shape = read_shape(question)
        if force == "price":
            shape.price = True
        elif force == "stock":
            shape.stock = True
        analysis = self._analyse(question)
        matches = self.matcher.match_details(analysis)
        best = self.matcher.confident(matches) or component_named(self.matcher, matches)  # "beam 800", not its set
        if best is None and (focus := focused_sentence(self.matcher, question)) is not None:
            analysis = self._analyse(focus)  # "does the chilli crisp have peanuts? my son is allergic"
            matches = self.matcher.match_details(analysis)
            best = self.matcher.confident(matches)
        if best is not None and pinned_sku and shape.this and len(best.matched) == 1 and best.score < 0.6 \
                and not self.guards.this_names(best, analysis):
            best = None  # "is this water resistant?" is about the pinned product, not the Water Bottle
        best = self.guards.option_word_aside(best, matches)
        best = self.guards.attribute_word_aside(best, matches, shape)
        keep_pin = best is not None and bool(pinned) and pinned_meant(best, pinned[0], analysis, question)
        if keep_pin:  # "这个睫毛膏防水吗" / "90cm in oak?": the product on screen, not one these words also name
            best = None
        if best is not None and (owning := value_owners(best, matches, question)):
            if len(owning) > 1 or best.exact_unique:  # several own it, or the viewer named the other: ask which
                names = [m.product.name for m in ([best] if best.exact_unique else []) + owning]
                return which_one(names, lang)
            best = owning[0]  # "唇釉Wine Not": the candidate that has the shade said, not "X doesn't come in it"
        moved = VP.switch_by_value(self.matcher, question, analysis, best) if best is not None and not keep_pin \
            and not shape.compare and not shape.this and not pinned_sku else None
        if moved is not None:  # "90cm in oak": "oak" named a stool; a shelf is sold in 90 cm and Oak
            best = next((m for m in matches if m.product is moved), None)
        elif best is not None and not keep_pin and (named := product_with_option(analysis, best, matches)):
            best = named  # "pebble buds pro with the wireless charging case": the earbuds in that option
        product: Product | None = best.product if best is not None else moved
        if product is None and not shape.compare and not shape.this:  # "遮瑕液Light 2.5号": the one sold in it
            product = VP.pick_by_value(self.matcher, question, analysis, matches, pinned[0] if pinned else None)
            if product is None and not pinned_sku:  # "700x32 tanwall contour tyres": the Road Tyre's 700x32c
                product = loose_value_pick(question, matches)
        tie = [] if shape.compare else zh_fallback.sense_tie(question, self.matcher, product)
        if tie:  # 望远镜 is binoculars or a telescope, and we sell both: which one?
            return which_one([p.name for p in tie[:4]], lang)
        if best is not None and product is best.product and (  # a product the name words chose, not a value
                zh_fallback.unknown_compound(question)  # 脚链: an anklet, not any chain
                or zh_fallback.swallowed(question)  # 烘箱: an oven, not any box
                or zh_compounds.head_only(question, best)):  # 路灯: a kind of lamp, named by "lamp" alone
            return which_product(lang)

        if (shape.compare or (shape.price and self.comparer.two_sides(question))) and force is None:
            pair = self.comparer.compare_products(question, matches)
            if not shape.compare and len(pair) < 2:
                pair = []  # "X, 50g, price?" is one product's price, not a comparison
            if len(pair) >= 2:
                return self.comparer.compare(pair, question, lang)
            if len(pair) == 1 and self.comparer.two_sides(question) and not O.said_values(pair[0], question)[1]:  # "X vs <something we can't find>": no half answer
                return Answer(say("compare_one", lang, a=pair[0].name), None, "compare", lang, False,
                              f"compare:{pair[0].sku}", [pair[0].sku])
            if len(pair) == 1 and product is not pair[0] and O.said_values(pair[0], question)[1]:
                product = pair[0]  # "60cm和120cm的生长灯差多少钱": two values of one product, side by side
                best = None  # read through its values: the name guards have nothing more to say

        faq_text = strip_name(question, product) if product else question
        hit = self.faq.find(faq_text) if self.faq.entries else None
        if product is not None and self.faq.entries and (extra := concepts(question) - concepts(faq_text)) \
                and not extra & concepts(product.name):  # "puzzle is missing a piece": "piece" is no name word here
            full = self.faq.find(question)
            if full is not None and (hit is None or full.score > hit.score):
                hit, faq_text = full, question
        policy = concepts(question) & POLICY
        if not P.asks(question, shape):  # "first time watching, hi all": a remark, not a policy question
            hit, policy = None, set()
        elif hit is None and product is None and not (shape.price or shape.stock or shape.compare or shape.restock
                                                       or (pinned_sku and shape.this)  # "does this have ...": the pinned one
                                                       or _ASKS_OF_A_PRODUCT.match(fold(question).strip())):
            hit = self.faq_words.find(question)  # "if i crash my helmet do i get anything": crash replacement
        if policy and best is not None and best.listing_only:  # "do you ship to china?": a tag is no product
            best, product = None, None
            faq_text = question
            hit = self.faq.find(faq_text) if self.faq.entries and P.asks(question, shape) else None
        if hit is not None and product is None and not policy and names_product_loosely(shape, matches):
            hit = None  # "is the pro esentials brush set on sale?": that product's price, never the discount FAQ
        if hit is not None and policy and faq_text != question and (whole := self.faq.find(question)) is not None \
                and whole.entry is not hit.entry and names_the_case(whole.entry.words, question, faq_text):
            hit, faq_text = whole, question  # "耳塞拆封了还能退吗": the entry about opened earbuds, not all returns
        if hit is not None and force is None and (product is None or policy):
            return faq_answer(hit, faq_text, lang)
        if hit is None and policy and force is None and (product is None or policy & STORE_POLICY):
            # "宠物床可以换尺码吗": exchanging is the shop's policy whatever the product; no FAQ entry, no answer
            return Answer(say("policy_unknown", lang), None, "unknown", lang, False, "policy")
        if best is not None and not policy and lang == "zh" and unread_owner(question):  # "索尼的降噪耳机": a maker unread
            return not_found(lang)
        if best is not None and not policy and (self.guards.other_brand(best, analysis) or self.guards.modifier_only(best, analysis)):
            if self.guards.modifier_only(best, analysis) and self.matcher.family(analysis)[0]:
                # "baby toys": not the Baby Bowl, but the shop files toys for babies: those
                return self.no_product.answer(question, shape, analysis, [], lang, user)
            return not_found(lang)
        if best is not None and not policy and conflicts(best.product, analysis, question) \
                and not (best.exact_unique and number_conflict(best.product, question)
                         and not colour_conflict(best.product, analysis)):  # "the harrier in 2 person?": a no
            return not_found(lang)
        if best is not None and not policy and (self.guards.another_products_part(best, analysis, question)
                                                or self.guards.unread_beside(best, analysis, question, shape)
                                                or self.guards.part_of(best, analysis, shape)
                                                or (product is best.product and weak_colour_pick(best, analysis))):
            return which_product(lang)

        variant: Variant | None = None
        keep_pin = keep_pin or bool(product is None and pinned and only_pinned_values(pinned[0], analysis))
        if product is None and pinned and (keep_pin or shape.this or not analysis.content or only_measure(analysis)
                                           or set(analysis.content) <= REFERENCE_WORDS  # "the -12 version"
                                           or self._pinned_among(pinned[0], matches, analysis)):  # "the bag"
            product, variant = pinned
        if product is None:
            return self.no_product.answer(question, shape, analysis, matches, lang, user)
        asks = shape.price or shape.stock or shape.variant or shape.attribute or shape.restock or shape.sale \
            or (shape.compare and bool(O.said_values(product, question)[1]))  # "small vs large otter plush"
        if force is None and not asks and P.remark(question, shape):  # "hello! love the josie jacket"
            remark = self.no_product.answer(question, shape, analysis, [], lang, user)
            remark.products = [product.sku]  # still a mention of it, for the recommender
            return remark
        with S.asking():  # the values asked hold for this answer's fact lines (set in _about)
            result = self._about(product, variant, question, lang, force)
        if force is None and result.intent == "attribute" and (pair := follow_up(question)):
            return self._both(result, product, variant, pair, lang)
        return result

    def _analyse(self, text: str) -> Analysis:
        analysis = self.matcher.analyse(text)
        # "how heavy is the kestrel": "heavy" is what is asked, no name word; left in, it hides the products
        analysis.content = [w for w in analysis.content if not (
            not self.matcher.lookup_word(w, analysis.raw.get(w, ""))
            and not self.matcher.lookup_listing(w, analysis.raw.get(w, ""))
            and (asks_about(analysis.raw.get(w, w)) or analysis.raw.get(w, w) in PF.phrase_words(text)))
            and analysis.raw.get(w, w) not in PF.packaging_words(text)]
        prose = zh_compounds.prose_words(text)  # 回来 "returned": a fact word of prose, naming no product
        analysis.content = [w for w in analysis.content if w not in prose]
        if free := free_of_words(text, self._names):  # "gluten free": a property asked, not the Gluten Strips
            free |= {"free"}
            analysis.content = [w for w in analysis.content if w not in free and analysis.raw.get(w, w) not in free]
        return analysis

    def _both(self, result: Answer, p: Product, variant: Variant | None, pair: tuple[str, str], lang: str) -> Answer:
        """ "what gsm is the paper? ok with fountain pens?": each part answered about the product, the yes/no
        one with its own yes, no or "not sure", so a quoted line never stands for an answer it does not give."""
        with S.asking():
            first = self._about(p, variant, pair[0], lang)
        with S.asking():
            second = self._about(p, variant, pair[1], lang)
        first = first if first.intent == "attribute" else result  # the first part alone missed what the line has
        if second.intent not in ("attribute", "unknown"):
            return result
        sep = " " if lang == "en" else ""
        return dataclasses.replace(first, text=first.text + sep + second.text, confident=first.confident and second.confident)

    # ------------------------------------------------------------------ one product
    def _about(self, p: Product, pinned_variant: Variant | None, question: str, lang: str,
               force: str | None = None) -> Answer:
        rest = asked_noun_kept(question, strip_name(question, p))  # "what size r the X - Standard Size"
        shape = read_shape(rest)
        if force == "price":
            shape.price = True
        elif force == "stock":
            shape.stock, shape.price, shape.attribute = True, False, None
        elif shape.price and (noun := quantity_noun(question)) and amount_asked(p, noun, rest):
            shape.price = False  # "how much protein in one scoop?": an amount from the listing, not the price
        req = O.requested(p, rest)
        # option values that share words with the name ("12 pack" of "Snack Pack") are read from the full text
        name_words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", p.name)}
        for opt, value in O.requested(p, question).wanted.items():
            if opt not in req.wanted and set(re.findall(r"[a-z0-9]+", value.lower())) - name_words:
                req.wanted[opt] = value
        O.not_offered(p, rest, self.option_vocab, req, full=question)
        O.free_form_missing(p, rest, req)
        name_count_differs(p, question, req)  # "kestrel in 3 person?" of "Kestrel 2-Person Tent"
        PW.pick_count(p, rest, req)  # "12 pack" / "box of 12": the value holding 12 ("12 x 60g")
        from_pin = pinned_variant is not None and not req  # the variant on screen, not one the viewer named
        if from_pin:
            req.wanted = dict(pinned_variant.options)
        for opt_name, value in (container_value(p, question) if from_pin or not req.wanted else {}).items():
            req.wanted[opt_name] = value  # "how much for a box of the bars": the one multi-pack
        for opt_name, value in (superlative_value(p, question) if not req.wanted or from_pin else {}).items():
            req.wanted[opt_name] = value  # "最大那个" / "the biggest one": the largest of its sizes
        for opt_name, value in without_values(p, question).items():  # "不带灯泡的" / "the one without a bulb"
            req.wanted[opt_name] = value
            req.missing = [(n, v) for n, v in req.missing if n != opt_name]
        S.ask_values(p, req.wanted)  # fact lines scoped to another value of these options are not quoted
        key_opts = "|".join(f"{k}={v}" for k, v in sorted(req.wanted.items()))

        def done(text: str, intent: str, sku: str | None = None, known: bool = True) -> Answer:
            text = P.polar(text, question, lang)
            if intent == "attribute" and known and (topic := figure_missing(question, text, p.name, lang)):
                # "fabric weight (gsm)?" / the material: a line with no figure of the class asked is no answer
                return Answer(say("attr_unknown", lang, name=p.name, topic=topic), p.sku, "unknown", lang, False,
                              f"unknown:{p.sku}", [p.sku])
            return Answer(text, sku or p.sku, intent, lang, known, f"{intent}:{p.sku}:{key_opts}", [p.sku])

        if shape.restock:  # the state now (sold out) is known even when the restock date is not
            gone = O.matching_variants(p, req.wanted) if req.wanted else p.variants
            if not p.in_stock or (gone and not any(v.in_stock for v in gone)):
                name = f"{p.name} ({self.inv.opt_text(req.wanted, lang, p)})" if req.wanted and p.in_stock else p.name
                if VL.asks_when(rest):  # no date known: the state, and the honest "I don't know when"
                    return done(say("restock_sold_out", lang, name=name), "unknown", known=False)
                return done(say("back_yet_sold_out", lang, name=name), "stock")
            return done(say("restock", lang, name=p.name), "unknown", known=False)
        if shape.sale and not shape.price and force is None:
            amount, pct = self.price_fn(p, None)
            if not pct and not self.inv.on_sale(p):  # no sale known: say so, quote nothing
                return done(say("no_sale", lang, name=p.name), "unknown", known=False)
            shape.price = True
        # "any 20 inch length left?" asks the stock; "how many pieces in the set?" a count
        classed = force is None and (not shape.stock or PF.counted(question))
        if classed and (line := figure_line([x for x in F.all_fact_lines(p) if S.whole(x)], rest, p.name)):
            return done(say("attr_fact", lang, name=p.name, fact=line), "attribute")  # "fabric weight (gsm)?"
        by_option = PF.option_asked(p, rest, lang) if classed and not req else None
        if by_option:  # "how long is the curb chain?" of Length 16" / 18" / 20": those values
            return done(self.inv.list_values(p, lang, only=by_option), "variant")
        prose = PF.answer(p, rest, lang, question) if classed else None  # "what metal is it?", "how long is it?"
        if prose is not None:
            return done(prose[0], "attribute", known=prose[1])
        opt, several = O.said_values(p, question) if (shape.price or shape.compare) else (None, [])
        if opt and several:  # "spice tins black or silver, which is cheaper?": each one's price
            return done(self.comparer.value_prices(p, opt, several, lang, shape.compare, req.wanted),
                        "compare" if shape.compare else "price")
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
        if shape.attribute and VL.attribute_only_in_values(rest, req.wanted):
            shape.attribute = None  # "is warm sand 220 sold out?": "warm" is the shade's name
        if shape.attribute in ("length", "dimensions") and shape.stock and req.wanted:
            shape.attribute = None  # "any 20 inch length left?": the stock of that value
        if shape.attribute:
            text, known = attribute_answer(self.matcher, p, shape, rest, lang)
            return done(text, "attribute", known=known)
        in_name = (attribute_in_name(p, question) or (OP.name_measure_said(p, question) if P.yes_no(question)
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
        asked = None if req else VL.asked_option(p, rest, question)
        if asked:  # "what grind options do you have for X": the values, not a stock answer
            return done(self.inv.list_values(p, lang, only=asked), "variant")
        kind = kind_words(p)
        # a tag that is a kind the shop files products under ("baby", "toy") says what it is, not what is asked;
        # other tags ("caffeine-free") are facts a question asks about
        kind |= {stem(w) for w in tokens(fold(" ".join(p.tags)))} & self.shop_kinds
        # named by a tag/handle word alone ("wellies design?"): that word is the name, not a fact to look up;
        # with its title said, a tag word asks about the listing ("is the lipstick vegan?")
        by_listing = not set(name_tokens(p.name)) & {stem(w) for w in tokens(english_view(question))}
        leftover = [w for w in content_words(rest) if not names_product(self.matcher, w, p, by_listing)
                    and stem(w) not in kind]
        pointing = naming_modifiers(p, question, english_view(question))  # "the stone vase": names, asks nothing
        leftover = [w for w in leftover if stem(w) not in pointing]
        if req.wanted and not (from_pin and leftover and not shape.stock):
            # "does the 12-piece kit include a drill?": a listing fact of that variant, not its stock; the variant
            # on screen with words asked and no stock word ("does this have alcohol in it?") is no stock question
            leftover = [] if VF.asks_stock(rest, shape.stock) else VF.fact_words(p, leftover, rest)
            if not leftover:
                return done(*self.inv.variant_stock(p, req, lang))
            shape.stock = False  # "how many people does the 5.2L serve": a listing fact, no count of stock
            if (elsewhere := VF.other_values_fact(p, leftover)) is not None:
                return done(say("attr_fact", lang, name=p.name, fact=elsewhere), "attribute")
        named_opts = [n for n in p.option_names() if {stem(w) for w in leftover} & {stem(t) for t in tokens(fold(n))}]
        if leftover and len(named_opts) == 1 and not shape.stock and \
                {stem(w) for w in leftover} <= {stem(t) for t in tokens(fold(named_opts[0]))}:
            return done(self.inv.list_values(p, lang, only=named_opts[0]), "variant")  # "parka for age 5?"
        looking = bool(leftover) and not (shape.list_values or VF.asks_stock(rest, shape.stock))
        limit = 6 if AF.asked_class(rest) else 2  # "what security rating": the line with a rating, not the tag
        found = AF.fitting(rest, F.find_facts(p, leftover, limit, all_specific=True)) if looking else []
        partial = not found and looking
        if partial:  # a line with only some of the words ("oily skin" for "dry skin?"): shown, no yes/no
            found = AF.fitting(rest, F.find_facts(p, leftover, limit))
        if found and P.FIGURE_ASK.search(fold(rest)) and not re.search(r"\d", found[0]):
            found = []  # "能保温多久" (how long does it keep warm?) asks a figure: a tag "insulated" is no answer
        figure = bool(P.FIGURE_ASK.search(fold(rest)))
        if not found and has_cjk(rest) and (looking or (figure and not (shape.price or shape.stock or shape.list_values))):
            found = zh_fallback.listing_fact(p, question, figure)  # 保温: "insulated" to us, "keeps hot" to the listing
        if found and zh_fallback.partly_read(rest):  # "防雾吗？想挂浴室": 浴室 (bathroom) read, 防雾 not: no answer
            found = []
        if found:  # "is there caffeine in the decaf?": the listing answers it, whatever the shape
            if P.yes_no(rest) and not partial and S.whole(found[0]) and negation_elsewhere(found[0], leftover):
                # "no bleed-through from fountain pens" for "ok with fountain pens?": not sure, the line quoted
                return done(NEG_UNSURE[lang].format(fact=found[0].rstrip(". "), name=p.name), "attribute", known=False)
            if P.yes_no(rest) and not partial and S.whole(found[0]):  # "does it have caffeine?" / "caffeine-free."
                key = "attr_no" if F.is_negative(found[0], leftover, english_view(rest)) \
                    or contradicts(question, found[0]) else "attr_yes"  # "short sleeve?" / "Long-sleeve crew"
                if key == "attr_no" or not F.is_instruction(found[0]):
                    return done(say(key, lang, name=p.name, fact=found[0]), "attribute")
            if P.yes_no(rest) and S.whole(found[0]) and not F.is_negative(found[0], leftover, english_view(rest)):
                if count_outside(question, found[0], p.name):  # "play with 4?" / "players: 2": a no
                    return done(say("attr_no", lang, name=p.name, fact=found[0]), "attribute")
                if affirms(question, found[0], p.name):  # "built in preamp?" / "Built-in ... preamp": a yes
                    return done(say("attr_yes", lang, name=p.name, fact=found[0]), "attribute")
            return done(say("attr_fact", lang, name=p.name, fact=found[0]), "attribute")
        noun = asked_noun(question) if shape.list_values and not req else None
        if noun and not any(noun in tokens(fold(n)) for n in p.option_names()) \
                and (lines := [x for x in F.find_facts(p, [noun]) if re.search(r"\d", x)]):
            return done(say("attr_fact", lang, name=p.name, fact=lines[0]), "attribute")  # "what size?": no Size option
        if shape.list_values or (shape.variant and not shape.stock):
            return done(self.inv.list_values(p, lang), "variant")
        if shape.stock and unmatched_size(p, rest):  # "最大那个还有货吗": one pot asked, no total of all pots
            names = join([shown(v, lang) for v in size_choices(p)[: self.max_values]], lang, "or")
            return done(say("which_one", lang, names=names), "variant", known=False)
        if shape.stock and unread_figure(p, question):  # "dd180 with the 2x4ah kit": one kit, not the total
            return done(say("which_one", lang, names=join([shown(v.title or " / ".join(v.options.values()), lang) for v in p.variants[: self.max_values]],
                                                          lang, "or")), "variant", known=False)
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

    def _pinned_among(self, on_screen: Product, matches: list[Match], analysis: Analysis) -> bool:
        """Is the pinned product one of the products the words leave a tie between ("the bag": the sleeping
        bag on screen, or the dry bag)? Then the one on screen is meant."""
        tied = [m.product for m in self.matcher.ambiguous(matches)] or self.matcher.family(analysis, limit=None)[1]
        if any(p is on_screen for p in tied):
            return True
        # "iphone 14 pro?" with the case on screen: every word said is in its option values (a model, a colour)
        said = {w for w in set(analysis.content) | set(analysis.values) if not w.isdigit()}
        return bool(analysis.values) and said <= option_words(on_screen)
