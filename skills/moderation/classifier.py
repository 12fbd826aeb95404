"""The comment classifier: toxic and spam probabilities for any text, English and Chinese.

A linear model over hashed character and word n-grams (see ``features``), trained with
scikit-learn (``train``), scored with numpy: ``sigmoid(bias + sum(w[bucket] * value))``. Public API for
other skills, cheap to import (numpy only):

    from skills.moderation.classifier import load_default
    clf = load_default()
    toxic, spam = clf.score("you are an idiot")
    scores = clf.score_batch(["how much is the hoodie?", "win a free iphone, txt WIN to 80086"])
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from skills.moderation.encoder import DEFAULT_ENCODER, EncoderError
from skills.moderation.features import hashed_ngrams
from skills.moderation.normalize import normalize
from skills.moderation.second_look import SecondLook, load_second_look, sparse_from_hashed

DEFAULT_MODEL = Path(__file__).parent / "model" / "moderation.npz"
TASKS = ("toxic", "spam")
# first-pass scores the second look re-reads in the live bot (the skill's default band)
UNSURE_BAND = (0.1, 0.995)


class ModelError(Exception):
    """A model file is missing or not a moderation model."""


class Classifier:
    def __init__(self, weights: np.ndarray, bias: np.ndarray, bits: int, meta: dict | None = None,
                 cache_size: int = 4096, word_weight: float = 1.0, second_look: SecondLook | None = None) -> None:
        if weights.shape != (1 << bits, len(TASKS)) or bias.shape != (len(TASKS),):
            raise ModelError(f"weights {weights.shape} / bias {bias.shape} do not fit {bits} hash bits")
        # one contiguous row per task: a gather per task reads only that task's weights
        self._w = np.ascontiguousarray(weights.T, dtype=np.float32)
        self.bias = bias.astype(np.float64)
        self.bits = bits
        self.word_weight = float(word_weight)
        self.meta = meta or {}
        self._cache: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.second_look = second_look

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path, encoder: str | Path | None = None) -> Classifier:
        """A model file; its second look (when it has one) reads ``encoder`` (default: the shipped one)."""
        path = Path(path)
        try:
            with np.load(path, allow_pickle=False) as data:
                bits = int(data["bits"])
                meta = json.loads(str(data["meta"])) if "meta" in data else {}
                word_weight = float(data["word_weight"]) if "word_weight" in data else 1.0
                clf = cls(data["weights"], data["bias"], bits, meta, word_weight=word_weight)
            clf.second_look = load_second_look(path, Path(encoder) if encoder else DEFAULT_ENCODER)
        except (OSError, KeyError, ValueError, EncoderError) as exc:
            raise ModelError(f"cannot load moderation model {path}: {exc}") from exc
        return clf

    def save(self, path: str | Path) -> None:
        """float16 weights: half the size, and the rounding moves no score by more than ~1e-3."""
        with open(path, "wb") as fh:
            extra = {f"sl.{k}": v for k, v in self.second_look.to_arrays().items()} if self.second_look else {}
            np.savez_compressed(fh, weights=self._w.T.astype(np.float16), bias=self.bias, bits=np.int64(self.bits),
                                word_weight=np.float64(self.word_weight),
                                meta=np.str_(json.dumps(self.meta)), **extra)

    # ------------------------------------------------------------------ scoring
    def _first_logits(self, texts: list[str]) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
        n = len(texts)
        hashed = hashed_ngrams(texts, self.bits, self.word_weight)
        buckets, blocks, scale = hashed
        logits = np.empty((n, len(TASKS)))
        for j, weights in enumerate(self._w):
            # sum the weights per (text, block), then scale each block once
            per_block = np.bincount(blocks, weights=weights[buckets], minlength=2 * n) * scale
            logits[:, j] = per_block[0::2] + per_block[1::2]
        logits += self.bias
        return logits, hashed

    def score_normalized(self, texts: list[str]) -> np.ndarray:
        """(n, 2) first-pass probabilities [toxic, spam] for texts already passed through ``normalize``."""
        if not texts:
            return np.zeros((0, len(TASKS)))
        logits, _ = self._first_logits(texts)
        return 1.0 / (1.0 + np.exp(-logits))

    def refine_normalized(self, texts: list[str]) -> np.ndarray:
        """(n, 2) second-look probabilities (the first pass's when the model has no second look)."""
        if not texts:
            return np.zeros((0, len(TASKS)))
        logits, hashed = self._first_logits(texts)
        if self.second_look is None:
            return 1.0 / (1.0 + np.exp(-logits))
        return self.second_look.refine(texts, logits, sparse_from_hashed(*hashed, len(texts)))

    def score_batch(self, texts: list[str], second_look: bool = False) -> np.ndarray:
        """(n, 2) probabilities [toxic, spam] for raw texts; with ``second_look``, the refined verdict."""
        norms = [normalize(t) for t in texts]
        return self.refine_normalized(norms) if second_look else self.score_normalized(norms)

    def review_batch(self, texts: list[str], unsure: tuple[float, float] = UNSURE_BAND) -> np.ndarray:
        """What the live skill decides on: the first pass, and the second look for the messages with
        a first-pass score in ``[unsure[0], unsure[1])`` (either task)."""
        norms = [normalize(t) for t in texts]
        scores = self.score_normalized(norms)
        if self.second_look is None or not norms:
            return scores
        low, high = unsure
        rows = np.flatnonzero(((scores >= low) & (scores < high)).any(axis=1))
        if len(rows):
            scores[rows] = self.refine_normalized([norms[i] for i in rows])
        return scores

    def score(self, text: str) -> tuple[float, float]:
        """(toxic, spam) for one raw text."""
        return self.score_norm(normalize(text))

    def score_norm(self, norm: str) -> tuple[float, float]:
        """(toxic, spam) for one normalised text, cached: raids and repeats score once."""
        with self._lock:
            hit = self._cache.get(norm)
            if hit is not None:
                self._cache.move_to_end(norm)
                return hit
        row = self.score_normalized([norm])[0]
        result = (float(row[0]), float(row[1]))
        with self._lock:
            self._cache[norm] = result
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return result


_default: Classifier | None = None
_default_lock = threading.Lock()


def load_default() -> Classifier:
    """The model shipped in the package, loaded once per process."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Classifier.load(DEFAULT_MODEL)
        return _default
