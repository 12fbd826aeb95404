"""Is the product the matcher found really the one asked about? Guards that turn a match into "not ours" or
"which one?": another brand's product named by our generic words ("drunk elephant serum"), a part of another
product ("tent poles"), a spare part or accessory of it ("fountain filter price"), unread Chinese beside the
naming words, a number or colour its name contradicts ("4 person tent"), a name word that is only a modifier
("fish tanks"); and the match to prefer when a word is an option value or the attribute asked, not a name."""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import facts as F
from skills.qa import phrasing as P
from skills.qa.bilingual_values import in_said_value
from skills.qa.faq import FaqEntry
from skills.qa.intent import Shape, read_shape
from skills.qa.matcher import Analysis, Match, ProductMatcher
from skills.qa.product_words import kind_words, listing_words, option_words
from skills.qa.prose_facts import class_word
from skills.qa.text import (
    COLOURS,
    GENERIC_NAME_WORDS,
    STOP,
    TYPE_OF,
    cjk_grams,
    english_view,
    fold,
    has_cjk,
    is_kept,
    name_tokens,
    stem,
    tokens,
    zh_pieces,
)
from skills.qa.units import UNITS
from skills.qa.zh_fallback import said_apart

DEMONSTRATIVES_ZH = ("这个", "那个", "这款", "那款", "这件", "那件", "这条", "这双", "这只", "这瓶", "这盒", "这种")
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


def asks_about(word: str) -> bool:
    """Is the word what a question asks (an attribute, price, stock word: "heavy", "warm", "sturdy")?"""
    if word in PREDICATES or word in VALUE_ASKS or class_word(word):  # "metal", "capacity": a class of fact asked
        return True
    shape = read_shape(word)
    # a weight word asks; a material or feature word ("wool", "waterproof") may describe the product meant
    return shape.attribute in ("weight", "load") or bool(shape.price or shape.stock or shape.restock or shape.sale)


def number_conflict(p: Product, question: str) -> bool:
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


def colour_conflict(p: Product, analysis: Analysis) -> bool:
    """ "gold necklace" / "金项链" when our one necklace is the "Sterling Silver Necklace": the colour its name
    gives is not the one asked, and it is not sold in that one either: another product, not ours."""
    named = {stem(w) for w in tokens(english_view(p.name)) if w in COLOURS}  # stem: grey is gray
    said = {stem(w) for w in analysis.words if w in COLOURS}
    if not named or not said or said & named:
        return False
    offered = {stem(w) for v in p.variants for val in v.options.values() for w in tokens(english_view(val))}
    return not said <= offered


def conflicts(p: Product, analysis: Analysis, question: str) -> bool:
    return colour_conflict(p, analysis) or number_conflict(p, question)


class ProductGuards:
    """The guards, over the catalog's matcher and the words our listings (and the shop's FAQ) use."""

    def __init__(self, matcher: ProductMatcher, option_vocab: dict[str, set[str]],
                 faq: list[FaqEntry] | None = None) -> None:
        self.matcher = matcher
        self.option_vocab = option_vocab
        # every word our listings use (names, brands, descriptions, tags, options): a word outside it next
        # to a bare type noun ("the ordinary niacinamide serum") names someone else's product
        said = {w for p in self.matcher.products for w in tokens(fold(" ".join(
            [p.name, p.brand, p.category, p.description, *map(str, p.features), *p.tags,
             *(str(v) for v in p.attributes.values()),
             *(val for var in p.variants for val in var.options.values())])))}
        self.shop_words = {form for w in said for form in (w, stem(w), F.word_base(w))}  # each word's forms once
        for e in faq or []:  # the shop's own FAQ words ("opened", "sealed") are not another brand either
            self.shop_words |= {form for w in tokens(fold(f"{e.question} {e.answer}"))
                                for form in (w, stem(w), F.word_base(w))}

    def option_word_aside(self, best: Match | None, matches: list[Match]) -> Match | None:
        """ "the decaf as espresso grind": "espresso" names the Nightjar Espresso Blend, but here it is an
        option value of the Swiss Water Decaf, which "decaf" names. The product named by words that are
        not the other's option values wins."""
        if best is None:
            return None
        for m in matches:
            if m is best or not m.exact_distinctive or not self.matcher.accepts(m):
                continue
            if best.matched <= option_words(m.product) and not m.matched <= option_words(best.product) \
                    and not m.matched <= best.matched:
                return m
        return best

    def attribute_word_aside(self, best: Match | None, matches: list[Match], shape: Shape) -> Match | None:
        """ "are the wellies waterproof?": "waterproof" is in the Puddle Suit's title, but here it is the
        attribute asked; the product named by the other words ("wellies", a tag) is the one asked about."""
        asked = {stem(w) for w in shape.attribute_words}
        if best is None or not asked or not best.matched <= asked:
            return best
        others = [m for m in matches if m is not best and m.matched and not m.matched & asked
                  and self.matcher.accepts(m)]
        return others[0] if len(others) == 1 else best

    def other_brand(self, best: Match, analysis: Analysis) -> bool:
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
        strange = {stem(w) for w in self.unknown_words(analysis) if not self.ours(w, analysis)}
        return bool(strange & set(said[start:noun_at[0]]))

    def another_products_part(self, best: Match, analysis: Analysis, question: str) -> bool:
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
        if {before, F.word_base(before)} & listing_words(best.product):
            return False
        if before not in {stem(w) for w in tokens(fold(question))} and before not in said_apart(question):
            return False  # a Chinese compound's gloss ("手冲壶", pour-over kettle): its head-noun rule decides
            # (dictionary words are said apart: 古巴链 is 古巴 "cuban" + 链 "chain", two words)
        own = set(name_tokens(best.product.name))
        # another product's name has the word (its postings hold more products than this one)
        named_elsewhere = any(len(self.matcher.postings.get(t, ())) > (t in own)
                              for t, _q in self.matcher.lookup_word(before))
        return named_elsewhere and before not in GENERIC_NAME_WORDS and before not in TYPE_OF

    def this_names(self, best: Match, analysis: Analysis) -> bool:
        """ "这个枕头可以机洗吗" / "is this pillow washable": the demonstrative points at the word that names the
        product, so that product is meant, not the pinned one ("is this one wireless?" is about the pin)."""
        words = analysis.words
        for k in range(1, len(words)):
            if any(t in best.matched for t, _q in self.matcher.lookup_word(stem(words[k]), words[k])):
                prev = words[k - 1]
                return prev in ("this", "that", "these", "those") or prev.endswith(DEMONSTRATIVES_ZH)
        return False

    def unread_beside(self, best: Match, analysis: Analysis, question: str, shape: Shape) -> bool:
        """Chinese we cannot read right beside the Chinese words that named the product: before them
        ("有没有胶囊香料": 胶囊 before 香料, spice) a kind or brand we know nothing of; after them, when a price
        or stock is asked ("宠物饮水机滤芯多少钱": 滤芯 after 饮水机), the thing actually asked about (a
        replacement part, an accessory). Either way the product is not clearly named, so ask. A product also
        named by a word typed in Latin letters ("Echo压缩短裤") is named."""
        typed = {stem(w) for w in tokens(fold(question)) if not has_cjk(w)}
        if any(t in best.matched for w in typed for t, _q in self.matcher.lookup_word(w)):
            return False
        pieces = [p for p in zh_pieces(question) if p.text.strip()]
        naming = [k for k, piece in enumerate(pieces) if piece.gloss is not None and self.names_best(piece.gloss, best, analysis)]
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
                and not set(cjk_grams(edge.group(0))) & own \
                and not in_said_value(best.product, question, edge.group(0))  # "少" of the value "Less Sweet 少糖"

        asks_figure = shape.price or shape.stock or shape.variant or shape.compare
        return unread(naming[0] - 1) or (asks_figure and unread(naming[-1] + 1))

    def part_of(self, best: Match, analysis: Analysis, shape: Shape) -> bool:
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
        sold_as = option_words(best.product) | kind_words(best.product) \
            | {stem(w) for w in tokens(fold(" ".join(best.product.tags)))}
        # "表带" reads "watch strap|band": its other spelling is the name's own head ("Sport Loop Band")
        other = {stem(t) for a in analysis.alts.get(part, ()) for t in tokens(fold(a))}
        return part in PART_NOUNS and part not in own and part not in sold_as and not other & own

    def names_best(self, gloss: str, best: Match, analysis: Analysis) -> bool:
        words = {stem(w) for w in tokens(gloss)}
        forms = words | {a for w in words for a in analysis.alts.get(w, ())}
        return any(t in best.matched for f in forms for t, _q in self.matcher.lookup_word(f))

    def ours(self, word: str, analysis: Analysis | None = None) -> bool:
        """Is the word (in any of its forms, or any spelling of the Chinese word it glosses) one our listings use?"""
        spellings = (word, *(analysis.alts.get(word, ()) if analysis is not None else ()))
        return any(form in self.shop_words for w in spellings for form in (w, stem(w), F.word_base(w), F.word_base(stem(w))))

    def unknown_words(self, analysis: Analysis) -> list[str]:
        """Words said that no product name has, even misspelt (a brand or model we do not carry)."""
        return [w for w in analysis.content if len(w) >= 4 and not w.isdigit() and w not in TYPE_OF
                and analysis.raw.get(w, w) not in P.PLAIN_WORDS and w not in P.PLAIN_WORDS
                and not has_cjk(w) and not self.matcher.hits(w, analysis)
                and not asks_about(analysis.raw.get(w, w))]  # "how heavy is the kestrel": the question, no brand

    def modifier_only(self, best: Match, analysis: Analysis) -> bool:
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
