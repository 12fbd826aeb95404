"""Fitting the second look (see ``second_look``) inside `livebot moderation train`.

Stacking needs honest inputs: the stacker is fitted on out-of-fold predictions (k folds
stratified by corpus and label), so it learns how much each part is worth on text the parts
were not fitted on; then every part is refitted on all rows. Deterministic (liblinear/lbfgs, fixed
fold seed); the slow step is encoding the corpora, once.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import numpy as np

from skills.moderation.encoder import SentenceEncoder
from skills.moderation.second_look import TASKS, SecondLook, sparse_from_matrix

GATE_VECTOR_SCALE = 0.1


def fold_buckets(matrix, bits: int):  # noqa: ANN001, ANN201 - scipy csr in and out
    """The same hashed features in 2**bits buckets: the top bits of each bucket index."""
    from scipy import sparse

    coo = matrix.tocoo()
    shift = int(np.log2(matrix.shape[1])) - bits
    folded = sparse.csr_matrix((coo.data, (coo.row, coo.col >> shift)), shape=(matrix.shape[0], 1 << bits))
    folded.sum_duplicates()
    return folded


def _fit_parts(gate_matrix, expert_matrix, vectors: np.ndarray, labels: np.ndarray,  # noqa: ANN001
               sources: np.ndarray, rows: np.ndarray, experts: dict[str, list[str]], fit_first: Callable,
               seed: int, ngram_experts: bool) -> dict:
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    from skills.moderation.train import nb_ratio

    parts: dict = {}
    domains = sorted(set(sources[rows]))
    if len(domains) == 1:  # one corpus: nothing to tell apart, the gate always says it
        parts["gate"] = (np.zeros((gate_matrix.shape[1], 1), np.float32), np.zeros(1), domains)
    else:
        # the gate reads the n-grams and the sentence vector (scaled down: 384 dense columns beside
        # a handful of n-gram values per text)
        inputs = sparse.hstack([gate_matrix[rows], sparse.csr_matrix(vectors[rows] * GATE_VECTOR_SCALE)]).tocsr()
        gate = LogisticRegression(C=10.0, max_iter=200, random_state=seed).fit(inputs, sources[rows])
        coef, intercept = gate.coef_, gate.intercept_
        if len(domains) == 2:  # sklearn keeps one row for two classes: P(second); softmax needs both
            coef, intercept = np.vstack([-coef / 2, coef / 2]), np.array([-intercept[0] / 2, intercept[0] / 2])
        n_hashed = gate_matrix.shape[1]
        parts["gate"] = (coef[:, :n_hashed].T.astype(np.float32), intercept, list(gate.classes_))
        parts["gate_vector"] = (coef[:, n_hashed:].T * GATE_VECTOR_SCALE).astype(np.float32)
    parts["first"] = fit_first(rows)
    for task in TASKS:
        for domain in experts[task]:
            sub = rows[sources[rows] == domain]
            y = (labels[sub] == task).astype(int)
            model = LogisticRegression(C=0.1, max_iter=3000, random_state=seed).fit(vectors[sub], y)
            parts[("emb", task, domain)] = (model.coef_[0].astype(np.float32), float(model.intercept_[0]))
            if ngram_experts:
                present = expert_matrix[sub].copy()
                present.data[:] = 1.0
                ratio = nb_ratio(present, y) if task == "toxic" else np.ones(expert_matrix.shape[1])
                model = LogisticRegression(C=10.0, solver="liblinear", random_state=seed).fit(
                    expert_matrix[sub] @ sparse.diags(ratio), y)
                parts[("ngram", task, domain)] = ((model.coef_[0] * ratio).astype(np.float32), float(model.intercept_[0]))
    return parts


def _as_second_look(parts: dict, experts: dict[str, list[str]], vectors_mean: np.ndarray, vectors_scale: np.ndarray,
                    encoder: SentenceEncoder, meta: dict) -> SecondLook:
    gate_w, gate_b, domains = parts["gate"]
    arrays: dict[str, np.ndarray] = {
        "meta": np.str_(json.dumps({**meta, "domains": domains, "experts": experts})),
        "gate.w": gate_w, "gate.b": gate_b, "emb.mean": vectors_mean, "emb.scale": vectors_scale,
    }
    if "gate_vector" in parts:
        arrays["gate.vector_w"] = parts["gate_vector"]
    for key, value in parts.items():
        if isinstance(key, tuple):
            kind, task, domain = key
            w, b = value
            arrays[f"expert.{task}.{domain}.{kind}.w"] = w
            arrays[f"expert.{task}.{domain}.{kind}.b"] = np.float64(b)
    return SecondLook(arrays, encoder)


def fit_second_look(matrix, texts: list[str], labels: np.ndarray, sources: np.ndarray,  # noqa: ANN001 - csr
                    fit_first: Callable[[np.ndarray], np.ndarray], first_logits: Callable[[dict, object], np.ndarray],
                    encoder: SentenceEncoder, *, seed: int = 13, folds: int = 5, gate_bits: int = 16,
                    expert_bits: int = 18, ngram_experts: bool = True, vectors: np.ndarray | None = None,
                    log=print) -> SecondLook:  # noqa: ANN001
    """Fit the gate, experts and stackers. ``fit_first(rows)`` fits the first-pass weights on those
    rows; ``first_logits(weights, matrix)`` scores a matrix with them, shape (n, 2)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    started = time.perf_counter()
    if vectors is None:  # callers may pass vectors they already have: encoding is the slow step
        vectors = encoder.encode(texts)
    mean, scale = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    vectors = (vectors - mean) / scale
    log(f"second look: encoded {len(texts)} texts in {time.perf_counter() - started:.0f}s")
    experts = {task: sorted({s for s, lab in zip(sources, labels, strict=True) if lab == task}) for task in TASKS}
    gate_matrix = fold_buckets(matrix, gate_bits)
    expert_matrix = fold_buckets(matrix, expert_bits)
    hash_bits = int(np.log2(matrix.shape[1]))
    meta = {"hash_bits": hash_bits, "gate_bits": gate_bits, "expert_bits": expert_bits, "folds": folds,
            "ngram_experts": ngram_experts, "seed": seed}

    def features_for(parts: dict, rows: np.ndarray) -> dict[str, np.ndarray]:
        look = _as_second_look(parts, experts, mean, scale, encoder, meta)
        sub = matrix[rows]
        sparse_rows = sparse_from_matrix(sub)
        gate = look.gate(sparse_rows, vectors[rows])
        first = first_logits(parts["first"], sub)
        return {task: look.stack_features(task, first[:, j], gate, vectors[rows], sparse_rows)
                for j, task in enumerate(TASKS)}

    strata = np.array([f"{s}/{lab}" for s, lab in zip(sources, labels, strict=True)])
    smallest = min(np.unique(strata, return_counts=True)[1])
    if smallest < 2:
        raise ValueError("every corpus needs at least 2 rows of each of its labels for the second look")
    folds = min(folds, int(smallest))
    meta["folds"] = folds
    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    out_of_fold: dict[str, np.ndarray] = {}
    for k, (fit_rows, held_rows) in enumerate(splitter.split(np.zeros(len(texts)), strata)):
        parts = _fit_parts(gate_matrix, expert_matrix, vectors, labels, sources, fit_rows, experts, fit_first,
                           seed, ngram_experts)
        for task, feats in features_for(parts, held_rows).items():
            out_of_fold.setdefault(task, np.zeros((len(texts), feats.shape[1])))[held_rows] = feats
        log(f"second look: fold {k + 1}/{folds} done at {time.perf_counter() - started:.0f}s")
    parts = _fit_parts(gate_matrix, expert_matrix, vectors, labels, sources, np.arange(len(texts)), experts,
                       fit_first, seed, ngram_experts)
    look = _as_second_look(parts, experts, mean, scale, encoder, meta)
    for task in TASKS:
        y = (labels == task).astype(int)
        for key, rows in [(f"stack.{task}", np.arange(len(texts)))] + [
                (f"stack.{task}.{d}", np.flatnonzero(sources == d)) for d in look.domains]:
            if 0 < y[rows].sum() < len(rows):
                model = LogisticRegression(C=1.0, max_iter=3000, random_state=seed).fit(out_of_fold[task][rows],
                                                                                        y[rows])
                look.arrays[f"{key}.w"] = model.coef_[0].astype(np.float64)
                look.arrays[f"{key}.b"] = np.float64(model.intercept_[0])
    look.meta["stack_inputs"] = {t: ["first_logit"] + [f"gate:{d}*first_logit" for d in look.domains]
                                 + [f"{d}:{k}" for d in experts[t]
                                                        for k in (("emb", "ngram") if ngram_experts else ("emb",))]
                                 + [f"gate:{d}" for d in look.domains] for t in TASKS}
    log(f"second look: fitted in {time.perf_counter() - started:.0f}s")
    return look
