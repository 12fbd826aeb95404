"""Sanity check of the round-15 question files with the shared grader score.py:
  * ideal:    an answer built from each gold must score 1.0 (every item correct);
  * bad:      "No idea" to answerable items / an invented price to unanswerable and chitchat items must score 0.0;
  * confused: the ideal answer plus the first must_not_include item (written as a price when numeric) must be graded
              wrong item by item, so the must_not_include lists really bite.
Usage: python check_golds.py [QUESTIONS.jsonl ...]  (default: luma15.jsonl and shop16/questions.jsonl beside this file).
Writes nothing outside /tmp. Exit 1 on any failure."""
import importlib.util
import json
import os
import subprocess
import sys

SCORE = "/work/shared/data/catalog/score.py"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = [os.path.join(HERE, "luma15.jsonl"), os.path.join(HERE, "shop16", "questions.jsonl")]


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def currency(qfile):
    return "$" if os.path.basename(qfile).startswith("luma") else "€"


def ideal(q, cur):
    e = q["expect"]
    if q["type"] == "chitchat":
        return "Hi, welcome to the stream!"
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"{cur}{a}" if q["type"] in ("price", "compare") else str(a))
    return "; ".join(parts)


def bad(q, cur):
    if q["expect"]["answerable"] and q["type"] != "chitchat":
        return "No idea, sorry."
    return f"That one is {cur}999.99."


def confused(q, cur, score):
    """Ideal answer plus the first forbidden item; None when the item has no must_not_include."""
    exc = q["expect"]["must_not_include"]
    if not exc or not q["expect"]["answerable"]:
        return None
    x = exc[0]
    x = f"{cur}{x}" if score.is_number(x) else x
    return ideal(q, cur) + " - " + x


def main(files):
    score = load_score()
    failed = False
    for qfile in files:
        with open(qfile, encoding="utf-8") as fh:
            qs = [json.loads(line) for line in fh if line.strip()]
        ids = [q["id"] for q in qs]
        if len(set(ids)) != len(ids):
            print(qfile, "duplicate ids")
            failed = True
        cur = currency(qfile)
        for name, make in (("ideal", ideal), ("bad", bad)):
            out = f"/tmp/qa_blind15_{name}_{os.path.basename(qfile)}"
            with open(out, "w", encoding="utf-8") as f:
                for q in qs:
                    f.write(json.dumps({"id": q["id"], "answer": make(q, cur), "sku": q["expect"]["sku"]},
                                       ensure_ascii=False) + "\n")
            res = subprocess.run([sys.executable, SCORE, out, qfile, "--details"], capture_output=True, text=True)
            last = res.stdout.strip().splitlines()[-1]
            print(qfile, name, last)
            want = "qa_accuracy=1.0000" if name == "ideal" else "qa_accuracy=0.0000"
            if want not in last:
                print(res.stdout)
                failed = True
        n_conf = 0
        for q in qs:
            ans = confused(q, cur, score)
            if ans is None:
                continue
            n_conf += 1
            ok, _ = score.grade(q, {"answer": ans})
            if ok:
                print(f"  confused answer NOT caught: {q['id']} {ans!r}")
                failed = True
        print(qfile, f"confused: {n_conf} items with must_not_include, all graded wrong" if not failed else "")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or DEFAULT))
