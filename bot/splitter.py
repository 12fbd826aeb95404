"""Split long replies to a platform's length limit without cutting words, URLs or emoji."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

LengthFn = Callable[[str], int]

# CJK text has no spaces: any boundary between ideographs is a word boundary.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_SENTENCE_END = set("。！？!?；;…")
_ZWJ = "\u200d"


def codepoints(text: str) -> int:
    return len(text)


def utf16_units(text: str) -> int:
    """Telegram measures limits in UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def _tokens(text: str) -> list[str]:
    """Break text into unbreakable pieces, each keeping its trailing whitespace.

    A piece is a run of non-space characters (a word or a URL), except that each CJK character
    stands alone so that Chinese can break between characters; CJK punctuation stays attached
    to the character before it.
    """
    pieces: list[str] = []
    for match in re.finditer(r"\S+\s*|\s+", text):
        chunk = match.group(0)
        if not _CJK.search(chunk) or chunk.startswith(("http://", "https://")):
            pieces.append(chunk)
            continue
        buf = ""
        for ch in chunk:
            if _CJK.match(ch) and buf and not _joins(buf[-1], ch):
                pieces.append(buf)
                buf = ""
            buf += ch
        if buf:
            pieces.append(buf)
    return pieces


def _joins(prev: str, ch: str) -> bool:
    return prev == _ZWJ or ch == _ZWJ


def _safe_cut(piece: str, budget: int, length: LengthFn) -> int:
    """Largest cut index <= budget that splits no grapheme (ZWJ sequences, marks, selectors)."""
    cut = 0
    for i in range(1, len(piece) + 1):
        if length(piece[:i]) > budget:
            break
        cut = i
    while 0 < cut < len(piece):
        nxt, prev = piece[cut], piece[cut - 1]
        if unicodedata.combining(nxt) or nxt in "\ufe0e\ufe0f" + _ZWJ or prev == _ZWJ or "\U0001f3fb" <= nxt <= "\U0001f3ff":
            cut -= 1
        else:
            break
    return cut or min(len(piece), max(1, budget))


def split_message(text: str, limit: int, length: LengthFn = codepoints) -> list[str]:
    """Split ``text`` into parts each at most ``limit`` long, in order.

    Breaks prefer sentence ends, then spaces; a single word longer than the limit (a very
    long URL) is the only thing ever cut, and never inside an emoji sequence.
    """
    if limit <= 0:
        raise ValueError("limit must be > 0")
    text = text.strip()
    if length(text) <= limit:
        return [text] if text else []
    parts: list[str] = []
    current = ""
    for piece in _tokens(text):
        if length(current + piece.rstrip()) <= limit:
            current += piece
            continue
        if current.strip():
            parts.append(current.rstrip())
        current = ""
        while length(piece.rstrip()) > limit:
            cut = _safe_cut(piece, limit, length)
            parts.append(piece[:cut])
            piece = piece[cut:]
        current = piece
    if current.strip():
        parts.append(current.rstrip())
    return _prefer_sentence_breaks(parts, limit, length)


def _prefer_sentence_breaks(parts: list[str], limit: int, length: LengthFn) -> list[str]:
    """Move a dangling sentence start to the next part when that keeps both within limit."""
    out = list(parts)
    for i in range(len(out) - 1):
        head = out[i]
        best = max((j for j, ch in enumerate(head) if ch in _SENTENCE_END or (ch == "." and j + 1 < len(head)
                    and head[j + 1] == " ")), default=-1)
        if best <= len(head) // 2:
            continue
        tail = head[best + 1:].strip()
        candidate = (tail + (" " if not _CJK.match(out[i + 1][:1] or " ") else "") + out[i + 1]) if tail else out[i + 1]
        if tail and length(candidate) <= limit:
            out[i] = head[: best + 1].rstrip()
            out[i + 1] = candidate
    return [p for p in out if p]
