"""A training snapshot: every viewer's history read from the store, and the model fitted on it.

Built in a worker thread; the skill swaps the whole snapshot in with one assignment, so a
request sees either the old model with the old histories or the new with the new.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from bot.store import Store, schema
from skills.recommend.config import RecommendConfig
from skills.recommend.profiles import Touch, ViewerKey, taste, viewer_key

log = logging.getLogger("livebot.skill.recommend")


@dataclass
class Snapshot:
    cut_seq: int = 0  # live events up to this arrival number are in here; later ones in LiveHistory
    max_event_id: int = 0  # store rows up to this id were read
    trained_at: float = 0.0
    histories: dict[ViewerKey, list[Touch]] = field(default_factory=dict)
    model: object | None = None  # skills.recommend.model.Model (imported lazily: numpy/scipy)
    events: int = 0


def last_event_id(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.max(schema.events.c.id))).scalar() or 0)


def read_histories(store: Store, max_id: int, config: RecommendConfig,
                   canonical: Callable[[str], str]) -> tuple[dict[ViewerKey, list[Touch]], int]:
    """Every product event up to row ``max_id``, per viewer, weighted by the config's event weights."""
    e, v = schema.events, schema.viewers
    query = (select(v.c.platform, v.c.user_id, e.c.kind, e.c.sku, e.c.weight, e.c.ts)
             .join(v, v.c.id == e.c.viewer_id)
             .where(e.c.sku.is_not(None), e.c.id <= max_id)
             .order_by(e.c.ts, e.c.id))
    histories: dict[ViewerKey, list[Touch]] = {}
    count = 0
    with store.engine.connect() as conn:
        bought = set(config.bought_kinds)
        for platform, user_id, kind, sku, weight, ts in conn.execute(query):
            weight = config.event_weights.of(kind, float(weight or 0.0))
            if weight <= 0 and kind not in bought:
                continue  # impressions and other weightless kinds: no taste, no exclusion
            histories.setdefault((platform, user_id), []).append(Touch(canonical(sku), kind, weight, float(ts)))
            count += 1
    return histories, count


def build_snapshot(store: Store, *, cut_seq: int, max_id: int, now: float, config: RecommendConfig,
                   canonical: Callable[[str], str]) -> Snapshot:
    histories, count = read_histories(store, max_id, config, canonical)
    users, items, weights, times = [], [], [], []
    for (platform, user_id), touches in histories.items():
        key = viewer_key(platform, user_id)
        last = {}
        for t in touches:
            if t.weight > 0:
                last[t.sku] = max(last.get(t.sku, t.ts), t.ts)
        for sku, weight in taste(touches):
            users.append(key)
            items.append(sku)
            weights.append(weight)
            times.append(last[sku])
    model = None
    if len(items) >= config.min_events_to_train and len(set(items)) >= 2:
        from skills.recommend.interactions import Interactions
        from skills.recommend.model import ModelParams, fit

        m = config.model
        params = ModelParams(l2=m.l2, max_items=m.max_items, keep_per_item=m.keep_per_item,
                             recency_decay=m.recency_decay, seq_weight=m.seq_weight, seq_window=m.seq_window)
        model = fit(Interactions.from_arrays(users, items, weights, times), params, trained_at=now)
        log.info("recommend model trained: %d viewers, %d products, %d events", len(histories),
                 model.n_items, count)
    return Snapshot(cut_seq=cut_seq, max_event_id=max_id, trained_at=now, histories=histories, model=model,
                    events=count)
