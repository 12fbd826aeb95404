"""Facts a listing gives in free prose, asked by their class ("what metal is it?", "how long is the anklet?",
"how much does it hold?", "what's in the box?"), not by a word the listing uses.

``asked(question)`` reads the class asked; ``answer(product, question, lang)`` finds the listing sentence that
gives a value of that class (a material of the vocabulary in ``materials``, a figure in a unit of the class read
by ``measures``) and quotes it. What it cannot find:

- for classes where the older readers would guess from another fact ("how much does it hold?" would be read as
  a price, "what comes with it?" as the product overview, "how long does the battery last?" as a length) it
  says the listing doesn't say, naming the class;
- otherwise it returns None and the older readers (keyed facts, structured attributes) have their turn.

"How long" is a duration when the question says what lasts or takes ("how long does the battery last", "...
burn", "... keep drinks cold", "battery life") and a length otherwise ("how long is the anklet"); a length is
never answered with a duration figure, nor a duration with a length.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import counts as C
from skills.qa import materials as M
from skills.qa import measures as S
from skills.qa import scoped_facts as SF
from skills.qa.facts import all_fact_lines, attribute_value, fact_lines, word_base
from skills.qa.intent import SHELF_LIFE_ASK
from skills.qa.load_facts import asks_load
from skills.qa.render import say
from skills.qa.text import STOP, fold, tokens

_DURATION_VERBS = r"(?:last|lasts|run|runs|play|plays|burn|burns|keep|keeps|stay|stays|hold (?:a |its )?charge|work|go)"
# order matters: the first class whose pattern fits is the one asked
ASKS: list[tuple[str, re.Pattern[str]]] = [
    ("duration", re.compile(r"\bhow long (?:does|do|will|would|can|could|did)\b.*\b" + _DURATION_VERBS + r"\b"
                            r"|\bhow long (?:does|do|will|would) (?:it|they|this|that|the .+?) take\b"  # "... to pitch"
                            r"|\bbattery life\b|\bburn(?:ing)? time\b|\brun ?time\b|\bplay ?time\b|\bpower reserve\b"
                            r"|\bhow many hours\b|\bhow long (?:is|'s) the (?:battery|charge)\b")),
    ("battery", re.compile(r"\bbattery (?:capacity|size)\b|\bmah\b|\bhow big is the battery\b")),
    ("capacity", re.compile(r"\bcapacity\b|\bhow much (?:does|do|will|can|would) (?:it|they|this|that|the\b.*?) "
                            r"(?:hold|fit|take|carry)\b|\bhow much (?:will|can) (?:fit|go) in\b|\bvolume\b"
                            r"|\bhow many (?:litres?|liters?|ml|cups?)\b")),
    ("power", re.compile(r"\bwattage\b|\bhow many watts?\b|\bhow powerful\b|\bpower (?:output|rating)\b"
                         r"|\bwhat(?:'s| is) the power\b|\bwatts\s*\?")),
    ("included", re.compile(r"\bin the box\b|\bwhat(?:'s|s| is| are)? included\b|\bwhat (?:does|do) (?:it|they|you|the\b.*?)"
                            r" come with\b|\bwhat comes? with\b|\bcomes? with what\b|\bwhat do (?:i|you|we) get\b"
                            r"|\bcontents\b|\bwhat'?s in the (?:box|pack|package|set|kit)\b")),
    ("width", re.compile(r"\bhow wide\b|\bwidth\b|\bwider\b|\bnarrower\b")),
    ("height", re.compile(r"\bhow (?:tall|high)\b|\bheight\b|\btaller\b")),
    ("depth", re.compile(r"\bhow deep\b|\bdepth\b")),
    ("diameter", re.compile(r"\bdiameter\b")),
    ("thickness", re.compile(r"\bhow thick\b|\bthickness\b")),
    ("length", re.compile(r"\bhow long\b|\blength\b|\bhow short\b|\blonger\b|\bshorter\b")),
    ("size", re.compile(r"\bhow (?:big|large|small)\b|\bdimensions?\b|\bmeasurements\b|\bwhat size is\b"
                        r"|\bbigger\b|\blarger\b|\bsmaller\b"
                        r"|\bwhat(?:'s| is) the size of\b")),
]
# "how long is the warranty / shipping", "how deep can I dive": another reader's question
_OTHERS = re.compile(r"\bwarrant|\bguarantee|\bship|\bdeliver|\bdispatch|\breturn|\barriv|\bpost(?:age)?\b|\bdive\b"
                     r"|\bswim|\bwater\b|\bsleeve|\bsize (?:chart|guide)\b|\bhow long (?:have|has|ago|until|till)\b")
# "how long does shipping take / the warranty last": the FAQ's, never a duration of the product
_POLICY = re.compile(r"\bwarrant|\bguarantee|\bship|\bdeliver|\bdispatch|\breturn|\barriv|\bpost(?:age)?\b|\brefund")
# "how long does the leash extend": a verb the older readers look up in the listing ("extends to 5 m")
_LENGTH_VERB = re.compile(r"\bhow long (?:does|do|will|can|could)\b")
_PRICE = re.compile(r"\bprice|\bcosts?\b|\bhow much (?:is|are|for|was)\b|[$£€¥]")
LABEL = {"duration": "how long it lasts", "battery": "the battery capacity", "capacity": "the capacity",
         "power": "the power (watts)", "included": "what's included", "width": "the width", "height": "the height",
         "depth": "the depth", "diameter": "the diameter", "thickness": "the thickness", "length": "the length",
         "size": "the dimensions", "metal": "the metal", "fabric": "the fabric", "wood": "the wood",
         "stone": "the stones", "material": "the material"}
# classes the older readers would answer with another fact: never left to them
STRICT = {"duration", "capacity", "included", "width", "height", "depth", "diameter", "thickness", "battery", "size"}
_INCLUDED = re.compile(r"\bin the box\b|\bincluded\b|^\s*(?:includes?|comes with)\b|\bcomes? with\b"
                       r"|\bsupplied with\b|\b(?:package|pack|set|kit|box|bundle) (?:contains|includes)\b|\bcontents\b"
                       r"|\bset of\b|\bsold as\b|\barrives (?:in|with)\b|\bdelivered with\b|\bpack of\b|\bwhat you get\b"
                       r"|\b(?:set|kit|bundle|everything)\b[^:]*:\s*[^,]+,")  # "cook set for two: 1.5 L pot, 2 bowls ..."
# (a verb "includes" inside a sentence is prose: "the main compartment includes a laptop sleeve")
_POWERED = re.compile(r"\brechargeable\b|\bbatter|\busb\b|\bcharg")
_TIMES_OTHER = re.compile(r"\bkeeps?\b|\bwarm|\bcold\b|\bhot\b|\bburn|\bwarrant|\bguarantee|\bship|\bdeliver|\bpitch"
                          r"|\bboil|\bdry\b|\bdries\b|\bcur(?:e|es|ing)\b|\bset(?:s)? up\b|\bassembl|\bcharg(?:e|es|ing) in\b")
_BATTERY_WORDS = re.compile(r"\bbatter|\b(?:a|one|single|full|per) charge\b|\bplay ?time|\brun ?time|\bstandby|\blasts?\b"
                            r"|\bpower reserve|\buse\b|\busage\b|\bburn")  # what lasts: a battery, a candle
_CHARGING = re.compile(r"\bcharges\b|\bcharging (?:time|in)\b|\bto \d+\s*% in\b|\bfully charged in\b|\brecharges? in\b")


def asked(question: str) -> str | None:
    """The class of fact an English question asks for, or None."""
    q = fold(question)
    if asks_load(q) or _PRICE.search(q):
        return None  # "how much weight can it hold": a load (load_facts); "price of the 2l capacity": a price
    if SHELF_LIFE_ASK.search(q):
        return None  # "how long do the mooncakes keep?": a shelf life (intent's "shelf life" topic, asked_figure)
    material = M.asked_class(q)
    for cls, rx in ASKS:
        if rx.search(q):
            if (cls in ("length", "depth", "size") and _OTHERS.search(q)) or (cls == "duration" and _POLICY.search(q)):
                return None  # "how long does shipping take": the FAQ's
            return cls
    return material


def _offered(p: Product, word: str) -> bool:
    """Is the word in one of the product's option values (a colour or finish it is sold in)?"""
    return any(re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", fold(value))
               for v in p.variants for value in v.options.values())


def _yes_no(question: str) -> bool:
    return re.match(r"\s*(?:is|are|can|could|does|do|will|would|has|have)\b", fold(question)) is not None \
        and not re.search(r"\bhow\b|\bwhat\b|\bwhich\b", fold(question))


def _words(question: str) -> set[str]:
    return {word_base(w) for w in tokens(fold(question)) if w not in STOP and len(w) > 2}


def _pick(p: Product, lines: list[str], question: str) -> str:
    """The sentence sharing most words with the question ("what is the strap made of" -> the strap's); one about an
    option value, when no value was asked, joined with the same fact of the other values ("Small: 20 x 20 cm.
    Large: 35 x 35 cm", scoped_facts)."""
    said = _words(question)
    best = max(lines, key=lambda s: (len(said & _words(s)), -lines.index(s)))
    return SF.present(p, [best], all_fact_lines(p), [])[0].rstrip(".")


_OPTION_WORDS = {"length": r"length|lengths", "width": r"width|widths", "height": r"height", "depth": r"depth",
                 "diameter": r"diameter", "capacity": r"capacity|volume", "power": r"power|wattage|watts?",
                 "battery": r"battery|capacity"}


def _option_of(p: Product, cls: str) -> str | None:
    """An option named for the class ("Length", "Chain length", "Capacity"): its values answer it."""
    if cls == "size":
        return next((n for n in p.option_names() if re.search(r"\bsizes?\b", fold(n))), None)
    if cls not in _OPTION_WORDS:
        return None
    return next((n for n in p.option_names() if re.search(r"\b(?:" + _OPTION_WORDS[cls] + r")\b", fold(n))), None)


def option_asked(p: Product, question: str, lang: str) -> str | None:
    """ "how long is the curb chain?" of a chain sold in Length 16" / 18" / 20": the option whose values answer
    the class asked (its values are listed, each one the viewer can buy)."""
    if lang != "en":
        return None
    cls = asked(question)
    if cls is None or cls == "size" or _yes_no(question):
        return None
    return _option_of(p, cls)


def _measure_lines(p: Product, cls: str, question: str = "") -> list[str]:
    lines = S.sentences(fact_lines(p))
    if cls in ("length", "width", "height", "depth", "diameter", "thickness"):
        # a packed size is no length of the tent; "270 x 140 cm" has no height
        dims = [s for s in lines if S.dimensions(s, 3 if cls in ("height", "depth") else 2)
                and not S.NOT_SIZE.search(S.spaced(s)) and not S.PACKED.search(fold(s))]
        found = [s for s in lines if S.labelled(s, cls)] or (dims if cls in ("length", "width", "height", "depth") else [])
        if cls == "width" and not found:
            found = [s for s in lines if S.labelled(s, "diameter")]  # "15mm across"
        if cls == "length" and not found:
            found = [s for s in lines if S.standalone(s) or S.long_part(s, _long_parts(p, question))]
        return found
    if cls == "size":  # the product's own measures first, a part's ("lug width 20mm") last
        nouns = _nouns(p, question)
        labelled = [s for s in lines if any(S.labelled(s, d) for d in S.LABELS) and not S.NOT_SIZE.search(S.spaced(s))]
        return [s for s in lines if S.dimensions(s, 2) and not S.NOT_SIZE.search(S.spaced(s))] \
            or [s for s in labelled if not S.part_label(s, nouns)] \
            or [s for s in lines if S.standalone(s)] \
            or [s for s in lines if S.attributive_of(s, nouns)] or labelled \
            or [s for s in lines if S.has_figure(s, "volume") and not S.processed_volume(s)
                and not S.NOT_AMOUNT.search(S.spaced(s))]
    if cls == "battery":
        return [s for s in lines if S.has_figure(s, "battery")]
    if cls == "capacity":  # a volume; else a "capacity" figure that is no load; else a battery's mAh
        return [s for s in lines if S.has_figure(s, "volume") and not S.processed_volume(s)
                and not S.NOT_AMOUNT.search(S.spaced(s))] or \
            [s for s in lines if re.search(r"\bcapacity\b", fold(s)) and re.search(r"\d", s)
             and not re.search(r"\b(?:kg|lbs?|mah|wh)\b|\bload\b|\bweight\b", S.spaced(s))] or \
            [s for s in lines if S.has_figure(s, "battery")]
    if cls == "power":
        return [s for s in lines if S.has_figure(s, "power")]
    if cls == "duration":
        return [s for s in lines if S.has_figure(s, "duration")]
    return []


def _nouns(p: Product, question: str) -> set[str]:
    """The words that say what "it" is: the question's and the product's name words, plurals folded."""
    return {re.sub(r"(?:es|s)$", "", w) for w in tokens(fold(f"{question} {p.name}")) if w not in STOP and len(w) > 2}


def _long_parts(p: Product, question: str) -> set[str]:
    """Length-like parts whose length is what is asked: said ("how long is the cord"), the product's own kind
    ("cable", "strap"), or the chain a pendant or necklace hangs on."""
    said = {re.sub(r"(?:es|s)$", "", w) for w in tokens(fold(f"{question} {p.name} {p.category}"))}
    if said & {"pendant", "necklace", "locket", "charm"}:
        said.add("chain")
    return said


def _duration_lines(p: Product, question: str) -> list[str]:
    """Sentences with a duration figure about what the question asks ("12 hours of playtime" for "how long does
    the battery last", "keeps drinks cold 24 h" for "how long does it keep drinks cold")."""
    lines = _measure_lines(p, "duration")
    said = _words(question) - {"how", "long", "does", "doe", "will", "last"}
    battery = re.search(r"\bbatter|\bcharge|\blast\b|\bplay|\brun\b|\brun ?time|\bburn", fold(question))
    found = [s for s in lines if (said & _words(s)) or (battery and _BATTERY_WORDS.search(fold(s)))]
    if not found and battery and _POWERED.search(fold(" ".join(fact_lines(p)))):
        # "Up to 40 hours on low" of a rechargeable headlamp: its run time, unless the sentence times something else
        found = [s for s in lines if not _TIMES_OTHER.search(fold(s))]
    if re.search(r"\bcharge\b|\bcharging\b|\brecharge", fold(question)):  # a charging time: only a line about charging
        return [s for s in found if re.search(r"\bcharg", fold(s))]
    # "charges an iPhone to 50% in 30 minutes" is a charging time, not how long it lasts
    return [s for s in found if not _CHARGING.search(fold(s))]


def fact_of_class(p: Product, question: str, lang: str) -> tuple[str, bool]:
    """One side of "which is bigger, A or B?" / "is A longer than B?": the product's fact of the class asked, or
    that the listing doesn't say it (never a yes/no: the two facts are set side by side)."""
    cls = asked(question) or "material"
    opt = _option_of(p, cls) if cls != "size" else None
    if opt:  # "Length: 19cm / 21cm / 23cm"
        values = list(dict.fromkeys(v.options[opt] for v in p.variants if v.options.get(opt)))
        return say("attr_fact", lang, name=p.name, fact=f"{opt} {', '.join(values)}"), True
    found = answer(p, re.sub(r"^\s*(?:is|are|does|do)\b", "", fold(question)), lang)
    return found if found is not None else (say("attr_unknown", lang, name=p.name, topic=LABEL.get(cls, cls)), False)


def answer(p: Product, question: str, lang: str, full: str = "") -> tuple[str, bool] | None:
    """(answer, known) to a fact asked by its class, or None to leave the question to the older readers.
    ``question`` is said without the product's name; ``full`` as said ("how many pieces in the 48 Pieces jigsaw":
    the name's own words are what is counted)."""
    if lang != "en":
        return None
    noun = C.asked_noun(full or question)
    cls = "count" if noun else asked(question)
    if cls is None and _yes_no(question) and [w for w in M.asked_materials(question, p.name) if not _offered(p, w)]:
        # "is the tote leather?"; "are the earrings silver?" of earrings with no silver option: the metal they are
        # made of, not "doesn't come in Silver"; "is it gold?" of a Gold / Silver finish is the option reader's
        cls = "material"
    if cls is None:
        return None
    if cls in M.CLASSES:
        return _material(p, question, cls, lang)
    if cls == "count" and noun:
        found = C.count_lines(p, noun)
        if found:
            return say("attr_fact", lang, name=p.name, fact=found[0].rstrip(".")), True
        if noun == "cup" and re.search(r"\bhold|\bfit|\bmake", fold(full or question)):
            noun, cls = "", "capacity"  # "how many cups does the kettle hold": its volume, when no cup count is given
    if cls == "count" and noun:
        topic = "how many come in a pack" if noun == C.PACK else f"how many {noun}s"
        return say("attr_unknown", lang, name=p.name, topic=topic), False
    if _yes_no(question) and cls not in ("included",):
        return None  # "is it long enough?": a judgement, not a figure asked
    if cls == "size" and re.search(r"\bwhat size\b|\bsize of\b", fold(question)) and _option_of(p, "size"):
        return None  # "what size is the ring?": its sizes, read by the option reader
    if cls == "included":
        found = [s for s in S.sentences(fact_lines(p)) if _INCLUDED.search(fold(s))]
    elif cls == "duration":
        found = _duration_lines(p, question)
    else:
        found = _measure_lines(p, cls, question)
        # "Pulse 10000mAh Power Bank", "65W Charger": its name gives it (never a volume: "3L Jacket" is 3-layer)
        if not found and cls in ("battery", "power") and S.has_figure(p.name, cls):
            found = [p.name]
    if found and cls == "included":  # what comes with it is often said over several lines: all of them
        shown = list(dict.fromkeys(str(line).rstrip(". ") for line in found))[:4]
        return say("attr_fact", lang, name=p.name, fact=". ".join(shown)), True
    if found:
        return say("attr_fact", lang, name=p.name, fact=_pick(p, found, question)), True
    if cls in ("length", "size") and _option_of(p, cls):
        return None  # its options say it ("Length: 16 / 18 / 20 inch"): the option reader lists them
    if cls == "duration" and re.search(r"\bcharge\b|\bcharging\b|\brecharge", fold(question)):
        return say("attr_unknown", lang, name=p.name, topic="how long it takes to charge"), False
    if cls == "duration" and re.search(r"\btake\b", fold(question)):
        return say("attr_unknown", lang, name=p.name, topic="how long it takes"), False
    if cls in STRICT or (cls == "length" and (_only_durations(p) or not _LENGTH_VERB.search(fold(question)))):
        return say("attr_unknown", lang, name=p.name, topic=LABEL[cls]), False
    return None  # "how long does the leash extend": the older readers find "extends to 5 m"


def _only_durations(p: Product) -> bool:
    """ "how long is the candle" of a listing with a burn time and no length at all: never the burn time."""
    lines = S.sentences(fact_lines(p))
    return any(S.has_figure(s, "duration") for s in lines) and not any(S.has_figure(s, "length") for s in lines)


def _material(p: Product, question: str, cls: str, lang: str) -> tuple[str, bool] | None:
    """ "what metal is it?" / "is the tote leather?" from the listing's material sentences."""
    for key in (cls, "material", "materials", "fabric", "metal", "composition"):
        structured = attribute_value(p, key)
        if structured:  # a "Metal: 9ct gold" line the shop filled in
            return say("made_of", lang, name=p.name, fact=structured), True
    lines = M.material_lines(M.listing_order(p, fact_lines(p)), cls, p.name)
    if _yes_no(question):
        wanted = M.asked_materials(question, p.name)
        if not wanted or not lines:
            return None
        yes = [s for s, _hits in lines if all(M.has_material(s, w) for w in wanted)]
        if yes:
            return say("attr_yes", lang, name=p.name, fact=yes[0].rstrip(".")), True
        return say("attr_fact", lang, name=p.name, fact=_pick(p, [s for s, _h in lines], question)), True
    if lines:
        return say("attr_fact", lang, name=p.name, fact=_pick(p, [s for s, _h in lines], question)), True
    return say("attr_unknown", lang, name=p.name, topic=LABEL[cls]), False


_CLASS_WORDS = frozenset(["metal", "metals", "material", "materials", "fabric", "fabrics", "capacity", "volume",
                          "width", "height", "depth", "length", "diameter", "thickness", "wattage", "dimensions",
                          "measurements", "included", "contents", "longer", "shorter", "bigger", "larger", "smaller",
                          "wider", "narrower", "taller"])


def class_word(word: str) -> bool:
    """Is the word one that names a class of fact asked ("what metal", "capacity?"), never a product's name?"""
    return fold(word) in _CLASS_WORDS


def phrase_words(question: str) -> set[str]:
    """The words of the class phrase asked ("battery" of "how long does the battery last", "box" of "what's in the
    box"): they ask, they name no product (unless a name has them, which the caller checks)."""
    q = fold(question)
    out: set[str] = set()
    for _cls, rx in ASKS:
        m = rx.search(q)
        if m:  # only the class's own words: "how much does the lululemon bag hold" keeps "lululemon"
            out |= {w for w in tokens(m.group(0)) if w in _PHRASE_NOUNS}
    return out


_PHRASE_NOUNS = frozenset(["battery", "box", "charge", "life", "capacity", "volume", "wattage", "power", "contents",
                           "included", "pack", "package", "set", "kit", "burn", "burning", "time", "runtime",
                           "playtime", "reserve", "size", "dimensions", "measurements", "length", "width", "height",
                           "depth", "diameter", "thickness", "last", "lasts", "burns", "run", "runs", "play", "plays",
                           "hold", "holds", "fit", "included", "come", "comes"])


def counted(question: str) -> bool:
    """Does the question ask how many of a thing it has ("how many pieces?"), not how many are in stock?"""
    return C.asked_noun(question) is not None


def packaging_words(question: str) -> set[str]:
    """ "what's in the box?": the box it ships in, even in a shop that sells a "Box Chain"."""
    return {"box"} if re.search(r"\bwhat(?:'s|s| is| comes)? in the box\b", fold(question)) else set()
