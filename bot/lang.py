"""Which language a viewer wrote in: one answer for every skill that replies in the asker's language."""

from __future__ import annotations

import re

# Han characters (CJK unified ideographs, extension A, compatibility ideographs)
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def detect_lang(text: str, default: str = "en") -> str:
    """'zh' when the text has Chinese characters, 'en' when it has Latin words, else the default."""
    if has_cjk(text):
        return "zh"
    return "en" if re.search(r"[a-zA-Z]{2,}", text) else default
