"""Word and character error rates (for tests and benchmarks): edit distance over tokens."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

_PUNCT = re.compile(r"[^\w\s']|_", re.UNICODE)


def normalise(text: str) -> str:
    """Lower case, punctuation (ASCII and CJK) removed, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _PUNCT.sub(" ", text).replace("'", "")
    return " ".join(text.split())


def edit_distance(ref: Sequence[str], hyp: Sequence[str]) -> int:
    """Levenshtein distance (substitutions + deletions + insertions), one row at a time."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


def error_counts(refs: Sequence[str], hyps: Sequence[str], unit: str) -> tuple[int, int]:
    """(errors, reference length) summed over pairs; ``unit`` is "word" or "char" (spaces dropped)."""
    errors = total = 0
    for ref, hyp in zip(refs, hyps, strict=True):
        r, h = normalise(ref), normalise(hyp)
        rt, ht = (r.split(), h.split()) if unit == "word" else (list(r.replace(" ", "")), list(h.replace(" ", "")))
        errors += edit_distance(rt, ht)
        total += len(rt)
    return errors, total


def wer(refs: Sequence[str], hyps: Sequence[str]) -> float:
    errors, total = error_counts(refs, hyps, "word")
    return errors / max(total, 1)


def cer(refs: Sequence[str], hyps: Sequence[str]) -> float:
    errors, total = error_counts(refs, hyps, "char")
    return errors / max(total, 1)


def load_transcripts(folder: str | Path) -> list[tuple[Path, str, str]]:
    """(audio file, language, reference text) rows of a ``transcripts.tsv`` (file, lang, text)."""
    folder = Path(folder)
    with (folder / "transcripts.tsv").open(encoding="utf-8") as f:
        return [(folder / row["file"], row["lang"], row["text"]) for row in csv.DictReader(f, delimiter="\t")]
