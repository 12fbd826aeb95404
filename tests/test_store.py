import os
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from bot.events import Author
from bot.store import Store, schema
from bot.testing import ScriptedBot


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_round_trip(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    store = Store(url)
    store.write_history(
        [{"platform": "console", "user_id": "ann", "name": "Ann", "channel": "#c", "message_id": "1",
          "text": "hi", "ts": 1.0}],
        [{"platform": "console", "user_id": "ann", "name": "Ann", "kind": "question", "sku": "MH01", "ts": 2.0}])
    store.log_moderation(ts=3.0, platform="console", channel="#c", user_id="ann", user_name="Ann", action="timeout",
                         seconds=60, reason="spam", scores={"spam": 0.9})
    store.kv_set("twitch", "token", {"access": "x"})
    store.close()
    again = Store(url)
    viewer = again.find_viewer("console", "ANN")
    assert viewer is not None and viewer["message_count"] == 1 and viewer["last_seen"] == 1.0
    assert again.moderation_log("console", "ann")[0]["scores"] == {"spam": 0.9}
    assert again.kv_get("twitch", "token") == {"access": "x"}
    assert again.version("core") == 1
    counts = again.forget_viewer("console", "ann")
    assert counts == {"messages": 1, "events": 1, "moderation_actions": 1, "viewers": 1}


def test_migrations_are_versioned_per_component(tmp_path):
    url = f"sqlite:///{tmp_path / 'b.db'}"
    store = Store(url)
    calls = []
    steps = [lambda conn: calls.append(1), lambda conn: calls.append(2)]
    store.migrate("extra", steps[:1])
    store.migrate("extra", steps)
    store.migrate("extra", steps)
    assert calls == [1, 2] and store.version("extra") == 2


def test_committed_rows_survive_a_crash(tmp_path):
    db = tmp_path / "crash.db"
    code = textwrap.dedent(f"""
        import os
        from bot.store import Store
        store = Store("sqlite:///{db}")
        rows = [{{"platform": "console", "user_id": f"u{{i}}", "name": f"u{{i}}", "channel": "#c",
                  "message_id": str(i), "text": "x", "ts": float(i)}} for i in range(100)]
        store.write_history(rows, [])
        print("committed", flush=True)
        os.kill(os.getpid(), 9)  # die hard: no cleanup, no atexit
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    assert "committed" in proc.stdout and proc.returncode == -9
    store = Store(f"sqlite:///{db}")
    assert count(store, schema.messages) == 100 and count(store, schema.viewers) == 100


async def test_history_stage_records_messages_and_events():
    async with ScriptedBot() as bot:
        await bot.say("ann", "hello")
        await bot.say("ann", "again")
        bot.bot.history.record_event("console", Author("ann", "ann"), "question", sku="MH01", weight=2.0)
        await bot.bot.history.flush()
        store = bot.bot.store
        assert count(store, schema.messages) == 2 and count(store, schema.events) == 1
        assert store.find_viewer("console", "ann")["message_count"] == 2


async def test_forgetme_removes_only_that_viewer():
    async with ScriptedBot() as bot:
        await bot.say("ann", "hello")
        await bot.say("bob", "hi")
        bot.bot.history.record_event("console", Author("ann", "ann"), "click", sku="MH01")
        actions = await bot.say("ann", "!forgetme")
        assert "deleted" in actions[0]["text"]
        await bot.bot.history.flush()
        store = bot.bot.store
        assert store.find_viewer("console", "ann") is None
        assert store.find_viewer("console", "bob")["message_count"] == 1
        assert count(store, schema.events) == 0 and count(store, schema.messages) == 1
