"""`livebot moderation train` and `livebot moderate` as a user runs them (subprocesses)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def livebot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def test_moderate_scores_a_csv(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    write_csv(src, ["id", "text", "extra"], [
        ["1", "how much is the hoodie?", "x"],
        ["2", "you are a stupid fucking idiot", "x"],
        ["3", "WINNER!! You have won a £1000 prize. Call 09061701461 now to claim. T&C apply", "x"],
        ["4", "", "x"],
        ["5", "line one\nline two, \"quoted\"", "x"],
    ])
    out = tmp_path / "out.csv"
    result = livebot("moderate", str(src), "-o", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert list(rows[0]) == ["id", "score_toxic", "score_spam", "label_pred"]
    labels = {r["id"]: r["label_pred"] for r in rows}
    assert labels["1"] == "ok" and labels["2"] == "toxic" and labels["3"] == "spam"
    assert all(0.0 <= float(r["score_toxic"]) <= 1.0 and 0.0 <= float(r["score_spam"]) <= 1.0 for r in rows)


def test_moderate_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    write_csv(src, ["message"], [["hello"]])
    result = livebot("moderate", str(src), "-o", str(tmp_path / "out.csv"))
    assert result.returncode == 2 and "missing column(s) id, text" in result.stderr
    result = livebot("moderate", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "out.csv"))
    assert result.returncode == 2 and "cannot read" in result.stderr
    assert "Traceback" not in result.stderr


def test_train_writes_a_model_that_moderate_uses(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    ok = ["how much is the hoodie", "love this colour", "is it in stock", "when does it ship", "nice stream"]
    toxic = ["you stupid idiot", "shut up idiot", "idiot streamer", "you are stupid", "stupid idiot host"]
    spam = ["win cash now call 0900", "free prize txt win", "claim your free prize now", "win win cash prize",
            "call now free cash"]
    rows = [[f"{lab}{i}", t, lab] for lab, texts in (("ok", ok), ("toxic", toxic), ("spam", spam))
            for i, t in enumerate(texts)]
    write_csv(data / "tiny.train.csv", ["id", "text", "label"], rows)
    write_csv(data / "tiny.dev.csv", ["id", "text", "label"], rows)
    model = tmp_path / "m.npz"
    result = livebot("moderation", "train", "--data", str(data), "-o", str(model), "--bits", "14",
                     "--shop-chat", "30")
    assert result.returncode == 0, result.stderr
    assert model.exists() and model.with_suffix(".card.json").exists()
    card = model.with_suffix(".card.json").read_text()
    assert '"seed": 13' in card and "tiny.train.csv" in card and "dev_auc" in card
    # the second look was fitted too: a gate over the two corpora and one expert per task
    card_data = json.loads(card)
    assert card_data["second_look"]["domains"] == ["shopchat", "tiny"]
    assert card_data["second_look"]["experts"] == {"toxic": ["tiny"], "spam": ["tiny"]}
    src = tmp_path / "in.csv"
    write_csv(src, ["id", "text"], [["a", "you stupid idiot"], ["b", "is the hoodie in stock"]])
    out = tmp_path / "out.csv"
    assert livebot("moderate", str(src), "-o", str(out), "--model", str(model)).returncode == 0
    with out.open() as fh:
        scored = {r["id"]: float(r["score_toxic"]) for r in csv.DictReader(fh)}
    assert scored["a"] > scored["b"]
    # bad labels are named
    write_csv(data / "tiny.train.csv", ["id", "text", "label"], [["1", "x", "rude"]])
    result = livebot("moderation", "train", "--data", str(data), "-o", str(model))
    assert result.returncode == 2 and "rude" in result.stderr
