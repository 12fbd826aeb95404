"""Attribute questions about one product ("what is it made of?", "is it machine washable?", "how many metres
waterproof?", "max weight?"): the listing's structured attribute, else the listing line that says it, with a yes/no
when asked one and the line backs it; nothing backed by the listing is an honest "don't know"."""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import facts as F
from skills.qa import load_facts as L
from skills.qa import phrasing as P
from skills.qa import scoped_facts as S
from skills.qa.answer_class import answers_topic
from skills.qa.antonyms import contradicts
from skills.qa.asked_figure import fitting
from skills.qa.intent import Shape, read_shape
from skills.qa.matcher import Analysis, ProductMatcher
from skills.qa.negation_scope import UNSURE, negation_elsewhere
from skills.qa.product_words import content_words, names_product
from skills.qa.render import say, topic_words
from skills.qa.text import english_view, fold, tokens


def attribute_answer(matcher: ProductMatcher, p: Product, shape: Shape, rest: str, lang: str) -> tuple[str, bool]:
    """The answer to an attribute question ("what is it made of?", "how many metres?", "is it heavy?") from
    the listing, and whether the listing knew it."""
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
    if structured and not fitting(rest, [structured]):
        structured = None  # "how many lumens ...": a weight of "390 g" is a figure of another class
    if structured:
        extra = [f for f in F.find_facts(p, shape.attribute_words, 2, features_only=True)
                 if fold(structured) not in fold(f)]
        if topic == "material":
            return say("made_of", lang, name=p.name, fact=structured + (f" ({extra[0]})" if extra else "")), True
        if P.yes_no(rest) and topic in ("care", "water", "fit", "stretch", "breathable", "eco", "uv"):
            # "can the merino crew be machine washed?" / "machine washable at 30°C. Do not tumble dry": the
            # attribute's first statement answers the yes/no; a later "not" is about something else
            first = re.split(r"(?<=[.;!?])\s+", structured)[0]
            negative = F.is_negative(first, shape.attribute_words, english_view(rest)) or contradicts(rest, first)
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
    found = [f for f in found if answers_topic(topic, f)]  # "where is it made?": never "manufacturer warranty"
    found = fitting(rest, found)  # "what security rating?": a rating figure, never the tag "high security"
    if not found and P.FIGURE_ASK.search(fold(rest)):
        found = fitting(rest, figure_by_verb(matcher, p, shape, rest))  # "how heavy": a mass, never "Heavy dice"
    if not found:
        return say("attr_unknown", lang, name=p.name, topic=topic_words(topic, [], lang)), False
    fact = found[0]
    negative = F.is_negative(fact, shape.attribute_words, english_view(rest)) or contradicts(rest, fact)
    judged = topic != "weight" or L.weight_judged(fact, rest)  # "is it heavy?" / "weight 1.0 kg": no yes/no
    if P.yes_no(rest) and judged and S.whole(fact) and negative and negation_elsewhere(fact, shape.attribute_words):
        return UNSURE[lang].format(fact=fact.rstrip(". "), name=p.name), False  # whose "no"? not the thing asked
    if P.yes_no(rest) and judged and S.whole(fact) and (negative or not F.is_instruction(fact)):
        return say("attr_no" if negative else "attr_yes", lang, name=p.name, fact=fact), True
    return say("attr_fact", lang, name=p.name, fact=fact), True


def figure_by_verb(matcher: ProductMatcher, p: Product, shape: Shape, rest: str) -> list[str]:
    """ "how long does the leash extend?": the listing line with the question's other words in any form
    ("extends to 5 m"), lines with a figure first."""
    words = [w for w in content_words(rest) if w not in shape.attribute_words
             and not names_product(matcher, w, p) and fold(w) not in F.GENERIC]
    if not words:
        return []
    found = F.find_facts(p, words, limit=4, all_specific=True)
    return sorted(found, key=lambda line: re.search(r"\d", line) is None)


def only_measure(analysis: Analysis) -> bool:
    """ "how many meters waterproof?": every word is the unit or the attribute, so it is about the
    pinned product."""
    return all(read_shape(f"how many {w}").measure or read_shape(w).attribute for w in analysis.content)


def attribute_in_name(p: Product, question: str) -> str | None:
    """The attribute word asked ("waterproof?") when the product's own name has that very word."""
    full = read_shape(question)
    if not full.attribute or not P.yes_no(question):
        return None
    said = {w for w in tokens(fold(question))}
    named = {w for w in tokens(fold(p.name))}
    hit = [w for w in full.attribute_words if " " not in w and w in said and w in named]
    return hit[0] if hit else None
