"""Run every benchmark script in this folder, one after the other: ``python benchmarks/run_all.py``.

Each ``bench_*.py`` prints its own figures; a script whose optional data or extra is missing says so
and is skipped. Quote medians: these machines are noisy.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    failed = 0
    for script in sorted(here.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        rc = subprocess.call([sys.executable, str(script), *sys.argv[1:]], cwd=here.parent)
        failed += rc != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
