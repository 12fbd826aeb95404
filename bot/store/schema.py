"""Core tables. Later parts add their own tables through ``Store.migrate`` with a component name."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_versions = Table(
    "schema_versions", metadata,
    Column("component", String(64), primary_key=True),
    Column("version", Integer, nullable=False),
)

viewers = Table(
    "viewers", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(32), nullable=False),
    Column("user_id", String(128), nullable=False),
    Column("name", String(256), nullable=False),
    Column("first_seen", Float, nullable=False),
    Column("last_seen", Float, nullable=False),
    Column("message_count", Integer, nullable=False, default=0),
    UniqueConstraint("platform", "user_id", name="uq_viewer_identity"),
)

messages = Table(
    "messages", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("viewer_id", Integer, ForeignKey("viewers.id"), nullable=False),
    Column("platform", String(32), nullable=False),
    Column("channel", String(256), nullable=False),
    Column("message_id", String(128), nullable=False),
    Column("text", Text, nullable=False),
    Column("ts", Float, nullable=False),
    Column("removed", Boolean, nullable=False, default=False),
    Column("voice", Boolean, nullable=False, default=False),
    Index("ix_messages_ts", "ts"),
    Index("ix_messages_viewer", "viewer_id"),
)

# Weighted interactions for recommendations and stats: mention, question, click, buy, purchase ...
events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("viewer_id", Integer, ForeignKey("viewers.id"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("sku", String(128), nullable=True),
    Column("weight", Float, nullable=False, default=1.0),
    Column("ts", Float, nullable=False),
    Column("data", JSON, nullable=True),
    Index("ix_events_viewer", "viewer_id"),
    Index("ix_events_ts", "ts"),
)

# The audit log: every moderation action (or, in shadow mode, every action that would have run).
moderation_actions = Table(
    "moderation_actions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ts", Float, nullable=False),
    Column("platform", String(32), nullable=False),
    Column("channel", String(256), nullable=False),
    Column("viewer_id", Integer, ForeignKey("viewers.id"), nullable=True),
    Column("user_name", String(256), nullable=False),
    Column("action", String(16), nullable=False),
    Column("seconds", Integer, nullable=True),
    Column("reason", Text, nullable=False, default=""),
    Column("category", String(32), nullable=True),
    Column("scores", JSON, nullable=True),
    Column("message_text", Text, nullable=True),
    Column("shadow", Boolean, nullable=False, default=False),
    Column("moderator", String(256), nullable=True),
    Index("ix_modactions_ts", "ts"),
    Index("ix_modactions_viewer", "viewer_id"),
)

# Small named values that must survive restarts (platform tokens, command-sync hashes).
kv = Table(
    "kv", metadata,
    Column("namespace", String(64), primary_key=True),
    Column("key", String(256), primary_key=True),
    Column("value", JSON, nullable=True),
)
