"""Undo the usual filter-dodging tricks before anything reads a message.

One function, ``normalize(text)``, used by the classifier (at training and at scoring time, so
both see the same text) and by the blocked-terms rule. It folds, in this order:
fancy Unicode letters and full-width forms (NFKC), zero-width and other invisible format
characters, combining marks ("Zalgo"), look-alike letters from other scripts (Cyrillic "а",
Greek "ο", small capitals), case, leetspeak inside words ("f4gg0t"), spaced-out letters
("f u c k", "f.u.c.k"), and letters repeated three or more times ("fuuuuck").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Look-alikes NFKC leaves alone: Cyrillic/Greek letters and small capitals drawn like Latin ones.
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ɑ": "a", "ɡ": "g", "ո": "n", "ս": "u", "ց": "g", "һ": "h", "ӏ": "l", "ɩ": "i", "ʟ": "l",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ғ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ɐ": "a", "ǝ": "e", "ɯ": "m", "ɹ": "r", "ʇ": "t",
}
# Regional-indicator symbols (🇦 ... 🇿) are used as big letters.
_CONFUSABLES.update({chr(0x1F1E6 + i): chr(ord("a") + i) for i in range(26)})
_CONFUSE_TABLE = str.maketrans(_CONFUSABLES)

_LEET_TABLE = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
                             "!": "i", "|": "l", "€": "e"})
_LEET_CHARS = "0134579@$!|€"
# a run of letters/leet characters in which a letter touches a leet character ("b1tch", "@ss")
# (tried only at the start of a run, and only when _LEET_HINT finds a letter next to a leet character)
_LEET_WORD = re.compile(r"(?<![a-z0-9@$!|€])(?=[a-z0-9@$!|€]*?(?:[a-z][0134579@$!|€]|[0134579@$!|€][a-z]))"
                        r"[a-z0-9@$!|€]++")
_LEET_HINT = re.compile(r"[a-z][0134579@$|€]|[0134579@$!|€][a-z]")
# three or more single characters separated by spaces or punctuation: "f u c k", "f.u.c.k", "你 是 猪"
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W_][ .\-*_~,·]{1,2}){2,}[^\W_](?![^\W_])")
_SPACED_SEP = re.compile(r"[ .\-*_~,·]")
# cheap pre-check for _SPACED (negated Unicode classes are slow to try at every position)
_SPACED_HINT = re.compile(r"[ .*_~,·-][^ .*_~,·-][ .*_~,·-]{1,2}[^ .*_~,·-][ .*_~,·-]")
_REPEATS = re.compile(r"(.)\1\1+")
_MENTION = re.compile(r"(?<!\w)@\w{4,}")  # platform handles are 4+ characters; "@ss" is leet


# Invisible characters and combining marks are deleted by the same table: zero-width space/joiners,
# bidi marks, word joiner, BOM, soft hyphen, Mongolian vowel separator, combining diacritics.
_INVISIBLE = [0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
              *range(0x2060, 0x2070), *range(0x0300, 0x0370), *range(0x1AB0, 0x1B00), *range(0x1DC0, 0x1E00),
              *range(0x20D0, 0x2100), *range(0xFE00, 0xFE10), *range(0xFE20, 0xFE30)]
_FOLD_TABLE = {**_CONFUSE_TABLE, **dict.fromkeys(_INVISIBLE)}
# most non-ASCII text (Chinese, emoji) has nothing to fold: one regex scan is cheaper than translate
_FOLD_HINT = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD_TABLE)) + "]")


def _fold_unicode(text: str) -> str:
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_FOLD_TABLE) if _FOLD_HINT.search(text) else text


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    stripped = word.rstrip("!")  # "nice!" keeps its exclamation mark
    if stripped == "@user":
        return word
    return stripped.translate(_LEET_TABLE) + word[len(stripped):]


def _collapse(match: re.Match[str]) -> str:
    ch = match.group(1)
    return ch if ch.isalpha() else match.group(0)  # "sooo" -> "so"; "1000" and "!!!" stay


def _unspace(match: re.Match[str]) -> str:
    return _SPACED_SEP.sub("", match.group(0))


def normalize(text: str) -> str:
    """The canonical form of ``text`` that rules and the classifier read (lower-case, folded)."""
    if not text.isascii():
        text = _fold_unicode(text)
    text = text.lower()
    if "@" in text:
        text = _MENTION.sub("@user", text)
    if _LEET_HINT.search(text):
        text = _LEET_WORD.sub(_unleet, text)
    if _SPACED_HINT.search(f" {text} "):
        text = _SPACED.sub(_unspace, text)
    text = _REPEATS.sub(_collapse, text)
    return " ".join(text.split())


@lru_cache(maxsize=8192)
def normalize_cached(text: str) -> str:
    """``normalize`` with a cache: a copy-paste raid repeats the same text many times."""
    return normalize(text)
