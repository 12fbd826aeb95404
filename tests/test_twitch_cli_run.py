"""`livebot run` with the Twitch section enabled, as a subprocess, against the fake Twitch: the shipped
moderation and Q&A skills on the demo catalog, config discovery, ${ENV} secrets, the live runner and a
clean SIGTERM shutdown that keeps the tokens."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import textwrap

from sqlalchemy import create_engine, text

from tests.fakes.twitch_api import FakeTwitch


async def test_livebot_run_answers_on_twitch_and_stores_tokens(tmp_path, root):
    async with FakeTwitch() as fake:
        fake.add_user("111", "luma_bot")
        fake.add_user("222", "luma_live")
        fake.add_user("999", "viewer")
        fake.make_moderator("222", "111")
        token, refresh = fake.issue_user_token("111")
        db = tmp_path / "bot.db"
        config = tmp_path / "livebot.yaml"
        config.write_text(textwrap.dedent(f"""\
            storage: {{url: "sqlite:///{db}"}}
            watch_config: false
            shop: {{catalog: "{root / 'config' / 'catalog.yaml'}", currency: USD}}
            skills:
              moderation: {{}}
              qa: {{reword: false}}
            adapters:
              twitch:
                client_id: ${{TWITCH_CLIENT_ID}}
                client_secret: ${{TWITCH_CLIENT_SECRET}}
                bot_id: "111"
                access_token: ${{TWITCH_ACCESS_TOKEN}}
                refresh_token: ${{TWITCH_REFRESH_TOKEN}}
                channels: [luma_live]
                moderator: true
                helix_url: {fake.helix_url}
                oauth_url: {fake.oauth_url}
                eventsub_url: {fake.eventsub_url}
            """))
        env = {**os.environ, "PYTHONPATH": str(root), "TWITCH_CLIENT_ID": fake.client_id,
               "TWITCH_CLIENT_SECRET": fake.client_secret, "TWITCH_ACCESS_TOKEN": token,
               "TWITCH_REFRESH_TOKEN": refresh}
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--config", str(config), env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        try:
            await fake.wait_until(lambda: len(fake.chat_subscriptions("222")) == 1, timeout=30)
            asked = await fake.send_chat("222", "999", "!price caesar warm-up pant")
            await fake.wait_until(lambda: len(fake.chat_messages) == 1, timeout=10)
            assert fake.chat_messages[0] == {"broadcaster_id": "222", "sender_id": "111",
                                             "message": "Caesar Warm-Up Pant is $35.",
                                             "reply_parent_message_id": asked}
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
            output = (await asyncio.wait_for(proc.communicate(), 20))[0].decode()
        assert proc.returncode == 0, output
        assert "Traceback" not in output, output
    with create_engine(f"sqlite:///{db}").connect() as conn:
        stored = conn.execute(text("select value from kv where namespace='twitch'")).scalar_one()
    assert token in stored  # the pair twitchio held at shutdown went to the store, not a JSON file
    assert not list(tmp_path.glob("*.json"))
