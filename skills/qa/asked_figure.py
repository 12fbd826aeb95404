"""The class of figure a question asks for, and whether a listing line gives one of that class.

"what security rating is the fortress ulock?" asks for a rating ("14/15", "level 3", "Sold Secure Gold"); the tag
"high security" shares the word but is no rating. "how many lumens is the rear light?" asks for a light output in
lumens; "Weight: 390 g" is a figure, but of another class. A shop assistant answers with a figure of the class
asked or says the listing doesn't say; a line that only shares a word with the question is no answer.

Each class: what in a question asks it, and what in a line gives it. Only questions that ask for the figure count
("is it rated for rain?" is a yes/no, "is it heavy?" is judged elsewhere).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skills.qa.load_facts import asks_load
from skills.qa.text import fold

_WH = r"(?:what|whats|what's|which|how|wat)"


@dataclass(frozen=True)
class FigureClass:
    name: str
    ask: re.Pattern[str]
    line: re.Pattern[str]


CLASSES = [
    FigureClass("brightness",
                re.compile(r"\blumens?\b|\bhow bright\b|\bbrightness\b|\blight output\b|亮度|流明|多亮"),
                re.compile(r"\d\s*(?:lm|lumens?)(?![a-z])|流明")),
    FigureClass("rating",
                re.compile(_WH + r"\b.*\b(?:rating|rated|grade|(?<!skill )(?<!experience )(?<!fitness )level|class|score"
                           r"|certification)\b"
                           r"|\b(?:rating|grade|level|class)\s*[?？]|等级|级别|评级|几级"),
                re.compile(r"\d+(?:\.\d+)?\s*/\s*\d+|\b(?:level|grade|class|category|cat|tier|rating|rated|score)\b[\s:]*"
                           r"(?:[a-z]{0,3}\d|[a-z]\b)|\bip[x\d]\d\b|\d(?:\.\d)?\s*(?:stars?|★)"
                           r"|\b(?:gold|silver|bronze|platinum|diamond)\b|\b(?:rating|level|grade|class)\s*:\s*\S|\d\s*级")),
    FigureClass("weight",
                re.compile(r"\bhow heavy\b|\bhow much (?:does|do|is|will) .*\bweigh|\b" + _WH + r"\b.*\bweigh"
                           r"|\bweight\s*[?？]|多重|重量是多少|多少克|多少公斤"),
                re.compile(r"\d\s*(?:g|kg|kgs|grams?|kilos?|kilograms?|lbs?|pounds?|oz|ounces?)(?![a-z])|克|公斤|千克")),
    FigureClass("percentage",
                re.compile(r"\bpercent(?:age)?\b|\babv\b|\bhow much %|\bwhat %|百分比|百分之|度数"),
                re.compile(r"\d\s*%|\d\s*percent\b|\babv\b\s*:?\s*\d|百分之")),
    FigureClass("shelf life",
                re.compile(r"\bshelf[- ]?life\b|\bhow long (?:do|does|will|can|would) (?:it|they|the [\w ]+?) (?:keep|stay fresh)"
                           r"\s*(?:[?!.]|$|for\b|fresh|in\b|after|once|unopened|opened|if)|保质期|放多久|能放几天"),
                re.compile(r"\d\s*(?:days?|weeks?|months?|years?|yrs?)(?![a-z])|\d\s*(?:天|个月|年)")),
    FigureClass("run time",
                re.compile(r"\brun\s*-?\s*time\b|\bbattery life\b|\bcharge time\b|\bhow long (?:does|do|will|can|is) "
                           r"(?:it|they|the [\w ]+?) (?:last|run|go|charge|take to charge)\b|续航|充电要多久|能用多久"),
                re.compile(r"\d\s*(?:h|hrs?|hours?|min|mins|minutes?|days?)(?![a-z])|小时|分钟")),
]


def asked_class(question: str) -> FigureClass | None:
    """The figure class the question asks for, or None ("max weight" asks a load: load_facts reads it)."""
    t = fold(question)
    if asks_load(t):
        return None
    return next((c for c in CLASSES if c.ask.search(t)), None)


def fitting(question: str, lines: list[str]) -> list[str]:
    """The lines that give a figure of the class asked (all of them when no class is asked)."""
    cls = asked_class(question)
    if cls is None:
        return lines
    return [line for line in lines if cls.line.search(fold(line))]
