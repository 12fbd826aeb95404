"""Interaction logs in the shape the model learns from: per user, distinct items in time order.

Input is one row per event or per (user, item) pair: ``user_id, item_id, weight, ts``. Repeats
of a pair are summed; a pair's time is its latest interaction, so an item a viewer came back
to counts as recent. Summed weights are damped (``1 + ln w`` above 1) so that one viewer asking
about the same product twenty times does not outweigh everything else they did.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np


class InteractionsError(ValueError):
    """A malformed interactions file; the message names the file and line."""


def damp(weight: float) -> float:
    return weight if weight <= 1.0 else 1.0 + math.log(weight)


def damp_array(weights: np.ndarray) -> np.ndarray:
    w = weights.astype(np.float64)
    return np.where(w <= 1.0, w, 1.0 + np.log(np.maximum(w, 1.0))).astype(np.float32)


@dataclass
class Interactions:
    """Users' histories as CSR-like arrays; ``items[ptr[u]:ptr[u+1]]`` is user u oldest -> newest."""

    users: list[str]
    item_ids: list[str]
    ptr: np.ndarray  # int64, len(users) + 1
    items: np.ndarray  # int32 item index
    weights: np.ndarray  # float32, damped
    times: np.ndarray  # float64, latest interaction of the pair

    @property
    def n_users(self) -> int:
        return len(self.users)

    @property
    def n_items(self) -> int:
        return len(self.item_ids)

    def __len__(self) -> int:
        return int(self.items.size)

    @classmethod
    def from_arrays(cls, users: Iterable[str], items: Iterable[str], weights: Iterable[float] | None = None,
                    times: Iterable[float] | None = None) -> Interactions:
        import pandas as pd

        df = pd.DataFrame({"user_id": list(users), "item_id": list(items)})
        df["weight"] = 1.0 if weights is None else np.asarray(list(weights), dtype=np.float64)
        df["ts"] = 0.0 if times is None else np.asarray(list(times), dtype=np.float64)
        return cls.from_frame(df)

    @classmethod
    def from_frame(cls, df) -> Interactions:  # noqa: ANN001 - a pandas DataFrame
        df = df[df["weight"] > 0]
        agg = (df.groupby(["user_id", "item_id"], sort=False)
                 .agg(weight=("weight", "sum"), ts=("ts", "max")).reset_index())
        # time order within a user; ties by item id (the same rule the dev split used)
        agg = agg.sort_values(["user_id", "ts", "item_id"], kind="mergesort")
        user_codes, users = _factorize(agg["user_id"])
        item_codes, item_ids = _factorize(agg["item_id"])
        counts = np.bincount(user_codes, minlength=len(users))
        ptr = np.zeros(len(users) + 1, dtype=np.int64)
        np.cumsum(counts, out=ptr[1:])
        return cls(users=users, item_ids=item_ids, ptr=ptr, items=item_codes.astype(np.int32),
                   weights=damp_array(agg["weight"].to_numpy()), times=agg["ts"].to_numpy(dtype=np.float64))

    @classmethod
    def read_csv(cls, path: str | Path) -> Interactions:
        """``user_id,item_id[,weight][,ts]`` with a header; a bad value names its line.

        Without a ``ts`` column the rows are taken to be in time order (as logs are written)."""
        import pandas as pd

        path = Path(path)
        try:
            df = pd.read_csv(path, dtype={"user_id": str, "item_id": str}, keep_default_na=False)
        except FileNotFoundError:
            raise InteractionsError(f"{path}: file not found") from None
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
            raise InteractionsError(f"{path}: not a readable CSV ({exc})") from None
        missing = [c for c in ("user_id", "item_id") if c not in df.columns]
        if missing:
            raise InteractionsError(f"{path}: missing column(s) {', '.join(missing)} "
                                    f"(expected header user_id,item_id[,weight][,ts])")
        for col in ("weight", "ts"):
            if col not in df.columns:
                # without timestamps, the file's own row order is the best clue to what came last
                df[col] = 1.0 if col == "weight" else np.arange(len(df), dtype=np.float64)
                continue
            values = pd.to_numeric(df[col], errors="coerce")
            bad = np.flatnonzero(values.isna().to_numpy())
            if bad.size:
                row = int(bad[0])
                raise InteractionsError(f"{path}: line {row + 2}: {col} is not a number: {df[col].iloc[row]!r}")
            df[col] = values
        empty = np.flatnonzero(((df["user_id"] == "") | (df["item_id"] == "")).to_numpy())
        if empty.size:
            raise InteractionsError(f"{path}: line {int(empty[0]) + 2}: empty user_id or item_id")
        if df.empty:
            raise InteractionsError(f"{path}: no interactions")
        return cls.from_frame(df)


def _factorize(series) -> tuple[np.ndarray, list[str]]:  # noqa: ANN001
    import pandas as pd

    codes, uniques = pd.factorize(series, sort=False)
    return codes, [str(u) for u in uniques]
