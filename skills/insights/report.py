"""The after-stream report: one self-contained HTML page, charts rendered server-side (no CDN, no JS).

Every chart is always drawn; with no data it says "no data yet" instead of failing.
"""

from __future__ import annotations

import base64
import html
import io
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless: never needs a display
import matplotlib.pyplot as plt  # noqa: E402

from bot.catalog import Catalog  # noqa: E402
from bot.store import Store  # noqa: E402
from skills.insights import queries  # noqa: E402
from skills.insights.queries import Window  # noqa: E402

CHARTS = ("Chat messages per minute", "Questions per product", "Sentiment over time", "Recommendation clicks",
          "Top viewers by engagement")
MOD_COLOURS = {"delete": "#d62728", "timeout": "#ff7f0e", "ban": "#000000", "warn": "#bcbd22", "unban": "#2ca02c"}


def _png(fig) -> str:  # noqa: ANN001
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _empty(ax, title: str) -> None:  # noqa: ANN001
    ax.text(0.5, 0.5, "no data yet", ha="center", va="center", fontsize=16, color="#888888",
            transform=ax.transAxes)
    ax.set_title(title)
    ax.set_xticks([])
    ax.set_yticks([])


def _label(catalog: Catalog, sku: str) -> str:
    product = catalog.product(sku)
    name = product.name if product else sku
    return name if len(name) <= 28 else name[:27] + "…"


def chart_messages(series: dict[str, dict[int, float]]) -> str:
    fig, ax = plt.subplots(figsize=(9, 3.2))
    title = CHARTS[0]
    msgs = series.get("messages", {})
    if not msgs:
        _empty(ax, title)
        return _png(fig)
    minutes = range(0, max(msgs) + 1)
    ax.plot(list(minutes), [msgs.get(m, 0) for m in minutes], color="#1f77b4", label="messages")
    for key, points in series.items():
        if key.startswith("mod:") and points:
            action = key[4:]
            ax.scatter(list(points), [msgs.get(m, 0) for m in points], s=[20 + 12 * n for n in points.values()],
                       color=MOD_COLOURS.get(action, "#9467bd"), label=action, zorder=3)
    ax.set_xlabel("minute of the report window")
    ax.set_ylabel("messages")
    ax.set_title(title)
    ax.legend(loc="upper right", fontsize=8)
    return _png(fig)


def chart_bars(rows: list[tuple[str, int]], title: str, xlabel: str, colour: str) -> str:
    fig, ax = plt.subplots(figsize=(9, max(2.6, 0.35 * len(rows) + 1)))
    if not rows:
        _empty(ax, title)
        return _png(fig)
    labels, values = zip(*reversed(rows), strict=True)
    ax.barh(labels, values, color=colour)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return _png(fig)


def chart_sentiment(series: dict[str, dict[int, float]]) -> str:
    fig, ax = plt.subplots(figsize=(9, 3.2))
    title = CHARTS[2]
    keys = ("sent:positive", "sent:neutral", "sent:negative")
    if not any(series.get(k) for k in keys):
        _empty(ax, title)
        return _png(fig)
    last = max(max(series.get(k, {0: 0}) or {0: 0}) for k in keys)
    minutes = list(range(0, last + 1))
    stacks = [[series.get(k, {}).get(m, 0) for m in minutes] for k in keys]
    ax.stackplot(minutes, *stacks, labels=["positive", "neutral", "negative"],
                 colors=["#2ca02c", "#c7c7c7", "#d62728"], alpha=0.85)
    ax.set_xlabel("minute of the report window")
    ax.set_ylabel("messages")
    ax.set_title(title)
    ax.legend(loc="upper right", fontsize=8)
    return _png(fig)


def build_report(store: Store, catalog: Catalog, since_seconds: float, *, end: float | None = None,
                 title: str = "Stream report") -> str:
    """The report's HTML for the last ``since_seconds`` of recorded chat (ending at ``end``)."""
    if end is None:
        end = queries.latest_time(store) or time.time()
    # start at the first message inside the span, so a short stream fills the charts
    first = queries.earliest_time(store, end - since_seconds)
    window = Window(first if first is not None and first <= end else end - since_seconds, end)
    series = queries.per_minute(store, window)
    figures = queries.stream_figures(store, window, top=20)
    questions = [(_label(catalog, s), n) for s, n in queries.questions_per_product(store, window)]
    clicks = [(_label(catalog, s), n) for s, n in queries.product_clicks(store, window)]
    viewers = queries.top_viewers(store, window)
    images = [
        chart_messages(series),
        chart_bars(questions, CHARTS[1], "questions", "#1f77b4"),
        chart_sentiment(series),
        chart_bars(clicks, CHARTS[3], "clicks and !buy", "#9467bd"),
        chart_bars([(name, msgs + 2 * events) for name, msgs, events in viewers], CHARTS[4],
                   "engagement (messages + 2 x product interactions)", "#17becf"),
    ]
    rows = "".join(f"<tr><td>{html.escape(text)}</td><td>{n}</td></tr>" for text, n in figures.unanswered)
    table = (f"<table><thead><tr><th>Question</th><th>Times asked</th></tr></thead><tbody>{rows}</tbody></table>"
             if rows else '<p class="empty">no unanswered questions yet</p>')
    total = sum(figures.sentiment.values())
    mood = (f"{round(100 * figures.sentiment['positive'] / total)}% positive, "
            f"{round(100 * figures.sentiment['negative'] / total)}% negative") if total else "no data yet"
    summary = (f"{figures.messages} messages, {figures.questions} questions, mood {mood}, "
               f"{sum(figures.moderation.values())} moderation actions")
    charts = "".join(f'<figure><img alt="{html.escape(name)}" src="data:image/png;base64,{img}"></figure>'
                     for name, img in zip(CHARTS, images, strict=True))
    span = _span(window.start, end)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 960px; color: #222; }}
h1 {{ margin-bottom: 0; }} .meta {{ color: #666; margin-top: .2rem; }}
figure {{ margin: 1.5rem 0; }} img {{ max-width: 100%; }} figcaption {{ color: #555; font-size: .9rem; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border-bottom: 1px solid #ddd; padding: .4rem; text-align: left; }}
.empty {{ color: #888; }}
</style></head>
<body><h1>{html.escape(title)}</h1><p class="meta">{span} · {html.escape(summary)}</p>
{charts}
<h2>Unanswered questions</h2>{table}
</body></html>
"""


def _span(start: float, end: float) -> str:
    if start < 1e9:  # a replayed script's clock starts at 0: show stream time, not 1970
        return f"stream time {_hms(start)} – {_hms(end)}"
    return f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime(start))} – {time.strftime('%H:%M', time.gmtime(end))} UTC"


def _hms(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def write_report(store: Store, catalog: Catalog, path: Path, since_seconds: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(build_report(store, catalog, since_seconds), encoding="utf-8")
    return path
