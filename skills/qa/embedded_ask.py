"""A question inside a line that does not open with one: "if i order during the stream how fast does it ship out",
"if i crash my helmet do i get anything", "ordered yesterday, when will it arrive".

Chat rarely puts the question word first. A shop assistant hears the asking clause wherever it sits: a question
word followed by an inverted verb ("how fast does", "when will", "what happens"), or a verb put before its
subject ("do i get", "can we", "will it"). Such a line is a question, never small talk; small talk is for
greetings, thanks and compliments. A remark that merely contains a question word without the inversion ("love
how fast you ship", "that's what i wanted") stays a remark.
"""

from __future__ import annotations

import re

from skills.qa.text import fold

_AUX = r"(?:do|does|did|is|are|was|were|will|would|can|could|should|shall|has|have)"
# a question word (with the adjective it asks about) and the inverted verb right after it
_WH_INVERTED = re.compile(
    r"\b(?:how(?:\s+(?:fast|soon|quick(?:ly)?|long|much|many|far|often|big|heavy|old|early|late|bright|strong))?"
    r"|what|when|where|which|why|who)\s+(?:" + _AUX + r"|happens?)\b(?!['’])")
# a verb put before its subject: "do i get", "can we", "will it arrive"; "do it" is an order ("just do it"), and a
# verb after its own subject states ("what you do you ...", "i can do it"; "it" may be an object: "crash it do i")
_SUBJECT_BEFORE = r"(?<!\bi )(?<!\byou )(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bu )"
_VERB_FIRST = re.compile(
    r"\b" + _SUBJECT_BEFORE + r"(?:(?:do|does|did|can|could|will|would|should|shall|am)\s+(?:i|we|you|u|ya)"
    r"|(?:does|did|can|could|will|would|should)\s+(?:it|they|he|she)"
    r"|do\s+they)\b(?!['’])"
    # "is it" / "are they" open a clause only ("ok so is it waterproof"); "this is it" states
    r"|(?:^|[,;.!?]\s*|\b(?:so|and|but|ok|okay|also|then|well|if|hi|hey|btw)\s+)(?:is|are)\s+(?:it|they)\b")
# Chinese asks a measure by 多 + the adjective ("适合多粗的手腕" how thick a wrist, "多宽"), anywhere in the line
_ZH_HOW_MUCH = re.compile(r"多(?:粗|细|大|长|宽|高|重|厚|深|远|久|快|紧|松|少)")
# "...right?", "..., yes?" and the like need no word of their own: a line ending in "?" is already a question


def asks_inside(text: str) -> bool:
    """Does the line ask something in a clause that is not at its start?"""
    t = fold(text)
    return _WH_INVERTED.search(t) is not None or _VERB_FIRST.search(t) is not None or _ZH_HOW_MUCH.search(t) is not None
