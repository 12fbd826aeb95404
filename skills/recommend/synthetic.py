"""Synthetic shop interactions with a known structure, for tests and demos (no real data shipped).

Products fall into ``groups`` (think "jackets", "yoga pants"); each viewer has one favourite
group and mostly touches its products, walking through them roughly in order (so "what comes
next" is learnable too), with some noise from other groups.
"""

from __future__ import annotations

import numpy as np


def product_sku(group: int, index: int) -> str:
    return f"G{group}-P{index}"


def synthetic_interactions(*, users: int = 300, groups: int = 4, per_group: int = 12, events: int = 8,
                           noise: float = 0.15, seed: int = 0) -> list[tuple[str, str, float, float]]:
    """Rows (user_id, sku, weight, ts), each user's rows in time order."""
    rng = np.random.default_rng(seed)
    rows: list[tuple[str, str, float, float]] = []
    for u in range(users):
        group = u % groups
        start = int(rng.integers(per_group))
        seen: set[str] = set()
        ts = float(rng.integers(1_000_000))
        step = 0
        while len(seen) < min(events, per_group):
            if rng.random() < noise:
                sku = product_sku(int(rng.integers(groups)), int(rng.integers(per_group)))
            else:
                sku = product_sku(group, (start + step) % per_group)
                step += 1
            if sku in seen:
                continue
            seen.add(sku)
            ts += float(rng.integers(1, 600))
            rows.append((f"u{u}", sku, 1.0, ts))
    return rows


def group_of(sku: str) -> int:
    return int(sku.split("-")[0][1:])
