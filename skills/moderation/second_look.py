"""The second look: a slower, better verdict for the messages the first pass is unsure of.

The first pass (``classifier``) is one pooled linear model over n-grams: fast enough for every
message of a flooded chat, but it averages over communities that draw the line in different
places (a slur-heavy tweet corpus where "bitch" is offensive, a political one where "ass" often is
not, Chinese forums, SMS and YouTube spam). The second look keeps one expert per training corpus
and lets a domain gate say which corpora a message resembles:

- gate: a softmax classifier over the same hashed n-grams (folded to fewer buckets) and the
  sentence vector, giving P(corpus | message);
- experts, per task and per corpus that has positives for it: a logistic regression on the
  contextual sentence vector (``encoder``) and one on the hashed n-grams;
- stackers per task, one shared and one per corpus: logistic regressions over [first-pass logit,
  gate x first-pass logit, gate-weighted expert logits, gate probabilities], fitted on out-of-fold
  predictions so they learn how far to trust each part; the verdict mixes the per-corpus stackers'
  probabilities by the gate.

Everything is linear on top of the encoder, so the file is a few arrays; scoring a batch is one
encoder pass plus a handful of gathers.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from skills.moderation.encoder import SentenceEncoder

TASKS = ("toxic", "spam")
# a batch's hashed features as (bucket, row, value, number of rows): one entry per n-gram occurrence
Sparse = tuple[np.ndarray, np.ndarray, np.ndarray, int]


def sparse_from_hashed(buckets: np.ndarray, blocks: np.ndarray, scale: np.ndarray, n: int) -> Sparse:
    """``features.hashed_ngrams`` output in the form the second look reads."""
    return buckets, blocks // 2, scale[blocks], n


def sparse_from_matrix(matrix) -> Sparse:  # noqa: ANN001 - scipy sparse matrix
    coo = matrix.tocoo()
    return coo.col.astype(np.int64), coo.row.astype(np.int64), coo.data.astype(np.float64), matrix.shape[0]


class SecondLook:
    def __init__(self, arrays: dict[str, np.ndarray], encoder: SentenceEncoder) -> None:
        self.meta = json.loads(str(arrays["meta"]))
        self.domains: list[str] = self.meta["domains"]
        self.experts: dict[str, list[str]] = self.meta["experts"]
        self.gate_bits = int(self.meta["gate_bits"])
        self.expert_bits = int(self.meta["expert_bits"])
        self.gate_w = np.ascontiguousarray(arrays["gate.w"].T, dtype=np.float32)  # (domains, buckets)
        self.gate_b = arrays["gate.b"].astype(np.float64)
        self.emb_mean = arrays["emb.mean"].astype(np.float32)
        self.emb_scale = arrays["emb.scale"].astype(np.float32)
        # n-gram expert weights are stored as float16 (half the file) and widened once here
        self.arrays = {k: (v.astype(np.float32) if v.dtype == np.float16 else v)
                       for k, v in arrays.items() if k.startswith(("expert.", "stack.", "gate.vector"))}
        self.encoder = encoder

    def to_arrays(self) -> dict[str, np.ndarray]:
        compact = {k: (v.astype(np.float16) if k.endswith(".ngram.w") else v) for k, v in self.arrays.items()}
        return {"meta": np.str_(json.dumps(self.meta)), "gate.w": self.gate_w.T.astype(np.float16),
                "gate.b": self.gate_b, "emb.mean": self.emb_mean, "emb.scale": self.emb_scale, **compact}

    # ------------------------------------------------------------------ scoring
    @staticmethod
    def _linear(weights: np.ndarray, sparse_rows: Sparse, buckets: np.ndarray) -> np.ndarray:
        _, rows, values, n = sparse_rows
        return np.bincount(rows, weights=weights[buckets] * values, minlength=n)

    def gate(self, sparse_rows: Sparse, vectors: np.ndarray | None = None) -> np.ndarray:
        folded = sparse_rows[0] >> (self.meta["hash_bits"] - self.gate_bits)
        logits = np.stack([self._linear(w, sparse_rows, folded) for w in self.gate_w], axis=1) + self.gate_b
        if "gate.vector_w" in self.arrays and vectors is not None:  # the gate also reads the sentence vector
            logits = logits + vectors @ self.arrays["gate.vector_w"]
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(axis=1, keepdims=True)

    def stack_features(self, task: str, first_logit: np.ndarray, gate: np.ndarray, vectors: np.ndarray,
                       sparse_rows: Sparse) -> np.ndarray:
        """The stacker's inputs for one task; training builds them with this same function."""
        folded = sparse_rows[0] >> (self.meta["hash_bits"] - self.expert_bits)
        columns = [first_logit]
        # how far to trust the first pass depends on the corpus a message resembles
        columns.extend(g * first_logit for g in gate.T)
        for domain in self.experts[task]:
            g = gate[:, self.domains.index(domain)]
            w, b = self.arrays[f"expert.{task}.{domain}.emb.w"], self.arrays[f"expert.{task}.{domain}.emb.b"]
            columns.append(g * (vectors @ w + b))
            key = f"expert.{task}.{domain}.ngram.w"
            if key in self.arrays:
                ngram = self._linear(self.arrays[key], sparse_rows, folded)
                columns.append(g * (ngram + self.arrays[f"expert.{task}.{domain}.ngram.b"]))
        columns.extend(gate.T)
        return np.stack(columns, axis=1)

    def standardize(self, vectors: np.ndarray) -> np.ndarray:
        return (vectors - self.emb_mean) / self.emb_scale

    def refine(self, texts: list[str], first_logits: np.ndarray, sparse_rows: Sparse) -> np.ndarray:
        """(n, 2) probabilities [toxic, spam] for normalised texts, their first-pass logits and features."""
        n = len(texts)
        vectors = self.standardize(self.encoder.encode(texts))
        gate = self.gate(sparse_rows, vectors)
        out = np.empty((n, len(TASKS)))
        for j, task in enumerate(TASKS):
            features = self.stack_features(task, first_logits[:, j], gate, vectors, sparse_rows)
            out[:, j] = self._stack(task, features, gate)
        return out


    def _stack(self, task: str, features: np.ndarray, gate: np.ndarray) -> np.ndarray:
        def stacker(key: str) -> np.ndarray:
            return 1.0 / (1.0 + np.exp(-(features @ self.arrays[f"{key}.w"] + self.arrays[f"{key}.b"])))

        # one stacker per corpus, mixed by the gate: each corpus weighs the first pass and its
        # experts in its own way; a corpus without both classes of this task uses the shared one
        shared = None
        mixed = np.zeros(len(features))
        for k, domain in enumerate(self.domains):
            key = f"stack.{task}.{domain}"
            if f"{key}.w" in self.arrays:
                mixed += gate[:, k] * stacker(key)
            else:
                shared = stacker(f"stack.{task}") if shared is None else shared
                mixed += gate[:, k] * shared
        return mixed


def load_second_look(path: Path, encoder_path: Path) -> SecondLook | None:
    """The second look stored in a model file, or None when the file has none (a first-pass-only model)."""
    with np.load(path, allow_pickle=False) as data:
        arrays = {k[len("sl."):]: data[k] for k in data.files if k.startswith("sl.")}
    if not arrays:
        return None
    return SecondLook(arrays, SentenceEncoder.load(encoder_path))
