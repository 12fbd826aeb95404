"""The moderation skill end to end: console adapter, manual clock, in-memory store."""

from __future__ import annotations

from typing import Any

import pytest

from bot.testing import ScriptedBot

SHOP = {"shop": {"name": "Luma", "domains": ["luma.example"]}}


def cfg(**moderation: Any) -> dict[str, Any]:
    # classifier off unless a test needs it: these tests pin the rules and the ladder exactly
    return {**SHOP, "skills": {"moderation": {"classifier": False, **moderation}}}


def kinds(actions: list[dict[str, Any]]) -> list[str]:
    return [a["action"] for a in actions]


async def test_link_rule_permit_and_shop_domain() -> None:
    async with ScriptedBot(cfg(ladder=["delete"])) as bot:
        assert await bot.say("ann", "hi all", at=1) == []
        out = await bot.say("ann", "cheap followers at spam-site.com/buy", at=2)
        assert kinds(out) == ["delete"] and out[0]["user"] == "ann" and "spam-site.com" in out[0]["text"]
        assert await bot.say("ann", "the hoodie is at https://luma.example/p/hoodie", at=3) == []
        assert await bot.say("ann", "also www.shop.luma.example/sale", at=4) == []
        # a look-alike host is not the shop
        assert kinds(await bot.say("ann", "see luma.example.evil.io/x", at=5)) == ["delete"]
        # a viewer may not permit; a moderator may, for one link
        await bot.say("ann", "!permit ann", at=6)
        assert kinds(await bot.say("ann", "my video youtube.com/watch?v=1", at=7)) == ["delete"]
        out = await bot.say("mod", "!permit ann", "moderator", at=30)
        assert kinds(out) == ["reply"]
        assert await bot.say("ann", "ok. thanks. no link yet", at=31) == []  # does not spend the permit
        assert await bot.say("ann", "my video youtube.com/watch?v=1", at=32) == []
        assert kinds(await bot.say("ann", "and again youtube.com/watch?v=2", at=33)) == ["delete"]


async def test_permit_expires() -> None:
    async with ScriptedBot(cfg(ladder=["delete"], permit_seconds=30)) as bot:
        await bot.say("bob", "hello", at=0)
        await bot.say("mod", "!permit bob", "moderator", at=1)
        assert kinds(await bot.say("bob", "x.com/bob", at=40)) == ["delete"]


async def test_first_message_link_when_links_allowed() -> None:
    async with ScriptedBot(cfg(links=False, ladder=["delete"])) as bot:
        assert kinds(await bot.say("newbie", "visit promo.xyz now", at=1)) == ["delete"]
        assert await bot.say("newbie", "ok sorry, promo.xyz is my shop", at=2) == []
        assert await bot.say("regular", "hi", at=3) == []
        assert await bot.say("regular", "look at news.com/story", at=4) == []


async def test_caps_is_emote_aware() -> None:
    async with ScriptedBot(cfg(ladder=["delete"])) as bot:
        assert await bot.say("a", "KEKW KEKW OMEGALUL that was funny", at=1) == []
        assert await bot.say("a", "OK", at=2) == []
        assert await bot.say("b", "WHAT SIZE IS THE HOODIE", at=2.5) == []
        assert kinds(await bot.say("a", "WHY IS NOBODY ANSWERING MY QUESTION", at=3)) == ["delete"]


async def test_symbol_flood() -> None:
    async with ScriptedBot(cfg(ladder=["delete"])) as bot:
        assert await bot.say("a", "love it 😍😍", at=1) == []
        out = await bot.say("a", "🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥💯💯💯", at=2)
        assert kinds(out) == ["delete"] and "flood" in out[0]["text"]


async def test_repeat_and_window() -> None:
    async with ScriptedBot(cfg(ladder=["delete"], repeat_max=3, repeat_window_seconds=60)) as bot:
        for t in (0, 10):
            assert await bot.say("rep", "is the mug in stock", at=t) == []
        assert kinds(await bot.say("rep", "is the mug in stock", at=20)) == ["delete"]
        # far apart is fine
        for t in (200, 300, 400):
            assert await bot.say("calm", "is the mug in stock", at=t) == []


async def test_rate_limit() -> None:
    async with ScriptedBot(cfg(ladder=["delete"], rate_max_messages=4, rate_window_seconds=10)) as bot:
        for i in range(4):
            assert await bot.say("fast", f"message number {i}", at=i) == []
        assert kinds(await bot.say("fast", "message number 5", at=4.5)) == ["delete"]
        assert await bot.say("fast", "later on", at=30) == []


async def test_mention_spam() -> None:
    async with ScriptedBot(cfg(ladder=["delete"], mentions_max=3)) as bot:
        assert await bot.say("m", "@anna @bert thanks!", at=1) == []
        assert kinds(await bot.say("m", "@anna @bert @cara @dan @eve look", at=2)) == ["delete"]


async def test_blocked_terms_after_normalisation() -> None:
    async with ScriptedBot(cfg(blocked_terms=["scamcoin"], ladder=["delete"])) as bot:
        assert await bot.say("a", "is this a good gift", at=1) == []
        for i, text in enumerate(["buy SCAMCOIN", "buy $c4mc01n", "s c a m c o i n", "𝓼𝓬𝓪𝓶𝓬𝓸𝓲𝓷 now",
                                  "sca\u200bmcoin", "ѕсаmсоіn"]):
            assert kinds(await bot.say(f"u{i}", text, at=10 + i)) == ["delete"], text


async def test_raid_of_twenty_accounts_is_caught() -> None:
    raid = "THIS STREAM IS A SCAM unfollow now copy paste this"
    async with ScriptedBot(cfg(raid_accounts=5, raid_window_seconds=30, caps=False, ladder=["delete"])) as bot:
        deleted: set[str] = set()
        for i in range(20):
            out = await bot.say(f"raider{i}", raid, at=100 + i * 0.5)
            deleted |= {a["user"] for a in out if a["action"] == "delete"}
        # the copies before the fifth account are taken down when the raid is recognised
        assert deleted == {f"raider{i}" for i in range(20)}
        # a normal message is untouched, and the same text much later is not a raid
        assert await bot.say("fan", "how much is the hoodie?", at=111) == []
        assert await bot.say("late", raid, at=500) == []


async def test_many_viewers_asking_the_same_short_question_is_not_a_raid() -> None:
    async with ScriptedBot(cfg(ladder=["delete"])) as bot:
        for i in range(12):
            assert await bot.say(f"fan{i}", "how much is the hoodie?", at=10 + i) == []
            assert await bot.say(f"buyer{i}", "这件卫衣多少钱？有优惠码吗？", at=10.5 + i) == []


async def test_escalation_ladder_and_reset_window() -> None:
    ladder = ["warn", "delete", "timeout 60", "timeout 600", "ban"]
    async with ScriptedBot(cfg(ladder=ladder, reset_seconds=300, blocked_terms=["badword"])) as bot:
        steps = []
        for i in range(6):
            out = await bot.say("troll", f"badword {i}", at=10 * i)
            steps.append([(a["action"], a["seconds"]) for a in out])
        assert steps == [[("delete", None), ("warn", None)], [("delete", None)],
                         [("delete", None), ("timeout", 60)], [("delete", None), ("timeout", 600)],
                         [("delete", None), ("ban", None)], [("delete", None), ("ban", None)]]
        # a clean stretch longer than the reset window starts the ladder again
        out = await bot.say("troll", "badword again", at=50 + 301)
        assert kinds(out) == ["delete", "warn"]
        rows = bot.bot.store.moderation_log("console", "troll", limit=50)
        assert len(rows) == 13 and all(r["category"] == "blocked_term" and not r["shadow"] for r in rows)


async def test_start_rung_per_category() -> None:
    async with ScriptedBot(cfg(blocked_terms=["badword"], start_rung={"blocked_term": 3})) as bot:
        out = await bot.say("t", "badword", at=1)
        assert [(a["action"], a["seconds"]) for a in out] == [("delete", None), ("timeout", 60)]


async def test_shadow_mode_acts_on_nothing_but_logs() -> None:
    async with ScriptedBot(cfg(shadow=True, blocked_terms=["badword"])) as bot:
        assert await bot.say("t", "badword", at=1) == []
        assert await bot.say("t", "spam at evil.com", at=2) == []
        assert await bot.say("t", "badword", at=3) == []
        rows = bot.bot.store.moderation_log("console", "t")
        # the would-be ladder: warn (+delete), delete, timeout 60 (+delete)
        assert sorted((r["action"], r["seconds"]) for r in rows) == [
            ("delete", None), ("delete", None), ("delete", None), ("timeout", 60), ("warn", None)]
        assert all(r["shadow"] for r in rows)
        assert {r["category"] for r in rows} == {"blocked_term", "link"}


async def test_exempt_roles() -> None:
    data = cfg(blocked_terms=["badword"], exempt_roles=["moderator", "broadcaster", "vip"])
    async with ScriptedBot(data) as bot:
        for i, role in enumerate(("broadcaster", "moderator", "vip")):
            assert await bot.say(f"r{i}", "badword evil.com", role, at=i) == []
        assert kinds(await bot.say("sub", "badword", "subscriber", at=5)) == ["delete", "warn"]


async def test_pardon_modlog_and_permissions() -> None:
    async with ScriptedBot(cfg(blocked_terms=["badword"], start_rung={"blocked_term": 5})) as bot:
        assert kinds(await bot.say("troll", "badword", at=1)) == ["delete", "ban"]
        assert await bot.say("troll2", "!pardon troll", at=2) == []  # viewers may not
        out = await bot.say("mod", "!modlog troll", "moderator", at=3)
        assert kinds(out) == ["reply"] and "ban" in out[0]["text"] and "blocked_term" in out[0]["text"]
        out = await bot.say("mod", "!pardon @Troll", "moderator", at=4)
        assert kinds(out) == ["unban", "reply"] and out[0]["user"] == "troll"
        rows = bot.bot.store.moderation_log("console", "troll")
        assert rows[0]["action"] == "unban" and rows[0]["moderator"] == "mod"
        # strikes are cleared: the next offence starts at the configured rung again, not above it
        out = await bot.say("mod", "!modlog nobody", "moderator", at=5)
        assert "no viewer" in out[0]["text"]


async def test_per_channel_override() -> None:
    data = cfg(ladder=["delete"], channels={"#chill": {"caps": False, "links": False, "first_message_links": False}})
    async with ScriptedBot(data) as bot:
        shout = "WHY IS NOBODY ANSWERING MY QUESTION"
        assert await bot.say("a", shout, at=1, channel="#chill") == []
        assert await bot.say("a", "see news.com/x", at=2, channel="#chill") == []
        assert kinds(await bot.say("a", shout, at=3, channel="#live")) == ["delete"]


def test_bad_config_is_rejected() -> None:
    from bot.config import ConfigError

    for bad in ({"ladder": ["timeout"]}, {"channels": {"#x": {"shadow": True}}}, {"exempt_roles": ["king"]},
                {"start_rung": {"nope": 2}}):
        with pytest.raises(ConfigError):
            ScriptedBot({"skills": {"moderation": bad}})


async def test_classifier_in_the_pipeline_and_outgoing_check() -> None:
    async with ScriptedBot({**SHOP, "skills": {"moderation": {"ladder": ["delete"]}}}) as bot:
        out = await bot.say("hater", "you are a stupid fucking idiot, kill yourself", at=1)
        assert kinds(out) == ["delete"] and "toxic" in out[0]["text"]
        rows = bot.bot.store.moderation_log("console", "hater")
        assert rows[0]["scores"]["toxic"] >= 0.8
        assert await bot.say("fan", "how much is the hoodie? LIVE10 code?", at=2) == []
        assert await bot.say("fan2", "bought it at https://luma.example/p/hoodie-01 love it", at=3) == []
        skill = bot.bot.skills["moderation"]
        assert await skill.check_outgoing("The hoodie is $25 in every size.") is None
        assert await skill.check_outgoing("shut up you stupid fucking idiot") is not None


async def test_forget_user() -> None:
    async with ScriptedBot(cfg(blocked_terms=["badword"])) as bot:
        await bot.say("t", "badword", at=1)
        skill = bot.bot.skills["moderation"]
        assert await skill.forget_user("console", "t") >= 2
        assert skill.ladder.strikes(("console", "t")) == 0


async def test_a_broken_audit_log_does_not_keep_the_message_up() -> None:
    from sqlalchemy import text

    async with ScriptedBot(cfg(blocked_terms=["badword"], ladder=["delete"])) as bot:
        with bot.bot.store.engine.begin() as conn:
            conn.execute(text("DROP TABLE moderation_actions"))
        out = await bot.say("t", "badword", at=1)
        assert kinds(out) == ["delete"]
        assert await bot.say("fan", "how much is the mug?", at=2) == []


async def test_shipped_config_enables_moderation() -> None:
    from pathlib import Path

    from bot.config import load_config

    path = Path(__file__).resolve().parents[1] / "config" / "livebot.yaml"
    config = load_config(path, ["storage.url=sqlite://"])
    async with ScriptedBot(config=config) as bot:
        skill = bot.bot.skills["moderation"]
        assert skill.classifier is not None and not skill.config.shadow
        out = await bot.say("troll", "you stupid fucking idiot", at=1)
        assert "delete" in kinds(out)
        assert "delete" not in kinds(await bot.say("fan", "is the LIVE10 code still on? luma.example/sale", at=2))


async def test_reconfigure_takes_effect() -> None:
    from skills.moderation.config import ModerationConfig

    async with ScriptedBot(cfg(ladder=["delete"])) as bot:
        skill = bot.bot.skills["moderation"]
        assert kinds(await bot.say("a", "see news.com/x", at=1)) == ["delete"]
        skill.reconfigure(ModerationConfig(classifier=False, links=False, first_message_links=False))
        assert await bot.say("a", "see news.com/y", at=2) == []


async def test_the_shops_own_link_is_never_spam_whatever_its_tld():
    from bot.testing import ScriptedBot

    config = {"shop": {"domains": ["luma.example"]}, "skills": {"moderation": {}}}
    async with ScriptedBot(config) as bot:
        assert await bot.say("ann", "check out luma.example/sale for more") == []
        assert await bot.say("bob", "new drop at https://shop.luma.example/new!") == []
        actions = await bot.say("cid", "check out spammy.example.com/free for more")
        assert actions and actions[0]["action"] == "delete"
