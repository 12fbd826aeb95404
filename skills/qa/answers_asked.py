"""Does a quoted listing line ANSWER what was asked? A line that shares words with the question is not
yet an answer: "what's the fabric weight (gsm)?" is not answered by the material, "alcohol percentage?"
not by "Contains alcohol", "how heavy are these?" not by "Heavy zinc-alloy dice". A shop assistant
reads the class of figure asked (a percentage, a weight, grams per square metre) and only quotes a line
that gives a figure of that class; else says they don't know.

And a yes/no question answered by a line leads with the yes or no a person would say: "does it have a
built-in preamp?" / "Built-in switchable phono preamp" is a yes; "can we play with 4?" / "players: 2"
is a no (the number asked is outside the count listed).
"""

from __future__ import annotations

import re

from skills.qa.text import fold, stem, tokens

# the class of figure a question asks -> (how the question asks it, how a line gives it)
_NUM = r"\d+(?:[.,]\d+)?\s*"
FIGURE_CLASSES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "grammage": (re.compile(r"\bgsm\b|\bg/m2\b|grams? per square|克重"),
                 re.compile(_NUM + r"(?:gsm\b|g/m|grams? per square|克)")),
    "percent": (re.compile(r"\bpercent(?:age)?\b|%|\babv\b|百分|含量多少|浓度多少"),
                re.compile(_NUM + r"(?:%|percent|per cent)|\babv\b\s*" + r"\d")),
    "weight": (re.compile(r"\bhow heavy\b|\bweigh(?:s|t)?\b|多重|重量|多少克|几克|几斤|多少公斤"),
               re.compile(_NUM + r"(?:mg|g|gr|grams?|kg|kilos?|kilograms?|lbs?|pounds?|oz|ounces?|克|公斤|千克|斤)\b"
                          r"|" + _NUM + r"(?:克|公斤|千克|斤)")),
}


def figure_class(question: str) -> str | None:
    """The class of figure the question asks (the most specific one: "fabric weight (gsm)" is grams per
    square metre, not a weight), or None."""
    low = fold(question)
    for name, (asks, _gives) in FIGURE_CLASSES.items():  # ordered most specific first
        if asks.search(low):
            return name
    return None


def gives_figure(question: str, text: str) -> bool:
    """False when the question asks a class of figure and the text gives no figure of that class."""
    cls = figure_class(question)
    if cls is None:
        return True
    return bool(FIGURE_CLASSES[cls][1].search(fold(text)))


# ---------------------------------------------------------------- yes / no from a quoted line
_AUX = {"do", "doe", "does", "is", "are", "can", "could", "will", "would", "has", "have", "it", "they", "this", "these",
        "that", "a", "an", "the", "any", "there", "we", "you", "i", "u", "with", "come", "of", "to", "for", "on"}
_OPEN_ENDED = re.compile(r"\b(?:up to|max(?:imum)?|min(?:imum)?|at least|at most|under|over|or more|plus)\b|\+")
_COUNT_IN_LINE = re.compile(r"(?<![\d.,])(\d+)(?:\s*(?:-|–|to)\s*(\d+))?(?![\d.,])(?!\s*[a-z%\"'°])")
_NUMBER_ASKED = re.compile(r"(?<![\d.,])(\d+)(?![\d.,])(?!\s*(?:mm|cm|m|in|inch|inches|ft|kg|g|lb|lbs|oz|ml|l|w|v|"
                           r"mah|hz|gb|tb|%|\"|'|x\b|st\b|nd\b|rd\b|th\b))")
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}


def first_question(question: str) -> str:
    """ "does it have a preamp? no amp at home": the question, not the remark after it."""
    head, mark, _rest = question.partition("?")
    return head + mark if mark and head.strip() else question


def affirms(question: str, fact: str, name: str) -> bool:
    """Does the line name every word the yes/no question asks about ("built in preamp" in "Built-in
    switchable phono preamp")? Then it is a yes, unless it is negative (checked by the caller)."""
    name_stems = {stem(w) for w in tokens(fold(name))}
    asked = {stem(w) for w in tokens(fold(first_question(question)))} - {stem(w) for w in _AUX} - name_stems
    asked = {w for w in asked if not w.isdigit()}
    if not asked:
        return False
    said = {stem(w) for w in tokens(fold(fact))}
    return asked <= said


def count_outside(question: str, fact: str, name: str) -> bool:
    """ "can we play this with 4 ppl?" / "players: 2": one plain number asked, one plain count (or a
    range) in the line, closed (no "up to"), and the number outside it: a no."""
    q = fold(first_question(question))
    for word in re.findall(r"[a-z]+", fold(name)):
        q = re.sub(rf"\b{re.escape(word)}\b", " ", q)
    q = re.sub(r"\b(" + "|".join(_WORD_NUMBERS) + r")\b", lambda m: str(_WORD_NUMBERS[m.group(1)]), q)
    asked = _NUMBER_ASKED.findall(q)
    line = fold(fact)
    if len(asked) != 1 or _OPEN_ENDED.search(line):
        return False
    counts = _COUNT_IN_LINE.findall(line)
    if len(counts) != 1 or len(re.findall(r"\d+", line)) != len([x for x in counts[0] if x]):
        return False
    low, high = int(counts[0][0]), int(counts[0][1] or counts[0][0])
    n = int(asked[0])
    return n < low or n > high


_TOPIC = {"grammage": {"en": "the fabric weight (gsm)", "zh": "克重"},
          "percent": {"en": "the percentage", "zh": "百分比"},
          "weight": {"en": "the weight", "zh": "重量"}}


def figure_missing(question: str, text: str, name: str, lang: str) -> str | None:
    """The topic to say "the listing doesn't say" about, when the answer gives no figure of the class the
    question asks (the product's own name, "Candle 220g", is no figure of the line); else None."""
    cls = figure_class(question)
    if cls is None:
        return None
    body = text.replace(name, " ") if name else text
    if FIGURE_CLASSES[cls][1].search(fold(body)):
        return None
    return _TOPIC[cls]["zh" if lang == "zh" else "en"]


_WH_NOUN = re.compile(r"^\W*(?:(?:hi|hey|hello|so|and|ok|okay)\W+)*(?:what|which)(?:'s|s| is| are| r)?\s+([a-z]+)\b")


def asked_noun(question: str) -> str | None:
    """The noun a "what/which <noun>" question asks ("what size r the sleeves" -> "size")."""
    m = _WH_NOUN.match(fold(question))
    if not m or m.group(1) in ("is", "are", "r", "the", "a", "an", "do", "does", "kind", "type", "about", "about"):
        return None
    return m.group(1)


def asked_noun_kept(question: str, rest: str) -> str:
    """ "what size r the dragon shield sleeves - standard size": "size" is what is asked, though the name holds
    it too; stripping the name took it from the question, so it is put back in front."""
    word = asked_noun(question)
    if word is None:
        return rest
    if re.search(rf"\b{word}\b", fold(rest)):
        return rest
    return f"what {word} {rest}"


_ASK_WORDS = _AUX | {"what", "which", "how", "whats", "s", "r", "re", "tell", "me", "please", "pls", "about", "my",
                     "your", "its", "their", "where", "when", "why", "who", "much", "many", "get", "or", "and", "be"}
_WH_START = re.compile(r"^\W*(?:(?:hi|hey|hello|so|and|ok|okay)\W+)*(?:what|which|how|when|where|why)\b")


def asks_wh(question: str) -> bool:
    """ "what are the base notes of ...": a question about a thing, never "do you have it?"."""
    return bool(_WH_START.match(fold(question)))


def asked_words(question: str, names: list[str]) -> list[str]:
    """The words of the question that none of the candidates' names hold and that ask something
    ("base", "notes" of "what are the base notes of cedre noir")."""
    in_names = {stem(w) for n in names for w in tokens(fold(n))}
    return [w for w in tokens(fold(first_question(question)))
            if stem(w) not in in_names and w not in _ASK_WORDS and stem(w) not in _ASK_WORDS and not re.search(r"\d", w)]  # a size said ("50ml") picks an option, it asks nothing


def only_one_tells(candidates: list, question: str, find_facts) -> object | None:
    """Several products share the name said ("cedre noir": the perfume, its refill, a candle, a balm), and
    one listing alone has a line with every word asked ("base notes"): that is the product asked about."""
    words = asked_words(question, [p.name for p in candidates])
    if not words:
        return None
    telling = [p for p in candidates if find_facts(p, words, all_specific=True)]
    return telling[0] if len(telling) == 1 else None


def sharing_the_name(tied: list, others: list, question: str) -> list:
    """The products whose names hold every name word said that the tied ones share ("vetiver dusk"): the
    tie the matcher found may leave out a longer-named one ("... Eau de Toilette") with the same name."""
    said = {stem(w) for w in tokens(fold(question))}
    common = set.intersection(*({stem(w) for w in tokens(fold(p.name))} for p in tied)) & said if tied else set()
    if not common:
        return tied
    return [p for p in others if common <= {stem(w) for w in tokens(fold(p.name))}]


def names_the_case(entry_words: set[str], question: str, stripped: str) -> bool:
    """ "耳塞拆封了还能退吗" (opened earbuds returnable?): the product words taken out to look up the policy
    ("earbud") are the case asked, and an FAQ entry naming them (the hygiene rule for opened in-ear products)
    answers it better than the general returns text."""
    from skills.qa.text import english_view

    def words(text: str) -> set[str]:
        return {stem(w) for w in tokens(fold(english_view(text))) if len(w) > 2}

    return bool((words(question) - words(stripped)) & entry_words)


def unread_owner(question: str) -> str | None:
    """ "有没有索尼的降噪耳机": a Chinese word we cannot read (索尼, a brand) owns the product asked ("X的" right
    before the words that name it): maybe another maker's product, never ours by its generic words."""
    from skills.qa.text import zh_pieces

    pieces = zh_pieces(question)
    for i, piece in enumerate(pieces[:-2]):
        unread = piece.gloss is None and not piece.kept and re.fullmatch(r"[\u3400-\u9fff]{2,}", piece.text)
        if unread and pieces[i + 1].text == "的" and any(p.gloss for p in pieces[i + 2:]):
            return piece.text
    return None


_CLASS_WORD = {"grammage": re.compile(r"gsm|g/m|克重")}


def figure_line(lines: list[str], question: str, name: str) -> str | None:
    """The listing line giving the figure class asked ("Fabric weight: 180 gsm" for "fabric weight (gsm)?"): it
    has a figure of that class and says what it measures (the class's word, or for a percentage a word asked:
    "Alcohol: 70%", never "100% cotton" for "alcohol percentage?")."""
    cls = figure_class(question)
    if cls not in ("grammage", "percent"):  # a weight has its own reader (own weight, never a load)
        return None
    asked = {stem(w) for w in tokens(fold(question)) if len(w) > 3} - {stem(w) for w in tokens(fold(name))} \
        - {"percent", "percentage", "what", "whats"}
    found = []
    for line in lines:
        low = fold(line)
        if not FIGURE_CLASSES[cls][1].search(low):
            continue
        if (cls in _CLASS_WORD and _CLASS_WORD[cls].search(low)) or \
                (cls == "percent" and asked & {stem(w) for w in tokens(low)}):
            found.append(line)
    return found[0] if len({fold(x) for x in found}) == 1 else None  # several (one per size): left to the readers that label them
