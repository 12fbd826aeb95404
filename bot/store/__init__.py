"""Persistent storage on SQLAlchemy 2 Core: a SQLite file by default, any SQLAlchemy URL by config.

Writes are committed transactions; a crash loses nothing that was committed. Each component
keeps its own schema version in ``schema_versions`` and upgrades with ``migrate``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, case, create_engine, delete, event, func, insert, select, update

from bot.store import schema

log = logging.getLogger(__name__)

Migration = Callable[[Connection], None]


def _core_v1(conn: Connection) -> None:
    schema.metadata.create_all(conn)


CORE_MIGRATIONS: list[Migration] = [_core_v1]


class Store:
    def __init__(self, url: str = "sqlite:///livebot.db") -> None:
        self.url = url
        self._temp_path: str | None = None
        if url in ("sqlite://", "sqlite:///:memory:"):
            # An in-memory SQLite database lives on ONE connection, and sharing it between the event
            # loop and worker threads mixes their transactions. A throwaway file gives every thread
            # its own connection with real isolation (WAL), and is deleted on close.
            fd, self._temp_path = tempfile.mkstemp(prefix="livebot-", suffix=".db")
            os.close(fd)
            url = f"sqlite:///{self._temp_path}"
        self.engine = self._engine(url)
        # SQLite allows one writer; serialise our writes instead of retrying "database is locked"
        self.write_lock = threading.RLock()
        self._viewer_ids: dict[tuple[str, str], int] = {}
        with self.write_lock, self.engine.begin() as conn:
            schema.schema_versions.create(conn, checkfirst=True)
        self.migrate("core", CORE_MIGRATIONS)

    @staticmethod
    def _engine(url: str) -> Engine:
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path:
                Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: Any, _record: Any) -> None:
                cur = dbapi_conn.cursor()
                # WAL + NORMAL: a committed transaction survives a process crash, readers never block
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.close()

            return engine
        return create_engine(url, pool_pre_ping=True)

    def close(self) -> None:
        self.engine.dispose()
        if self._temp_path is not None:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.remove(self._temp_path + suffix)
            self._temp_path = None

    # ---------------------------------------------------------------- schema
    def version(self, component: str) -> int:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.schema_versions.c.version)
                               .where(schema.schema_versions.c.component == component)).first()
        return row[0] if row else 0

    def migrate(self, component: str, migrations: Sequence[Migration]) -> int:
        """Apply the migrations a component has not seen yet, each in its own transaction."""
        current = self.version(component)
        for number, step in enumerate(migrations[current:], start=current + 1):
            with self.write_lock, self.engine.begin() as conn:
                step(conn)
                table = schema.schema_versions
                if number == 1:
                    conn.execute(insert(table).values(component=component, version=1))
                else:
                    conn.execute(update(table).where(table.c.component == component).values(version=number))
            log.info("schema %s upgraded to version %d", component, number)
        return len(migrations)

    # ---------------------------------------------------------------- viewers
    def viewer_id(self, conn: Connection, platform: str, user_id: str, name: str, ts: float) -> int:
        key = (platform, user_id)
        vid = self._viewer_ids.get(key)
        if vid is not None:
            return vid
        t = schema.viewers
        row = conn.execute(select(t.c.id).where(t.c.platform == platform, t.c.user_id == user_id)).first()
        if row is None:
            vid = conn.execute(insert(t).values(platform=platform, user_id=user_id, name=name, first_seen=ts,
                                                last_seen=ts, message_count=0)).inserted_primary_key[0]
        else:
            vid = row[0]
        self._viewer_ids[key] = vid
        return vid

    def find_viewer(self, platform: str, name_or_id: str) -> dict[str, Any] | None:
        """Look a viewer up by platform id or (case-insensitive) name; latest seen wins."""
        t = schema.viewers
        needle = name_or_id.lstrip("@")
        with self.engine.connect() as conn:
            row = conn.execute(select(t).where(t.c.platform == platform, t.c.user_id == needle)).mappings().first()
            if row is None:
                row = conn.execute(select(t).where(t.c.platform == platform, func.lower(t.c.name) == needle.lower())
                                   .order_by(t.c.last_seen.desc())).mappings().first()
        return dict(row) if row else None

    # ---------------------------------------------------------------- writes
    def write_history(self, messages: Iterable[dict[str, Any]], events: Iterable[dict[str, Any]]) -> None:
        """Write a batch of chat messages and interaction events in one transaction.

        Rows carry ``platform, user_id, name, ts`` to identify the viewer; ids are resolved here.
        """
        messages, events = list(messages), list(events)
        if not messages and not events:
            return
        with self.write_lock:
            try:
                with self.engine.begin() as conn:
                    self._write(conn, messages, events)
            except Exception:
                self._viewer_ids.clear()  # ids cached inside a rolled-back transaction are void
                raise

    def _write(self, conn: Connection, messages: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
        seen: dict[int, tuple[float, str, int]] = {}
        msg_rows = []
        for m in messages:
            vid = self.viewer_id(conn, m["platform"], m["user_id"], m["name"], m["ts"])
            last = seen.get(vid)
            seen[vid] = (max(m["ts"], last[0]) if last else m["ts"], m["name"], (last[2] if last else 0) + 1)
            msg_rows.append({"viewer_id": vid, "platform": m["platform"], "channel": m["channel"],
                             "message_id": m["message_id"], "text": m["text"], "ts": m["ts"],
                             "removed": m.get("removed", False), "voice": m.get("voice", False)})
        if msg_rows:
            conn.execute(insert(schema.messages), msg_rows)
        t = schema.viewers
        for vid, (ts, name, count) in seen.items():
            conn.execute(update(t).where(t.c.id == vid).values(last_seen=case((t.c.last_seen > ts, t.c.last_seen), else_=ts), name=name,
                                                               message_count=t.c.message_count + count))
        ev_rows = [{"viewer_id": self.viewer_id(conn, e["platform"], e["user_id"], e["name"], e["ts"]),
                    "kind": e["kind"], "sku": e.get("sku"), "weight": e.get("weight", 1.0), "ts": e["ts"],
                    "data": e.get("data")} for e in events]
        if ev_rows:
            conn.execute(insert(schema.events), ev_rows)

    def log_moderation(self, *, ts: float, platform: str, channel: str, user_id: str | None, user_name: str,
                       action: str, seconds: int | None = None, reason: str = "", category: str | None = None,
                       scores: dict[str, float] | None = None, message_text: str | None = None,
                       shadow: bool = False, moderator: str | None = None) -> int:
        with self.write_lock, self.engine.begin() as conn:
            vid = self.viewer_id(conn, platform, user_id, user_name, ts) if user_id else None
            return conn.execute(insert(schema.moderation_actions).values(
                ts=ts, platform=platform, channel=channel, viewer_id=vid, user_name=user_name, action=action,
                seconds=seconds, reason=reason, category=category, scores=scores, message_text=message_text,
                shadow=shadow, moderator=moderator)).inserted_primary_key[0]

    def moderation_log(self, platform: str, user_id: str, limit: int = 20) -> list[dict[str, Any]]:
        v, m = schema.viewers, schema.moderation_actions
        with self.engine.connect() as conn:
            rows = conn.execute(select(m).join(v, v.c.id == m.c.viewer_id)
                                .where(v.c.platform == platform, v.c.user_id == user_id)
                                .order_by(m.c.ts.desc(), m.c.id.desc()).limit(limit)).mappings().all()
        return [dict(r) for r in rows]

    # ---------------------------------------------------------------- key/value
    def kv_get(self, namespace: str, key: str, default: Any = None) -> Any:
        t = schema.kv
        with self.engine.connect() as conn:
            row = conn.execute(select(t.c.value).where(t.c.namespace == namespace, t.c.key == key)).first()
        return row[0] if row else default

    def kv_set(self, namespace: str, key: str, value: Any) -> None:
        t = schema.kv
        with self.write_lock, self.engine.begin() as conn:
            conn.execute(delete(t).where(t.c.namespace == namespace, t.c.key == key))
            conn.execute(insert(t).values(namespace=namespace, key=key, value=value))

    # ---------------------------------------------------------------- privacy
    def forget_viewer(self, platform: str, user_id: str) -> dict[str, int]:
        """Delete one viewer's messages, events, audit rows and identity; returns counts per table."""
        v = schema.viewers
        counts: dict[str, int] = {}
        with self.write_lock, self.engine.begin() as conn:
            row = conn.execute(select(v.c.id).where(v.c.platform == platform, v.c.user_id == user_id)).first()
            if row is None:
                return counts
            vid = row[0]
            for table in (schema.messages, schema.events, schema.moderation_actions):
                counts[table.name] = conn.execute(delete(table).where(table.c.viewer_id == vid)).rowcount
            counts["viewers"] = conn.execute(delete(v).where(v.c.id == vid)).rowcount
        self._viewer_ids.pop((platform, user_id), None)
        return counts

    def purge_messages_before(self, ts: float) -> int:
        t = schema.messages
        with self.write_lock, self.engine.begin() as conn:
            return conn.execute(delete(t).where(t.c.ts < ts)).rowcount
