"""How a chat line is put, beyond its intent: a remark or a request, a yes/no question and its
polarity, Chinese words left unread. Shared by the engine's branches."""

from __future__ import annotations

import re

from skills.qa.intent import Shape
from skills.qa.text import ZH_STOP, fold, tokens


def zh_content(text: str) -> str:
    """Chinese words left after question words and fillers: "有没有耐克的衣服" -> "耐克衣服"."""
    rest = "".join(re.findall(r"[\u3400-\u9fff]+", fold(text)))
    for w in sorted(ZH_STOP, key=len, reverse=True):
        rest = rest.replace(w, "")
    return rest


# everyday words that ask about a kind of product without naming another brand ("hoodies under 50")
PLAIN_WORDS = frozenset(re.findall(r"\S+", """under over below above around budget cute nice good great comfy
comfortable favourite favorite popular recommend recommended recommendation suggest affordable quality cheap
something kind kinds type types sort style styles women womens mens kids girls boys ladies unisex size sizes
colour color colours colors matching gift gifts present birthday mom dad wife husband girlfriend boyfriend friend
portable new newest latest mini compact lightweight large big capacity thin slim ultra trendy trending viral bestselling
bestseller premium stylish pretty beautiful fashionable durable sturdy quiet silent everyday daily
people person persons adult adults"""))

SOLD_OUT_ASK = re.compile(r"\b(?:sold out|out of stock|sell(?:ing)? out|gone|unavailable)\b")


def polar(text: str, question: str, lang: str) -> str:
    """ "is X sold out?" asks the negative: an in-stock answer is "No, ...", a sold-out one "Yes, ..."."""
    if lang != "en" or not yes_no(question) or not SOLD_OUT_ASK.search(fold(question)):
        return text
    if text.startswith("Yes, "):
        return "No, " + text[5:]
    if text.startswith("Sorry, ") and "sold out" in text:
        return "Yes, " + text[7:]
    return text


REQUEST = re.compile(r"\b(?:pls|plz|please|need|want|tell|info|help|wondering|curious|minimum|min (?:spend|order|purchase)"
                     r"|threshold)\b|请|想|求")


def remark(question: str, shape: Shape) -> bool:
    """A greeting or a longer statement with no question or request in it ("hello! love the jacket")."""
    return not shape.question and not REQUEST.search(fold(question)) and \
        (shape.greeting or len(tokens(fold(question))) > 4)


# a question word put last, as chat does ("free shipping over what amount", "delivery takes how long"):
# at most one word after it, so "love what you do" stays a remark
TRAILING_ASK = re.compile(r"\b(?:what|which|how much|how long|how many|where|when)(?:\s+[a-z]+)?\s*[.!]*$")


def asks(question: str, shape: Shape) -> bool:
    """A question or a request, not a remark: question words/marks, "pls", or a short phrase ("discount code")."""
    if shape.price or shape.stock or shape.variant or shape.restock or shape.compare or shape.attribute:
        return True  # "shipping to switzerland how much"
    return shape.question or REQUEST.search(fold(question)) is not None or \
        TRAILING_ASK.search(fold(question).strip()) is not None or \
        (len(tokens(fold(question))) <= 4 and not shape.greeting)


# "how many metres is it waterproof to?" asks for a figure: never answered "Yes"/"No"
FIGURE_ASK = re.compile(r"\bhow (?:many|much|long|far|big|tall|wide|deep|high|heavy|large|often)\b|多少|多久|多长|多大|多重|多高|多宽|几")


def yes_no(text: str) -> bool:
    t = re.sub(r"^(?:hi+|hey+|hello+|yo|gm)\b[\s,!.]*", "", fold(text).strip())  # "hi, do you ship to ...?"
    if FIGURE_ASK.search(t):
        return False
    return bool(re.match(r"(?:is|are|can|could|does|do|will|would|should|has|have)\b", t)) or "吗" in t or "可以" in t \
        or "能不能" in t or "是不是" in t or "can u" in t or "can you" in t
