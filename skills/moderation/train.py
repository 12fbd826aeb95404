"""Training the shipped classifier: `livebot moderation train --data DIR -o MODEL`.

Reads every ``<source>.train.csv`` in DIR (columns id,text,label[,source]; label ok/toxic/spam),
fits one L2 logistic regression per task (toxic-vs-rest, spam-vs-rest) on the hashed features
scaled by naive-Bayes log-count ratios (NB-LR, Wang & Manning 2012: +0.5 pooled / +0.7 COLD
ROC-AUC points here) with scikit-learn (liblinear, deterministic), and writes the model plus a JSON model card (seed, data
files with row counts and SHA-256, parameters, dev ROC-AUC per source when ``.dev.csv`` files
are there). Single-threaded; a few minutes on one core for the full data.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from skills.moderation.classifier import TASKS, Classifier
from skills.moderation.features import feature_matrix
from skills.moderation.normalize import normalize

LABELS = ("ok", "toxic", "spam")


class DataError(Exception):
    """Training data is missing or malformed."""


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = {"text", "label"} - set(reader.fieldnames or ())
        if missing:
            raise DataError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        rows = []
        for i, row in enumerate(reader, start=2):
            if row["label"] not in LABELS:
                raise DataError(f"{path}:{i}: label {row['label']!r} is not one of {', '.join(LABELS)}")
            row.setdefault("source", path.name.split(".")[0])
            if not row.get("source"):
                row["source"] = path.name.split(".")[0]
            rows.append(row)
    return rows


def split_files(data_dir: Path, split: str) -> list[Path]:
    return sorted(p for p in data_dir.glob(f"*.{split}.csv") if p.is_file())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, s))


def evaluate(clf: Classifier, rows: list[dict[str, str]], second_look: bool = True) -> dict[str, dict[str, float]]:
    """ROC-AUC per task, per source and pooled (score.py's protocol: other-task rows are negatives)
    of what `livebot moderate` writes: the second look's scores (or the first pass's)."""
    scores = clf.score_batch([r["text"] for r in rows], second_look=second_look and clf.second_look is not None)
    labels = np.array([r["label"] for r in rows])
    sources = np.array([r["source"] for r in rows])
    out: dict[str, dict[str, float]] = {}
    for j, task in enumerate(TASKS):
        y = labels == task
        res = {}
        for src in sorted(set(sources)):
            m = sources == src
            if 0 < y[m].sum() < m.sum():
                res[src] = round(_auc(y[m], scores[m, j]), 4)
        if 0 < y.sum() < len(y):
            res["ALL"] = round(_auc(y, scores[:, j]), 4)
        out[task] = res
    return out


def nb_ratio(present, y: np.ndarray, alpha: float = 1.0) -> np.ndarray:  # noqa: ANN001 - csr matrix
    """log( P(n-gram | positive) / P(n-gram | negative) ) with add-alpha smoothing, per bucket."""
    pos = np.asarray(present[y == 1].sum(axis=0)).ravel() + alpha
    neg = np.asarray(present[y == 0].sum(axis=0)).ravel() + alpha
    return np.log((pos / pos.sum()) / (neg / neg.sum()))


def _fit_first_pass(matrix, present, labels: np.ndarray, *, c: float, c_spam: float,  # noqa: ANN001 - csr
                    nb_tasks: tuple[str, ...], seed: int, log) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    """The first pass: one L2 logistic regression per task over the hashed features of ``matrix``."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((matrix.shape[1], len(TASKS)), np.float32)
    bias = np.zeros(len(TASKS))
    for j, task in enumerate(TASKS):
        t0 = time.perf_counter()
        y = (labels == task).astype(int)
        # NB scaling helps the toxic task; on spam it cost YouTube 0.4 AUC points, so spam is plain LR
        ratio = nb_ratio(present, y) if task in nb_tasks else np.ones(matrix.shape[1])
        # spam is a smaller, cleaner task: weaker regularisation gave YouTube +0.2 AUC points on dev
        model = LogisticRegression(C=c_spam if task == "spam" else c, solver="liblinear", max_iter=300,
                                   random_state=seed)
        model.fit(matrix @ sparse.diags(ratio), y)
        # the scaling folds into the weights: scoring stays one lookup per n-gram
        weights[:, j] = model.coef_[0] * ratio
        bias[j] = model.intercept_[0]
        log(f"{task}: fitted in {time.perf_counter() - t0:.1f}s")
    return weights, bias


def train(data_dir: Path, out: Path, *, seed: int = 13, bits: int = 20, c: float = 10.0, c_spam: float = 30.0,
          extra: Iterable[Path] = (), nb_tasks: tuple[str, ...] = ("toxic",), shop_chat: int = 3000,
          word_weight: float = 0.4, second_look: bool = True, encoder: Path | None = None,
          vectors: np.ndarray | None = None, log=print) -> dict:  # noqa: ANN001
    """Fit and save a model; returns the model card (also written beside the model as .card.json)."""
    files = split_files(data_dir, "train") + list(extra)
    if not files:
        raise DataError(f"no *.train.csv files in {data_dir}")
    random.seed(seed)
    np.random.seed(seed)
    rows = [r for f in files for r in read_rows(f)]
    if shop_chat:
        from skills.moderation.shopchat import generate

        rows += [{"text": t, "label": "ok", "source": "shopchat"} for t in generate(shop_chat, seed)]
    started = time.perf_counter()
    texts = [normalize(r["text"]) for r in rows]
    matrix = feature_matrix(texts, bits, word_weight)
    log(f"{len(rows)} rows from {len(files)} files, features in {time.perf_counter() - started:.1f}s")
    labels = np.array([r["label"] for r in rows])
    for task in TASKS:
        positives = int((labels == task).sum())
        if positives == 0 or positives == len(labels):
            raise DataError(f"the training data has no {'positive' if positives == 0 else 'negative'} {task} rows")
    present = matrix.copy()
    present.data[:] = 1.0

    def fit_first(fit_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return _fit_first_pass(matrix[fit_rows], present[fit_rows], labels[fit_rows], c=c, c_spam=c_spam,
                               nb_tasks=nb_tasks, seed=seed, log=log)

    weights, bias = fit_first(np.arange(len(rows)))
    look = None
    if second_look:
        from skills.moderation.encoder import DEFAULT_ENCODER, SentenceEncoder
        from skills.moderation.train_second_look import fit_second_look

        look = fit_second_look(matrix, texts, labels, np.array([r["source"] for r in rows]), fit_first,
                               lambda wb, m: np.asarray(m @ wb[0]) + wb[1],
                               SentenceEncoder.load(encoder or DEFAULT_ENCODER), seed=seed, vectors=vectors, log=log)
    card = {
        "format": "livebot-moderation/1",
        "seed": seed, "bits": bits, "word_weight": word_weight, "C": {"toxic": c, "spam": c_spam}, "solver": "liblinear L2 logistic regression", "nb_scaled_tasks": list(nb_tasks),
        "features": "normalised text; char 2-4-grams inside words + word 1-2-grams, hashed, per-block sqrt norm",
        "data": [{"file": f.name, "rows": sum(1 for _ in read_rows(f)), "sha256": sha256(f)} for f in files],
        "generated_ok_rows": {"source": "skills/moderation/shopchat.py", "rows": shop_chat, "seed": seed},
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    if look is not None:
        card["second_look"] = {k: look.meta[k] for k in ("domains", "experts", "gate_bits", "expert_bits", "folds",
                                                         "ngram_experts", "stack_inputs")}
        card["second_look"]["encoder"] = look.encoder.meta
    clf = Classifier(weights, bias, bits, meta=card, word_weight=word_weight, second_look=look)
    dev_files = split_files(data_dir, "dev")
    if dev_files:
        card["dev_auc"] = evaluate(clf, [r for f in dev_files for r in read_rows(f)])
        log(f"dev ROC-AUC: {json.dumps(card['dev_auc'])}")
    clf.meta = card
    out.parent.mkdir(parents=True, exist_ok=True)
    clf.save(out)
    out.with_suffix(".card.json").write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n")
    return card
