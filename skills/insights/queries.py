"""Read the stream's figures back from the store: the digest and the report share these queries."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select

from bot.store import Store, schema
from skills.insights import tables
from skills.insights.signals import question_key


@dataclass
class Window:
    start: float
    end: float
    platform: str | None = None
    channel: str | None = None


@dataclass
class StreamFigures:
    window: Window
    messages: int = 0
    questions: int = 0
    sentiment: Counter[str] = field(default_factory=Counter)
    # (first half, second half) positive-minus-negative share, for the mood trend
    mood_halves: tuple[float, float] = (0.0, 0.0)
    asked_products: list[tuple[str, int]] = field(default_factory=list)
    unanswered: list[tuple[str, int]] = field(default_factory=list)  # (example text, count)
    moderation: Counter[str] = field(default_factory=Counter)


def _scope(table, window: Window):  # noqa: ANN001, ANN202
    cond = [table.c.ts >= window.start, table.c.ts <= window.end]
    if window.platform:
        cond.append(table.c.platform == window.platform)
    if window.channel:
        cond.append(table.c.channel == window.channel)
    return and_(*cond)


def latest_time(store: Store) -> float | None:
    with store.engine.connect() as conn:
        return conn.execute(select(func.max(schema.messages.c.ts))).scalar()


def earliest_time(store: Store, after: float) -> float | None:
    with store.engine.connect() as conn:
        return conn.execute(select(func.min(schema.messages.c.ts)).where(schema.messages.c.ts >= after)).scalar()


def stream_figures(store: Store, window: Window, top: int = 3) -> StreamFigures:
    sig, ans, msg, mod = tables.signals, tables.answers, schema.messages, schema.moderation_actions
    out = StreamFigures(window)
    with store.engine.connect() as conn:
        out.messages = conn.execute(select(func.count()).select_from(msg).where(_scope(msg, window))).scalar_one()
        rows = conn.execute(select(sig.c.ts, sig.c.sentiment, sig.c.is_question, sig.c.sku)
                            .where(_scope(sig, window))).all()
        asked: Counter[str] = Counter()
        mid = (window.start + window.end) / 2
        halves = [Counter(), Counter()]
        for ts, sentiment, is_q, sku in rows:
            out.sentiment[sentiment] += 1
            halves[ts >= mid][sentiment] += 1
            if is_q:
                out.questions += 1
                if sku:
                    asked[sku] += 1
        out.asked_products = asked.most_common(top)
        out.mood_halves = tuple(_mood(h) for h in halves)  # type: ignore[assignment]
        answered = select(ans.c.message_id).where(and_(ans.c.platform == sig.c.platform,
                                                       ans.c.channel == sig.c.channel,
                                                       ans.c.message_id == sig.c.message_id)).exists()
        open_questions = conn.execute(
            select(msg.c.text).select_from(sig.join(msg, and_(msg.c.platform == sig.c.platform,
                                                             msg.c.channel == sig.c.channel,
                                                             msg.c.message_id == sig.c.message_id)))
            .where(_scope(sig, window), sig.c.is_question.is_(True), ~answered)).scalars().all()
        groups: dict[str, list[str]] = defaultdict(list)
        for text in open_questions:
            groups[question_key(text)].append(text)
        ranked = sorted(groups.values(), key=lambda texts: (-len(texts), texts[0]))
        out.unanswered = [(texts[0], len(texts)) for texts in ranked[:top]]
        for action, n in conn.execute(select(mod.c.action, func.count()).where(_scope(mod, window),
                                                                              mod.c.shadow.is_(False))
                                      .group_by(mod.c.action)).all():
            out.moderation[action] = n
    return out


def _mood(counts: Counter[str]) -> float:
    total = sum(counts.values())
    return (counts["positive"] - counts["negative"]) / total if total else 0.0


def per_minute(store: Store, window: Window) -> dict[str, dict[int, float]]:
    """Minute-bucketed series for the report: messages, moderation actions, sentiment shares."""
    msg, mod, sig = schema.messages, schema.moderation_actions, tables.signals
    series: dict[str, dict[int, float]] = defaultdict(dict)
    with store.engine.connect() as conn:
        for (ts,) in conn.execute(select(msg.c.ts).where(_scope(msg, window))):
            m = int((ts - window.start) // 60)
            series["messages"][m] = series["messages"].get(m, 0) + 1
        for ts, action in conn.execute(select(mod.c.ts, mod.c.action).where(_scope(mod, window),
                                                                            mod.c.shadow.is_(False))):
            m = int((ts - window.start) // 60)
            series[f"mod:{action}"][m] = series[f"mod:{action}"].get(m, 0) + 1
        for ts, sentiment in conn.execute(select(sig.c.ts, sig.c.sentiment).where(_scope(sig, window))):
            m = int((ts - window.start) // 60)
            series[f"sent:{sentiment}"][m] = series[f"sent:{sentiment}"].get(m, 0) + 1
    return series


def product_clicks(store: Store, window: Window) -> list[tuple[str, int]]:
    ev = schema.events
    with store.engine.connect() as conn:
        rows = conn.execute(select(ev.c.sku, func.count()).where(ev.c.ts >= window.start, ev.c.ts <= window.end,
                                                                 ev.c.kind.in_(("click", "buy")),
                                                                 ev.c.sku.is_not(None))
                            .group_by(ev.c.sku).order_by(func.count().desc()).limit(10)).all()
    return [(sku, n) for sku, n in rows]


def questions_per_product(store: Store, window: Window) -> list[tuple[str, int]]:
    sig = tables.signals
    with store.engine.connect() as conn:
        rows = conn.execute(select(sig.c.sku, func.count()).where(_scope(sig, window), sig.c.is_question.is_(True),
                                                                  sig.c.sku.is_not(None))
                            .group_by(sig.c.sku).order_by(func.count().desc()).limit(12)).all()
    return [(sku, n) for sku, n in rows]


def top_viewers(store: Store, window: Window, limit: int = 10) -> list[tuple[str, int, int]]:
    """(name, messages, interaction events) of the most engaged viewers in the window."""
    msg, ev, v = schema.messages, schema.events, schema.viewers
    with store.engine.connect() as conn:
        counts = dict(conn.execute(select(msg.c.viewer_id, func.count()).where(_scope(msg, window))
                                   .group_by(msg.c.viewer_id)).all())
        events = dict(conn.execute(select(ev.c.viewer_id, func.count()).where(ev.c.ts >= window.start,
                                                                              ev.c.ts <= window.end)
                                   .group_by(ev.c.viewer_id)).all())
        ids = sorted(set(counts) | set(events), key=lambda i: -(counts.get(i, 0) + 2 * events.get(i, 0)))[:limit]
        names = dict(conn.execute(select(v.c.id, v.c.name).where(v.c.id.in_(ids))).all()) if ids else {}
    return [(names.get(i, "?"), counts.get(i, 0), events.get(i, 0)) for i in ids]


def unanswered_questions(store: Store, window: Window, limit: int = 20) -> list[tuple[str, int]]:
    return stream_figures(store, window, top=limit).unanswered
