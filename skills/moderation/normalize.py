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
_LEET_WORD = re.compile(r"[a-z0-9@$!|€]*(?:[a-z][0134579@$!|€]|[0134579@$!|€][a-z])[a-z0-9@$!|€]*")
# three or more single characters separated by spaces or punctuation: "f u c k", "f.u.c.k", "你 是 猪"
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W_][ .\-*_~,·]{1,2}){2,}[^\W_](?![^\W_])")
_SPACED_SEP = re.compile(r"[ .\-*_~,·]")
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_MENTION = re.compile(r"(?<!\w)@\w{4,}")  # platform handles are 4+ characters; "@ss" is leet
_SPACE = re.compile(r"\s+")
_ASCII_FAST = re.compile(r"[0134579@$!|]")


def _is_invisible(ch: str) -> bool:
    # Cf: zero-width space/joiner, bidi marks, soft hyphen, BOM; Mn/Me: combining (Zalgo) marks
    return unicodedata.category(ch) in ("Cf", "Mn", "Me", "Cc") and ch not in "\n\t"


def _fold_unicode(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if not _is_invisible(ch))
    return unicodedata.normalize("NFC", kept).translate(_CONFUSE_TABLE)


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    stripped = word.rstrip("!")  # "nice!" keeps its exclamation mark
    if stripped == "@user":
        return word
    return stripped.translate(_LEET_TABLE) + word[len(stripped):]


def _unspace(match: re.Match[str]) -> str:
    return _SPACED_SEP.sub("", match.group(0))


def normalize(text: str) -> str:
    """The canonical form of ``text`` that rules and the classifier read (lower-case, folded)."""
    if not text.isascii():
        text = _fold_unicode(text)
    text = text.lower()
    text = _MENTION.sub("@user", text)
    if _ASCII_FAST.search(text):
        text = _LEET_WORD.sub(_unleet, text)
    text = _SPACED.sub(_unspace, text)
    text = _REPEATS.sub(r"\1", text)
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=8192)
def normalize_cached(text: str) -> str:
    """``normalize`` with a cache: a copy-paste raid repeats the same text many times."""
    return normalize(text)
