"""Sanity check of the question files: an ideal answer built from each gold must score 1.0 and an answer that
quotes an invented price must score 0.0 with the shared score.py. Writes nothing outside /tmp."""
import json
import subprocess
import sys

SCORE = "/work/shared/data/catalog/score.py"


def ideal(q):
    e = q["expect"]
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"£{a}" if q["type"] in ("price", "compare") else str(a))
    return "; ".join(parts) or "hi!"


def bad(q):
    """A miss for answerable items (a plain 'no idea'), an invented price for unanswerable ones."""
    return "No idea, sorry." if q["expect"]["answerable"] else "That one is £999.99."


for qfile in sys.argv[1:]:
    with open(qfile, encoding="utf-8") as fh:
        qs = [json.loads(line) for line in fh]
    for name, make in (("ideal", ideal), ("bad", bad)):
        out = f"/tmp/qa_blind7_{name}.jsonl"
        with open(out, "w", encoding="utf-8") as f:
            for q in qs:
                f.write(json.dumps({"id": q["id"], "answer": make(q), "sku": q["expect"]["sku"]},
                                   ensure_ascii=False) + "\n")
        res = subprocess.run([sys.executable, SCORE, out, qfile, "--details"], capture_output=True, text=True)
        last = res.stdout.strip().splitlines()[-1]
        print(qfile, name, last)
        want = "qa_accuracy=1.0000" if name == "ideal" else "qa_accuracy=0.0000"
        if want not in last:
            print(res.stdout)
            sys.exit(1)
