"""A vectorised hashing featuriser: character 2-4-grams and word 1-2-grams, hashed with numpy.

Why our own: scikit-learn's vectorisers build the n-grams in Python per text, far too slow for a
flooded chat. Here a whole batch is one array of code points; a polynomial prefix hash (mod 2**64,
numpy's wrap-around arithmetic) gives the hash of any substring in O(1), so every n-gram of every
text is hashed by a handful of array operations. The same function builds the training matrix,
so training and scoring can never disagree.

Two blocks, each normalised on its own (as two L2-normalised TF vectors side by side would be):
a text's feature value for an n-gram is its count divided by sqrt(the number of n-grams in its
block), so character n-grams, which are many, do not drown the words. A linear model's score is
``bias + sum(w[char buckets]) / sqrt(Nc) + sum(w[word buckets]) / sqrt(Nw)``.
"""

from __future__ import annotations

import re

import numpy as np

CHAR_ORDERS = (2, 3, 4)  # of code points, inside a word (1- and 5-grams bought nothing on dev)
MAX_CHARS = 600  # longer texts are cut: the verdict is clear long before that
_P = np.uint64(0x100000001B3)  # odd, so it is invertible mod 2**64
_P_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing spreads the polynomial hash over the buckets
_WORD_SALT = np.uint64(0x51ED270B27B1F0A3)
_BIGRAM_SALT = np.uint64(0x2545F4914F6CDD1D)
_PUNCT = re.compile(r"([^\w\s@#])")  # punctuation becomes its own word: "you!" -> "you !"


class _Powers:
    """P**j and P**-j for j < size, grown on demand."""

    def __init__(self) -> None:
        self.size = 0
        self.pw = np.empty(0, np.uint64)
        self.inv = np.empty(0, np.uint64)

    def ensure(self, size: int) -> None:
        if size <= self.size:
            return
        size = max(size, 2 * self.size, 4096)
        with np.errstate(over="ignore"):
            self.pw = np.concatenate(([np.uint64(1)], np.cumprod(np.full(size - 1, _P, np.uint64))))
            self.inv = np.concatenate(([np.uint64(1)], np.cumprod(np.full(size - 1, _P_INV, np.uint64))))
        self.size = size


_POWERS = _Powers()


def _salts() -> dict[int, np.uint64]:
    return {n: np.uint64((n * 0x632BE59BD9B4E019) % 2**64) for n in CHAR_ORDERS}


_CHAR_SALTS = _salts()


def hashed_ngrams(texts: list[str], bits: int, word_weight: float = 1.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(bucket, block, block_scale) for every n-gram of every (already normalised) text.

    ``block`` is ``2 * row + (1 if a word n-gram else 0)``, rows indexing ``texts``;
    ``block_scale[block]`` = 1/sqrt(n-grams in that block), each n-gram's value; the word block is
    further multiplied by ``word_weight`` (below 1 it is regularised harder: 0.4 gave +0.2 pooled
    and +0.3 COLD/OLID ROC-AUC points on dev over 1.0)."""
    padded = [" " + _PUNCT.sub(r" \1 ", t[:MAX_CHARS]) + " " for t in texts]
    lengths = np.fromiter((len(p) for p in padded), np.int64, len(padded))
    ends = np.cumsum(lengths)
    total = int(ends[-1]) if len(ends) else 0
    if total == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.zeros(2 * len(texts))
    codes = np.frombuffer("".join(padded).encode("utf-32-le"), np.uint32).astype(np.uint64)
    codes[(codes >= 49) & (codes <= 57)] = 48  # numbers matter by shape (phone numbers in spam): 1-9 -> 0
    _POWERS.ensure(total + 1)
    row_of = np.repeat(np.arange(len(padded)), lengths)
    end_of = np.repeat(ends, lengths)
    shift = np.uint64(64 - bits)
    with np.errstate(over="ignore"):
        prefix = np.zeros(total + 1, np.uint64)
        np.cumsum(codes * _POWERS.pw[:total], out=prefix[1:])
        buckets, rows = [], []
        pos = np.arange(total)
        # n-grams stay inside one word (a space may only open or close them), like char_wb
        spaces_before = np.zeros(total + 1, np.int64)
        np.cumsum(codes == 32, out=spaces_before[1:])
        for n in CHAR_ORDERS:
            a = pos[pos + n <= end_of]
            if n > 2:
                a = a[spaces_before[a + n - 1] == spaces_before[a + 1]]
            h = (prefix[a + n] - prefix[a]) * _POWERS.inv[a] + _CHAR_SALTS[n]
            buckets.append((h * _MIX) >> shift)
            rows.append(row_of[a])
        # words: spans between consecutive spaces of one text; bigrams: over two words
        spaces = np.flatnonzero(codes == 32)
        space_row = row_of[spaces]
        for gap, salt in ((1, _WORD_SALT), (2, _BIGRAM_SALT)):
            left, right = spaces[:-gap], spaces[gap:]
            keep = (space_row[:-gap] == space_row[gap:]) & (right - left > gap)
            a, b = left[keep] + 1, right[keep]
            h = (prefix[b] - prefix[a]) * _POWERS.inv[a] + salt
            buckets.append((h * _MIX) >> shift)
            rows.append(space_row[:-gap][keep])
    n_char = sum(len(r) for r in rows[:len(CHAR_ORDERS)])
    bucket = np.concatenate(buckets).view(np.int64)  # < 2**bits, so the view is exact
    block = np.concatenate(rows) * 2
    block[n_char:] += 1
    per_block = np.bincount(block, minlength=2 * len(padded))
    scale = 1.0 / np.sqrt(np.maximum(per_block, 1))
    if word_weight != 1.0:
        scale[1::2] *= word_weight
    return bucket, block, scale


def feature_matrix(texts: list[str], bits: int, word_weight: float = 1.0):  # noqa: ANN201 - scipy csr_matrix
    """The training matrix: the same features ``hashed_ngrams`` gives the scorer, as CSR."""
    from scipy import sparse

    buckets, blocks, scale = hashed_ngrams(texts, bits, word_weight)
    rows, values = blocks // 2, scale[blocks]
    matrix = sparse.csr_matrix((values, (rows, buckets)), shape=(len(texts), 1 << bits), dtype=np.float32)
    matrix.sum_duplicates()
    return matrix
