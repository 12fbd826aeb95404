#!/bin/sh
# Rebuild round 6 from its scripts and check that the ideal answers score 1.0 / 0.0 with the shared grader.
set -e
cd "$(dirname "$0")"
SCORE=${SCORE:-/work/shared/data/catalog/score.py}
python3 build_luma6.py
python3 shop7/build_shop7.py
python3 "$SCORE" luma6_ideal_answers.jsonl luma6.jsonl | tail -1
python3 "$SCORE" shop7/ideal_answers.jsonl shop7/questions.jsonl | tail -1
