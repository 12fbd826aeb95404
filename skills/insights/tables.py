"""The insights skill's tables: per-message signals and which questions got an answer.

Raw text stays in the core ``messages`` table (purged by retention); these rows hold no text, so
aggregate counts survive retention. Both are keyed like the core's (platform, channel, message_id).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Connection, Float, Index, Integer, MetaData, String, Table

metadata = MetaData()

signals = Table(
    "insight_signals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ts", Float, nullable=False),
    Column("platform", String(32), nullable=False),
    Column("channel", String(256), nullable=False),
    Column("message_id", String(128), nullable=False),
    Column("user_id", String(128), nullable=False),
    Column("sentiment", String(8), nullable=False),
    Column("score", Float, nullable=False),
    Column("is_question", Boolean, nullable=False),
    Column("sku", String(128), nullable=True),
    Index("ix_insight_signals_ts", "ts"),
    Index("ix_insight_signals_user", "platform", "user_id"),
)

answers = Table(
    "insight_answers", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ts", Float, nullable=False),
    Column("platform", String(32), nullable=False),
    Column("channel", String(256), nullable=False),
    Column("message_id", String(128), nullable=False),
    Column("user_id", String(128), nullable=False),
    Index("ix_insight_answers_msg", "platform", "channel", "message_id"),
)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn)


MIGRATIONS = [_v1]
