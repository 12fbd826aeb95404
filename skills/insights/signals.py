"""Cheap per-message signals: is it a question, and which product is it about."""

from __future__ import annotations

import re

_EN_QUESTION_START = re.compile(
    r"^(how|what|what's|whats|which|when|where|who|why|is|are|does|do|did|can|could|will|would|should|any|"
    r"has|have|got)\b", re.IGNORECASE)
_ZH_QUESTION = re.compile(r"(吗|呢|么|嘛|多少|几|什么|怎么|哪|是否|有没有|能不能|可不可以|可以.*吗|还有.*吗|是不是)")


def is_question(text: str) -> bool:
    t = text.strip()
    if not t or t.startswith(("!", "/")):
        return False
    if t.endswith(("?", "？")) or "?" in t or "？" in t:
        return True
    if _EN_QUESTION_START.match(t) and len(t.split()) >= 3:
        return True
    return bool(_ZH_QUESTION.search(t))


_NORMALISE = re.compile(r"[^\w\u3400-\u9fff]+")


def question_key(text: str) -> str:
    """Group wording variants of one question: case, punctuation, @mentions and repeats ignored."""
    t = re.sub(r"@\w+", " ", text.lower())
    t = _NORMALISE.sub(" ", t)
    words = [w for w in t.split() if w not in {"pls", "please", "plz", "hi", "hey", "guys", "the", "a", "an"}]
    return " ".join(words)
