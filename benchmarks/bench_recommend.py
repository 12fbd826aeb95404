"""Recommendation quality, fit time and per-viewer latency on the dev splits in /work/shared/data/recsys.

    python benchmarks/bench_recommend.py [--data DIR] [--datasets ml100k beauty] [--threads 1 2]

For each data set: fit on dev_train.csv, recommend 20 unseen items to every dev_test user, and grade
with the data set's own score.py (Recall@10/20, NDCG@10, coverage@10). Candidates: popularity,
item-kNN cosine (plain and recency-weighted), EASE (all items; best-supported 5,000 only), EASE with
recency weighting, and the shipped model (EASE + recency + follow-on term). Then the shipped model's
fit time at each thread count and one viewer's full serving path (score, stock filter, reason)
p50/p99. The data are research-only and never shipped: without them this prints a note and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.catalog import Catalog, Product  # noqa: E402
from skills.recommend.interactions import Interactions  # noqa: E402
from skills.recommend.model import Model, ModelParams, fit  # noqa: E402
from skills.recommend.profiles import Touch  # noqa: E402
from skills.recommend.serving import choose  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/recsys")


def load_scorer(data_dir: Path):  # noqa: ANN201 - the score module
    spec = importlib.util.spec_from_file_location("recsys_score", data_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def top20(scores: np.ndarray, seen: list[np.ndarray], item_ids: list[str]) -> list[list[str]]:
    for r, items in enumerate(seen):
        scores[r, items] = -np.inf
    top = np.argpartition(-scores, 19, axis=1)[:, :20]
    order = np.argsort(-np.take_along_axis(scores, top, 1), axis=1, kind="stable")
    return [[item_ids[i] for i in row] for row in np.take_along_axis(top, order, 1)]


def evaluate(name: str, scorer, model: Model, score_batch, test: dict, catalog_size: int) -> dict:  # noqa: ANN001
    users = list(test)
    recs: dict[str, list[str]] = {}
    for start in range(0, len(users), 2000):
        chunk = users[start:start + 2000]
        histories = [model.user_history(u) for u in chunk]
        scores = score_batch(histories)
        for user, items in zip(chunk, top20(scores, [h[0] for h in histories], model.item_ids), strict=True):
            recs[user] = items
    m = scorer.evaluate(recs, test, catalog_size)
    print(f"  {name:<44} R@10 {m['recall@10']:.4f}  R@20 {m['recall@20']:.4f}  "
          f"NDCG@10 {m['ndcg@10']:.4f}  cov@10 {m['coverage@10']:.4f}", flush=True)
    return m


def user_matrix(model: Model, histories, decay: float) -> sp.csr_matrix:  # noqa: ANN001
    rows, cols, vals = [], [], []
    for r, (items, weights) in enumerate(histories):
        age = np.arange(len(items) - 1, -1, -1)
        rows.append(np.full(len(items), r))
        cols.append(items)
        vals.append(weights * decay ** age)
    return sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                         shape=(len(histories), model.n_items), dtype=np.float32)


def cosine_knn(data: Interactions) -> sp.csr_matrix:
    user_of = np.repeat(np.arange(data.n_users), np.diff(data.ptr))
    X = sp.csr_matrix((np.ones(len(data), np.float32), (user_of, data.items)), shape=(data.n_users, data.n_items))
    C = (X.T @ X).tocsr().astype(np.float32)
    norm = np.sqrt(C.diagonal())
    C = sp.diags(1 / norm) @ C @ sp.diags(1 / norm)
    C.setdiag(0)
    C.eliminate_zeros()
    return C.tocsr()


def fit_seconds(data: Interactions, threads: int) -> tuple[float, float]:
    """Wall seconds and process CPU seconds of one fit with BLAS/LAPACK limited to ``threads``."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=threads):
        wall, cpu = time.perf_counter(), time.process_time()
        fit(data)
        return time.perf_counter() - wall, time.process_time() - cpu


def latency(model: Model, users: list[str], n: int = 2000) -> tuple[float, float, float]:
    """Wall p50/p99 and thread-CPU p99 (ms) of choose() for one viewer; the CPU figure is what the
    code costs when the machine is shared and the wall clock includes waiting for a core."""
    catalog = Catalog([Product(sku=s, name=f"item {s}", price=Decimal(10)) for s in model.item_ids])
    rng = np.random.default_rng(0)
    picked = rng.choice(len(users), size=min(n, len(users)), replace=False)
    wall, cpu = [], []
    for k, u in enumerate(picked):
        items, _ = model.user_history(users[u])
        touches = [Touch(model.item_ids[i], "question", 2.0, float(t)) for t, i in enumerate(items)]
        w0, c0 = time.perf_counter(), time.thread_time()
        choose(model=model, catalog=catalog, touches=touches, bought_kinds=("purchase",), count=20,
               popular_now=(), pinned=None)
        if k >= 20:  # warm-up calls excluded
            wall.append((time.perf_counter() - w0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
    wall.sort()
    cpu.sort()
    return statistics.median(wall), wall[int(0.99 * (len(wall) - 1))], cpu[int(0.99 * (len(cpu) - 1))]


def bench(name: str, data_dir: Path, scorer, threads: list[int], timing_only: bool = False) -> None:  # noqa: ANN001
    folder = data_dir / name
    print(f"\n== {name} (fit on dev_train.csv, graded on dev_test.csv by score.py) ==", flush=True)
    data = Interactions.read_csv(folder / "dev_train.csv")
    test = scorer.load_test(str(folder / "dev_test.csv"))
    started = time.perf_counter()
    model = fit(data)
    print(f"  [{len(data)} interactions, {data.n_users} users, {data.n_items} items; "
          f"shipped model fit {time.perf_counter() - started:.1f}s]", flush=True)
    n = model.n_items
    if timing_only:
        return timing(model, data, test, threads)
    evaluate("popular", scorer, model, lambda h: np.tile(model.popularity, (len(h), 1)), test, n)
    knn = cosine_knn(data)
    for decay, label in ((1.0, "item-kNN cosine"), (0.85, "item-kNN cosine + recency 0.85")):
        evaluate(label, scorer, model, lambda h, d=decay: (user_matrix(model, h, d) @ knn).toarray(), test, n)
    plain = replace(model.params, recency_decay=1.0, seq_weight=0.0)
    evaluate("EASE λ=200 (top-300 weights/item)", scorer, model, _with(model, plain).score_matrix, test, n)
    small = fit(data, replace(model.params, max_items=5000))
    evaluate("EASE, best-supported 5,000 items only", scorer, small,
             _with(small, plain).score_matrix, test, n)
    recency = replace(model.params, seq_weight=0.0)
    evaluate("EASE + recency 0.85", scorer, model, _with(model, recency).score_matrix, test, n)
    evaluate("EASE + recency + follow-on (shipped)", scorer, model, model.score_matrix, test, n)
    timing(model, data, test, threads)


def timing(model: Model, data: Interactions, test: dict, threads: list[int]) -> None:
    for t in threads:
        wall, cpu = fit_seconds(data, t)
        print(f"  fit time, {t} thread(s): {wall:.1f}s wall, {cpu:.1f}s CPU (load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)", flush=True)
    p50, p99, cpu99 = latency(model, list(test))
    print(f"  one viewer (score + stock filter + reason, 20 picks): p50 {p50:.2f} ms, p99 {p99:.2f} ms "
          f"(CPU time p99 {cpu99:.2f} ms)", flush=True)


def _with(model: Model, params: ModelParams) -> Model:
    clone = object.__new__(Model)
    clone.__dict__.update(model.__dict__)
    clone.params = params
    return clone


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--datasets", nargs="+", default=["ml100k", "beauty"])
    ap.add_argument("--threads", nargs="+", type=int, default=[1, 2], help="thread counts to time the fit with")
    ap.add_argument("--timing-only", action="store_true", help="skip the quality table")
    args, _ = ap.parse_known_args()  # run_all.py passes its own arguments to every script
    if not (args.data / "score.py").exists():
        print(f"recommend benchmark: no data at {args.data} (research-only, not shipped); skipped")
        return 0
    scorer = load_scorer(args.data)
    for name in args.datasets:
        if (args.data / name / "dev_train.csv").exists():
            bench(name, args.data, scorer, args.threads, args.timing_only)
        else:
            print(f"recommend benchmark: {args.data / name} missing; skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
