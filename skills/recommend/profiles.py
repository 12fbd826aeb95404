"""Viewer histories for serving: what the last training saw, plus what happened since.

A live stream brings new viewers every minute. Their events reach us through the history
stage's listeners the moment they happen (before the batched write), so a viewer who asked
about a jacket ten seconds ago is already served from that question, without retraining.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from skills.recommend.config import EventWeights

ViewerKey = tuple[str, str]  # (platform, user_id)


@dataclass(frozen=True, slots=True)
class Touch:
    """One interaction of a viewer with a product (weight already taken from the config)."""

    sku: str
    kind: str
    weight: float
    ts: float
    seq: int = 0  # arrival order of a live event (0: read from the store)


def viewer_key(platform: str, user_id: str) -> str:
    """The user id the model knows a viewer by (one id space across platforms)."""
    return f"{platform}:{user_id}"


def taste(touches: Iterable[Touch]) -> list[tuple[str, float]]:
    """Summed weight per product, ordered by its latest touch (oldest first), for the model."""
    total: dict[str, float] = {}
    last: dict[str, float] = {}
    for t in touches:
        if t.weight <= 0:
            continue
        total[t.sku] = total.get(t.sku, 0.0) + t.weight
        last[t.sku] = max(last.get(t.sku, t.ts), t.ts)
    return [(sku, total[sku]) for sku in sorted(total, key=lambda s: (last[s], s))]


@dataclass
class LiveHistory:
    """Events since the last training snapshot, per viewer, and what is popular right now."""

    weights: EventWeights
    half_life: float = 900.0
    max_viewers: int = 100_000
    max_events: int = 200
    fresh: OrderedDict[ViewerKey, list[Touch]] = field(default_factory=OrderedDict)
    _heat: dict[str, tuple[float, float]] = field(default_factory=dict)  # sku -> (value, at)
    seq: int = 0  # the last arrival number handed out

    def add(self, platform: str, user_id: str, touch: Touch) -> None:
        self.seq += 1
        touch = Touch(touch.sku, touch.kind, touch.weight, touch.ts, self.seq)
        self._add(platform, user_id, touch)

    def _add(self, platform: str, user_id: str, touch: Touch) -> None:
        key = (platform, user_id)
        events = self.fresh.get(key)
        if events is None:
            events = self.fresh[key] = []
            if len(self.fresh) > self.max_viewers:
                self.fresh.popitem(last=False)  # the longest-quiet viewer; the store still has them
        else:
            self.fresh.move_to_end(key)
        events.append(touch)
        if len(events) > self.max_events:
            del events[: len(events) - self.max_events]
        if touch.weight > 0:
            value, at = self._heat.get(touch.sku, (0.0, touch.ts))
            self._heat[touch.sku] = (value * self._decay(touch.ts - at) + touch.weight, max(at, touch.ts))

    def add_row(self, row: dict[str, Any], canonical: Any) -> None:
        """A history listener row ({platform, user_id, kind, sku, weight, ts, ...})."""
        sku = row.get("sku")
        if not sku:
            return
        kind = str(row.get("kind") or "")
        weight = self.weights.of(kind, float(row.get("weight") or 0.0))
        self.add(str(row["platform"]), str(row["user_id"]), Touch(canonical(str(sku)), kind, weight, float(row["ts"])))

    def of(self, platform: str, user_id: str, after: int = 0) -> list[Touch]:
        return [t for t in self.fresh.get((platform, user_id), ()) if t.seq > after]

    def cut(self, upto: int) -> None:
        """A new snapshot holds every live event up to arrival ``upto``: keep only later ones."""
        for key in list(self.fresh):
            kept = [t for t in self.fresh[key] if t.seq > upto]
            if kept:
                self.fresh[key] = kept
            else:
                del self.fresh[key]

    def forget(self, platform: str, user_id: str) -> int:
        return len(self.fresh.pop((platform, user_id), []))

    def popular_now(self, now: float, limit: int = 50) -> list[str]:
        scored = [(value * self._decay(now - at), sku) for sku, (value, at) in self._heat.items()]
        scored = [(v, s) for v, s in scored if v > 1e-3]
        scored.sort(key=lambda vs: (-vs[0], vs[1]))
        if len(self._heat) > 10_000:  # keep the table small on a busy shop
            self._heat = {s: self._heat[s] for _, s in scored[:5000]}
        return [s for _, s in scored[:limit]]

    def _decay(self, dt: float) -> float:
        return math.pow(0.5, max(dt, 0.0) / self.half_life)
