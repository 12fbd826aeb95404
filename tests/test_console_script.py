import json
import os
import subprocess
import sys

from bot.script import ScriptError, parse_script

SCRIPT = """\
# a comment
alice: !help
[00:10] bob[moderator]: !commands
carol[sub]: !help help
[1:02:03] dave: hello
"""


def test_parse_script_times_and_roles():
    lines = parse_script(SCRIPT)
    assert [(ln.number, ln.time, ln.author, ln.role.name) for ln in lines] == [
        (2, 0.0, "alice", "VIEWER"), (3, 10.0, "bob", "MODERATOR"), (4, 11.0, "carol", "SUBSCRIBER"),
        (5, 3723.0, "dave", "VIEWER")]


def test_bad_script_line_is_named():
    try:
        parse_script("alice !help\n", "chat.txt")
    except ScriptError as exc:
        assert "chat.txt:1" in str(exc)
    else:
        raise AssertionError("expected ScriptError")


def test_run_script_end_to_end(tmp_path, root):
    script = tmp_path / "chat.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    transcript = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--config", str(root / "config/livebot.yaml"), "--script", str(script),
         "--transcript", str(transcript), "--set", f"storage.url=sqlite:///{tmp_path / 'bot.db'}"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(root)})
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in transcript.read_text(encoding="utf-8").splitlines()]
    assert records, proc.stdout
    first = records[0]
    assert set(first) == {"line", "time", "action", "channel", "user", "text", "seconds"}
    assert (first["line"], first["time"], first["action"], first["user"]) == (2, 0.0, "reply", "alice")
    by_line = {r["line"]: r for r in records}
    assert by_line[3]["time"] == 10.0 and "!commands" in by_line[3]["text"]
    assert by_line[4]["text"].startswith("!help")
    assert "[00:00:10] #live bot -> @bob" in proc.stdout


async def test_timer_actions_carry_the_timer_time():
    from bot.events import Announce
    from bot.testing import ScriptedBot

    async with ScriptedBot() as harness:
        bot = harness.bot

        async def announce():
            await bot.act(Announce("console", "#live", text="flash sale soon"))

        bot.scheduler.at(30.0, announce, "test-timer")
        actions = await harness.say("ann", "!help", at=100.0)
    assert [(a["action"], a["time"], a["line"]) for a in actions] == [("announce", 30.0, None), ("reply", 100.0, 1)]
