"""The recommender: recency-weighted EASE plus a short-range "what comes next" term.

Chosen by measurement on the dev splits (docs/recommend.md):

* EASE (Steck 2019) learns an item-item weight matrix ``B`` in closed form from the Gram matrix
  ``G = XᵀX``: ``P = (G + λI)⁻¹``, ``B_ij = -P_ij / P_jj``, ``B_ii = 0``. We solve it with a float32
  Cholesky factorisation and its in-place inverse (LAPACK potrf + potri: half the flops of an LU
  inverse, half the bytes of float64), over at most ``max_items`` best-supported items, then keep
  only each item's ``keep_per_item`` strongest weights (sparse ``B``: small on disk, fast to serve,
  no measurable loss).
* Scores come from the viewer's *current* vector, so a brand-new viewer is served without
  retraining (fold-in): ``s = x_recent · B + α · x_last · T``. ``x_recent`` weighs the viewer's
  items by ``decay^age`` (age = how many newer items they have touched), which is where most of
  the gain over plain EASE comes from: what a viewer looked at last says most about what next.
* ``T`` counts which items followed which within a few steps in users' histories, scaled down by
  the square root of the source item's popularity: a cheap sequential signal that helps on
  shop-like data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from skills.recommend.interactions import Interactions, damp

Progress = Callable[[str, int, int], None]  # (stage, done, total)
FORMAT_VERSION = 1
SERVE_HISTORY = 100  # most recent distinct items used to score one viewer live


@dataclass
class ModelParams:
    l2: float = 200.0  # EASE ridge λ
    max_items: int = 20_000  # the dense solve is cubic in this; rarer items keep the other terms
    keep_per_item: int = 300  # strongest EASE weights kept per item
    seq_window: int = 3  # an item "follows" another up to this many steps later
    seq_step_decay: float = 0.7  # ... counting each step further down by this factor
    recency_decay: float = 0.85  # weight of a history item = decay ** (newer items since)
    seq_weight: float = 0.1  # α: weight of the sequence term
    seq_pop_power: float = 0.5  # follow counts are divided by (source popularity + 1) ** this
    seq_decay: float = 0.5  # recency decay used for the sequence term (sharper: "what's next")


@dataclass
class Model:
    item_ids: list[str]
    B: sp.csr_matrix  # item x item, EASE weights (row = history item)
    T: sp.csr_matrix  # item x item, popularity-scaled follow counts
    popularity: np.ndarray  # float32 per item: distinct users
    params: ModelParams = field(default_factory=ModelParams)
    # training users' histories (CLI predict and viewers known at training time)
    users: list[str] = field(default_factory=list)
    user_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))
    user_items: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    user_weights: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    trained_at: float = 0.0

    def __post_init__(self) -> None:
        self.item_index = {sku: i for i, sku in enumerate(self.item_ids)}
        self.user_index = {u: i for i, u in enumerate(self.users)}
        top = float(self.popularity.max()) if self.popularity.size else 1.0
        # a whisper of popularity breaks ties (and fills lists when the history says little)
        self._prior = (self.popularity / max(top, 1.0) * 1e-4).astype(np.float32)

    @property
    def n_items(self) -> int:
        return len(self.item_ids)

    # ------------------------------------------------------------------ scoring
    def user_history(self, user_id: str) -> tuple[np.ndarray, np.ndarray]:
        """A training user's items (oldest -> newest) and damped weights; empty if unknown."""
        u = self.user_index.get(user_id)
        if u is None:
            return np.zeros(0, np.int32), np.zeros(0, np.float32)
        a, b = self.user_ptr[u], self.user_ptr[u + 1]
        return self.user_items[a:b], self.user_weights[a:b]

    def score_matrix(self, histories: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """Scores (users x items) for histories given as (items oldest -> newest, weights)."""
        p = self.params
        rows, cols, recent, seq = [], [], [], []
        for r, (items, weights) in enumerate(histories):
            if len(items) == 0:
                continue
            age = np.arange(len(items) - 1, -1, -1, dtype=np.float32)
            rows.append(np.full(len(items), r))
            cols.append(np.asarray(items))
            recent.append(weights * p.recency_decay ** age)
            seq.append(weights * p.seq_decay ** age)
        scores = np.tile(self._prior, (len(histories), 1))
        if rows:
            shape = (len(histories), self.n_items)
            r, c = np.concatenate(rows), np.concatenate(cols)
            xr = sp.csr_matrix((np.concatenate(recent).astype(np.float32), (r, c)), shape=shape)
            xs = sp.csr_matrix((np.concatenate(seq).astype(np.float32), (r, c)), shape=shape)
            scores += (xr @ self.B).toarray()
            if p.seq_weight:
                scores += p.seq_weight * (xs @ self.T).toarray()
        return scores

    def _vectors(self, items: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        p = self.params
        age = np.arange(len(items) - 1, -1, -1, dtype=np.float32)
        return weights * p.recency_decay ** age, weights * p.seq_decay ** age

    def _gather(self, matrix: sp.csr_matrix, items: np.ndarray, x: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The stored entries of ``matrix``'s rows ``items``: (history position, column, value · x)."""
        starts, ends = matrix.indptr[items], matrix.indptr[items + 1]
        counts = ends - starts
        total = int(counts.sum())
        pos = np.repeat(np.arange(len(items)), counts)
        # ragged ranges starts[k]..ends[k] laid end to end, without a Python loop
        offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        flat = np.repeat(starts, counts) + offsets
        return pos, matrix.indices[flat], matrix.data[flat] * x[pos]

    def _recent(self, items: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # items older than this weigh < decay^100 (~1e-7): skip them to keep serving time flat
        return np.asarray(items[-SERVE_HISTORY:], dtype=np.int64), np.asarray(weights[-SERVE_HISTORY:])

    def scores(self, items: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """One viewer's scores; the serving hot path (plain numpy on the CSR arrays)."""
        scores = self._prior.copy()
        if len(items) == 0:
            return scores
        items, weights = self._recent(items, weights)
        recent, seq = self._vectors(items, weights)
        for matrix, x in ((self.B, recent), (self.T, seq * self.params.seq_weight)):
            if x.any():
                _, cols, vals = self._gather(matrix, items, x)
                scores += np.bincount(cols, weights=vals, minlength=self.n_items).astype(np.float32)
        return scores

    def explain(self, items: np.ndarray, weights: np.ndarray, targets: Sequence[int]) -> list[int | None]:
        """For each target, the history item that contributed most to its score ("because you ...")."""
        if len(items) == 0 or not len(targets):
            return [None] * len(targets)
        items, weights = self._recent(items, weights)
        recent, seq = self._vectors(items, weights)
        targets = np.asarray(targets, dtype=np.int64)
        part = np.zeros((len(items), len(targets)))
        for matrix, x in ((self.B, recent), (self.T, seq * self.params.seq_weight)):
            pos, cols, vals = self._gather(matrix, items, x)
            hit = np.isin(cols, targets)
            column = np.searchsorted(np.sort(targets), cols[hit])
            order = np.argsort(targets)
            np.add.at(part, (pos[hit], order[column]), vals[hit])
        best = np.argmax(part, axis=0)
        return [int(items[b]) if part[b, j] > 0 else None for j, b in enumerate(best)]

    def history_of(self, pairs: Sequence[tuple[str, float]]) -> tuple[np.ndarray, np.ndarray]:
        """(sku, summed weight) oldest -> newest to model indices; unknown items are skipped."""
        idx, w = [], []
        for sku, weight in pairs:
            i = self.item_index.get(sku)
            if i is not None and weight > 0:
                idx.append(i)
                w.append(damp(weight))
        return np.asarray(idx, np.int32), np.asarray(w, np.float32)

    def top_k_for_users(self, user_ids: Sequence[str], k: int, batch: int = 1000) -> dict[str, list[str]]:
        """Batch recommendation for training users (unknown users get the popular items).

        Items already in a user's history are never returned.
        """
        out: dict[str, list[str]] = {}
        k = max(1, min(k, self.n_items))
        for start in range(0, len(user_ids), batch):
            chunk = list(user_ids[start:start + batch])
            histories = [self.user_history(u) for u in chunk]
            scores = self.score_matrix(histories)
            for r, (items, _) in enumerate(histories):
                scores[r, items] = -np.inf
            kk = min(k, self.n_items - 1) if self.n_items > 1 else 1
            top = np.argpartition(-scores, kk - 1, axis=1)[:, :kk]
            top_scores = np.take_along_axis(scores, top, 1)
            order = np.argsort(-top_scores, axis=1, kind="stable")
            top = np.take_along_axis(top, order, 1)
            top_scores = np.take_along_axis(top_scores, order, 1)
            for r, user in enumerate(chunk):
                out[user] = [self.item_ids[i] for i, s in zip(top[r], top_scores[r], strict=True) if s > -np.inf]
        return out

    # ------------------------------------------------------------------ persistence
    def save(self, directory: str | Path) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            directory / "model.npz", B_data=self.B.data, B_indices=self.B.indices, B_indptr=self.B.indptr,
            T_data=self.T.data, T_indices=self.T.indices, T_indptr=self.T.indptr, popularity=self.popularity,
            user_ptr=self.user_ptr, user_items=self.user_items, user_weights=self.user_weights)
        meta = {"format": FORMAT_VERSION, "params": asdict(self.params), "items": self.item_ids,
                "users": self.users, "trained_at": self.trained_at}
        (directory / "model.json").write_text(json.dumps(meta), encoding="utf-8")

    @classmethod
    def load(cls, directory: str | Path) -> Model:
        directory = Path(directory)
        try:
            meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
            arrays = np.load(directory / "model.npz")
        except (OSError, ValueError) as exc:
            raise ValueError(f"{directory}: not a recommend model ({exc})") from None
        if meta.get("format") != FORMAT_VERSION:
            raise ValueError(f"{directory}: model format {meta.get('format')} is not {FORMAT_VERSION}; retrain it")
        n = len(meta["items"])
        B = sp.csr_matrix((arrays["B_data"], arrays["B_indices"], arrays["B_indptr"]), shape=(n, n))
        T = sp.csr_matrix((arrays["T_data"], arrays["T_indices"], arrays["T_indptr"]), shape=(n, n))
        return cls(item_ids=meta["items"], B=B, T=T, popularity=arrays["popularity"],
                   params=ModelParams(**meta["params"]), users=meta["users"], user_ptr=arrays["user_ptr"],
                   user_items=arrays["user_items"], user_weights=arrays["user_weights"],
                   trained_at=meta.get("trained_at", 0.0))


# ---------------------------------------------------------------------- training
def fit(data: Interactions, params: ModelParams | None = None, progress: Progress | None = None,
        trained_at: float = 0.0) -> Model:
    params = params or ModelParams()
    report = progress or (lambda stage, done, total: None)
    n = data.n_items
    user_of = np.repeat(np.arange(data.n_users), np.diff(data.ptr))
    X = sp.csr_matrix((data.weights, (user_of, data.items)), shape=(data.n_users, n), dtype=np.float32)
    popularity = np.bincount(data.items, minlength=n).astype(np.float32)
    report("matrix", 1, 1)
    B = _ease(X, popularity, params, report)
    T = _follows(data, popularity, params)
    report("sequence", 1, 1)
    return Model(item_ids=list(data.item_ids), B=B, T=T, popularity=popularity, params=params,
                 users=list(data.users), user_ptr=data.ptr.copy(), user_items=data.items.copy(),
                 user_weights=data.weights.copy(), trained_at=trained_at)


def _ease(X: sp.csr_matrix, popularity: np.ndarray, params: ModelParams, report: Progress) -> sp.csr_matrix:
    from scipy.linalg import lapack

    n = X.shape[1]
    order = np.argsort(-popularity, kind="stable")
    head = np.sort(order[: min(params.max_items, n)])
    m = len(head)
    Xh = X[:, head]
    # Fortran order so that LAPACK works in place: one m x m float32 buffer is the whole footprint
    G = (Xh.T @ Xh).astype(np.float32).toarray(order="F")
    G[np.diag_indices(m)] += params.l2
    report("gram", 1, 1)
    c, info = lapack.spotrf(G, lower=False, overwrite_a=True, clean=False)
    if info != 0:
        raise np.linalg.LinAlgError(f"Cholesky failed (info={info}); raise l2")
    report("cholesky", 1, 1)
    P, info = lapack.spotri(c, lower=False, overwrite_c=True)
    if info != 0:
        raise np.linalg.LinAlgError(f"inverse failed (info={info})")
    del c, G
    report("inverse", 1, 1)
    diag = P.diagonal().copy()
    keep = min(params.keep_per_item, m - 1)
    rows_out, cols_out, vals_out = [], [], []
    block = 512
    total = (m + block - 1) // block
    for b, r0 in enumerate(range(0, m, block)):
        r1 = min(m, r0 + block)
        # only the upper triangle of P is valid (P is symmetric): assemble full rows r0:r1
        # from column pieces, which are contiguous in Fortran order
        rows = np.empty((r1 - r0, m), dtype=np.float32)
        rows[:, :r0] = P[:r0, r0:r1].T
        square = np.triu(P[r0:r1, r0:r1])
        rows[:, r0:r1] = square + np.triu(square, 1).T
        rows[:, r1:] = P[r0:r1, r1:]
        rows /= -diag[None, :]
        rows[np.arange(r1 - r0), np.arange(r0, r1)] = 0.0
        if keep > 0:
            top = np.argpartition(-np.abs(rows), keep - 1, axis=1)[:, :keep]
            rows_out.append(np.repeat(head[r0:r1], keep))
            cols_out.append(head[top.ravel()])
            vals_out.append(np.take_along_axis(rows, top, 1).ravel())
        report("neighbours", b + 1, total)
    if not rows_out:
        return sp.csr_matrix((n, n), dtype=np.float32)
    B = sp.csr_matrix((np.concatenate(vals_out), (np.concatenate(rows_out), np.concatenate(cols_out))),
                      shape=(n, n), dtype=np.float32)
    B.eliminate_zeros()
    return B


def _follows(data: Interactions, popularity: np.ndarray, params: ModelParams) -> sp.csr_matrix:
    n = data.n_items
    user_of = np.repeat(np.arange(data.n_users), np.diff(data.ptr))
    rows, cols, vals = [], [], []
    for d in range(1, params.seq_window + 1):
        same = user_of[d:] == user_of[:-d]
        rows.append(data.items[:-d][same])
        cols.append(data.items[d:][same])
        vals.append(np.full(int(same.sum()), params.seq_step_decay ** (d - 1), np.float32))
    if not rows:
        return sp.csr_matrix((n, n), dtype=np.float32)
    T = sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n),
                      dtype=np.float32)
    scale = 1.0 / (popularity + 1.0) ** params.seq_pop_power
    return (sp.diags(scale.astype(np.float32)) @ T).tocsr()
