"""`livebot ask`: batch answers from a JSONL file, bad lines reported and skipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_ask(tmp_path: Path, lines: list[str], *extra: str) -> tuple[subprocess.CompletedProcess, list[dict]]:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "bot", "ask", *extra, str(src), "-o", str(out)], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60)
    answers = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return proc, answers


def test_ask_answers_a_file(tmp_path):
    lines = [json.dumps({"id": "a", "question": "how much is the josie jacket?"}),
             json.dumps({"id": "b", "question": "这个多少钱", "lang": "zh", "context": {"pinned_sku": "MH02"}}),
             "{not json",
             json.dumps({"id": "c", "question": "can i pay with paypal"}),
             json.dumps({"id": "d", "question": "how much are the nike air max?"})]
    proc, answers = run_ask(tmp_path, lines, "--catalog", str(ROOT / "config" / "catalog.yaml"))
    assert proc.returncode == 0, proc.stderr
    assert "in.jsonl:3: skipped" in proc.stderr and "faq.yaml" in proc.stderr   # the FAQ beside the catalog
    assert [a["id"] for a in answers] == ["a", "b", "c", "d"]
    assert answers[0] == {"id": "a", "answer": "Josie Yoga Jacket is $56.25.", "sku": "WJ02"}
    assert answers[1]["sku"] == "MH02" and "70美元" in answers[1]["answer"]
    assert answers[2]["answer"].startswith("Yes") and answers[3]["sku"] is None


def test_ask_reports_a_broken_catalog(tmp_path):
    bad = tmp_path / "products.json"
    bad.write_text('{"products": [{"title": "X", "handle": "x", "variants": [{"price": "abc"}]}]}', encoding="utf-8")
    proc, answers = run_ask(tmp_path, ['{"id": 1, "question": "hi"}'], "--catalog", str(bad))
    assert proc.returncode == 2 and answers == []
    assert f"{bad}: product x field 'variants[0].price'" in proc.stderr
