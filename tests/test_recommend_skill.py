"""The recommend skill in a whole bot: live fold-in, serving rules, cold start, model swap."""

import asyncio
from pathlib import Path

import pytest
import yaml

from bot.events import Author
from bot.testing import ScriptedBot
from skills.recommend.synthetic import group_of, product_sku, synthetic_interactions

GROUPS, PER_GROUP = 4, 12
NAMES = ["Josie Jacket", "Juno Pant", "Mona Tee", "Aero Shoe"]


def write_catalog(path: Path, sold_out: set[str] = frozenset()) -> Path:
    products = [{"sku": product_sku(g, j), "name": f"{NAMES[g]} {j}", "price": 10 + g * 10 + j,
                 "stock": 0 if product_sku(g, j) in sold_out else 5, "url": f"https://luma.example/{g}-{j}"}
                for g in range(GROUPS) for j in range(PER_GROUP)]
    path.write_text(yaml.safe_dump({"catalog": {"currency": "USD", "products": products}}), encoding="utf-8")
    return path


def bot_config(catalog: Path, **skill) -> dict:
    return {"shop": {"catalog": str(catalog)},
            "adapters": {"console": {"max_message_length": skill.pop("max_len", 500)}},
            "skills": {"recommend": {"min_events_to_train": 10, **skill}}}


def past_events(users: int = 200, seed: int = 0) -> list[dict]:
    rows = synthetic_interactions(users=users, groups=GROUPS, per_group=PER_GROUP, events=6, seed=seed)
    return [{"platform": "console", "user_id": u, "name": u, "kind": "question", "sku": sku, "weight": 1.0,
             "ts": ts - 2_000_000, "data": None} for u, sku, _, ts in rows]


async def trained_bot(tmp_path: Path, **kw) -> tuple[ScriptedBot, object]:
    sold_out = kw.pop("sold_out", set())
    expect_model = kw.pop("expect_model", True)
    bot = ScriptedBot(bot_config(write_catalog(tmp_path / "catalog.yaml", sold_out), **kw))
    await bot.__aenter__()
    bot.bot.store.write_history([], past_events())
    skill = bot.bot.skills["recommend"]
    await skill.retrain()
    assert (skill.snapshot.model is not None) == expect_model
    return bot, skill


def ask(bot: ScriptedBot, user: str, sku: str, kind: str = "question") -> None:
    """What the Q&A skill does when a viewer asks about a product."""
    bot.bot.history.record_event("console", Author(user.lower(), user), kind, sku=sku)


async def test_a_new_viewers_fresh_history_changes_their_picks_without_retraining(tmp_path):
    bot, skill = await trained_bot(tmp_path)
    try:
        snap = skill.snapshot
        before = skill.recommend_for("console", "zoe", "#live")
        assert not any(p.personal for p in before)  # nothing known about zoe yet
        ask(bot, "Zoe", product_sku(2, 3))
        ask(bot, "Zoe", product_sku(2, 4))
        after = skill.recommend_for("console", "zoe", "#live")
        assert skill.snapshot is snap  # no retraining happened
        assert [group_of(p.product.sku) for p in after] == [2, 2, 2]
        assert all(p.personal for p in after)
        ask(bot, "Max", product_sku(0, 7))
        assert all(group_of(p.product.sku) == 0 for p in skill.recommend_for("console", "max", "#live"))
        actions = await bot.say("Zoe", "!rec")
        text = actions[-1]["text"]
        assert text.startswith("You might like: 1) Mona Tee") and "because you asked about the Mona Tee" in text
        assert "$" in text and "!buy 1" in text
    finally:
        await bot.__aexit__(None, None, None)


async def test_out_of_stock_and_bought_products_never_appear(tmp_path):
    sold_out = {product_sku(1, j) for j in range(0, PER_GROUP, 2)}
    bot, skill = await trained_bot(tmp_path, sold_out=sold_out)
    try:
        ask(bot, "Ann", product_sku(1, 1))
        ask(bot, "Ann", product_sku(1, 3), kind="purchase")
        seen: set[str] = set()
        for _ in range(4):  # asking again steps through further picks
            actions = await bot.say("Ann", "!recommend", at=bot.clock.now() + 20)
            assert actions and actions[-1]["action"] == "reply"
            picks = skill._last_picks[("console", "ann")][1]
            seen.update(picks)
            assert not set(picks) & sold_out
            assert product_sku(1, 3) not in picks and product_sku(1, 1) not in picks
        # every past viewer, too: their history from the store is excluded, stock respected
        for user in ("u0", "u5", "u17"):
            history = {t.sku for t in skill.touches("console", user)}
            picks = {p.product.sku for p in skill.recommend_for("console", user, "#live", count=8)}
            assert history and not picks & history and not picks & sold_out
        assert seen
    finally:
        await bot.__aexit__(None, None, None)


async def test_buy_records_a_purchase_intent_that_is_then_excluded(tmp_path):
    bot, skill = await trained_bot(tmp_path)
    try:
        ask(bot, "Bo", product_sku(3, 2))
        await bot.say("Bo", "!rec", at=bot.clock.now() + 1)
        first = skill._last_picks[("console", "bo")][1][0]
        actions = await bot.say("Bo", "!buy 1", at=bot.clock.now() + 5)
        assert "https://luma.example/" in actions[-1]["text"]
        kinds = [(t.kind, t.sku) for t in skill.touches("console", "bo")]
        assert ("click", first) in kinds
        actions = await bot.say("Bo", f"!buy {product_sku(3, 9)}", at=bot.clock.now() + 5)
        assert "Aero Shoe 9 $49" in actions[-1]["text"]
        picks = {p.product.sku for p in skill.recommend_for("console", "bo", "#live", count=10)}
        assert product_sku(3, 9) not in picks and first not in picks
        actions = await bot.say("Bo", "!buy NOPE-1", at=bot.clock.now() + 5)
        assert "don't know" in actions[-1]["text"]
    finally:
        await bot.__aexit__(None, None, None)


async def test_cold_start_offers_the_pinned_product_then_what_is_popular_now(tmp_path):
    async with ScriptedBot(bot_config(write_catalog(tmp_path / "c.yaml"))) as bot:  # empty store: no model
        skill = bot.bot.skills["recommend"]
        await skill.retrain()
        assert skill.snapshot.model is None
        bot.bot.pinned[("console", "#live")] = product_sku(0, 5)
        for user in ("a", "b", "c"):
            ask(bot, user, product_sku(3, 1))
        ask(bot, "d", product_sku(2, 2))
        picks = skill.recommend_for("console", "newbie", "#live")
        assert [p.product.sku for p in picks[:3]] == [product_sku(0, 5), product_sku(3, 1), product_sku(2, 2)]
        assert picks[0].reason == "on screen now" and picks[1].reason == "popular right now"
        actions = await bot.say("newbie", "!rec")
        assert "on screen now" in actions[-1]["text"]
        # popularity fades: an hour later the earlier burst is no longer "popular right now"
        await bot.advance(3600 * 5)
        assert skill.live.popular_now(bot.clock.now()) == []


async def test_reply_fits_the_platforms_length(tmp_path):
    bot, skill = await trained_bot(tmp_path, max_len=80, count=5)
    try:
        ask(bot, "Longname_viewer", product_sku(1, 2))
        actions = await bot.say("Longname_viewer", "!rec")
        reply = [a for a in actions if a["action"] == "reply"]
        assert len(reply) == 1
        assert len(reply[0]["text"]) <= 80 and "1) Juno Pant" in reply[0]["text"]
    finally:
        await bot.__aexit__(None, None, None)


async def test_model_swap_under_concurrent_requests(tmp_path):
    bot, skill = await trained_bot(tmp_path)
    try:
        old = skill.snapshot
        bot.bot.store.write_history([], past_events(users=200, seed=9))
        ask(bot, "Live", product_sku(2, 1))
        retrain = asyncio.create_task(skill.retrain())
        results = []
        while not retrain.done():
            results.append(skill.recommend_for("console", "live", "#live"))
            results.extend(skill.recommend_for("console", f"u{n}", "#live") for n in range(0, 40, 3))
            await asyncio.sleep(0)
        await retrain
        results.append(skill.recommend_for("console", "live", "#live"))
        assert skill.snapshot is not old and skill.snapshot.events > old.events
        assert len(results) > 15  # requests were served while the refit ran
        for picks in results:
            assert len(picks) == 3 and len({p.product.sku for p in picks}) == 3
        # the fresh question survived the swap: it is in the new snapshot (flushed) or still live
        assert [t.sku for t in skill.touches("console", "live")] == [product_sku(2, 1)]
        assert group_of(results[-1][0].product.sku) == 2
    finally:
        await bot.__aexit__(None, None, None)


async def test_scheduled_retraining_picks_up_new_history(tmp_path):
    async with ScriptedBot(bot_config(write_catalog(tmp_path / "c.yaml"), retrain_minutes=10)) as bot:
        skill = bot.bot.skills["recommend"]
        await bot.advance(1)
        if skill._training is not None:
            await skill._training
        assert skill.snapshot.model is None  # nothing to learn from yet
        bot.bot.store.write_history([], past_events())
        await bot.advance(600)
        assert skill._training is not None
        await skill._training
        assert skill.snapshot.model is not None


async def test_forget_user_drops_their_history(tmp_path):
    bot, skill = await trained_bot(tmp_path)
    try:
        ask(bot, "Kim", product_sku(0, 1))
        assert skill.touches("console", "kim")
        await bot.say("Kim", "!rec", at=bot.clock.now() + 1)
        actions = await bot.say("Kim", "!forgetme", at=bot.clock.now() + 1)
        assert actions and skill.touches("console", "kim") == []
        await skill._training  # the refit the forget started
        assert skill.touches("console", "kim") == []
        assert ("console", "kim") not in skill.snapshot.histories
        assert not any(p.personal for p in skill.recommend_for("console", "kim", "#live"))
    finally:
        await bot.__aexit__(None, None, None)


@pytest.mark.parametrize("weights", [{"question": 0.0}])
async def test_event_weights_come_from_config(tmp_path, weights):
    bot, skill = await trained_bot(tmp_path, event_weights=weights, expect_model=False)
    try:
        assert skill.snapshot.model is None  # every past event was a question, now weightless
        ask(bot, "Eve", product_sku(2, 2))
        assert not any(p.personal for p in skill.recommend_for("console", "eve", "#live"))
    finally:
        await bot.__aexit__(None, None, None)


async def test_changed_event_weights_trigger_a_refit(tmp_path):
    bot, skill = await trained_bot(tmp_path)
    try:
        config = skill.config.model_copy(update={"event_weights": skill.config.event_weights.model_copy(
            update={"question": 0.0})})
        skill.reconfigure(config)
        await bot.advance(1)
        await skill._training
        assert skill.snapshot.model is None  # every stored event is a question, now weightless
    finally:
        await bot.__aexit__(None, None, None)


async def test_nothing_in_stock_or_no_catalog_gets_a_plain_answer(tmp_path):
    every = {product_sku(g, j) for g in range(GROUPS) for j in range(PER_GROUP)}
    async with ScriptedBot(bot_config(write_catalog(tmp_path / "c.yaml", sold_out=every))) as bot:
        actions = await bot.say("ann", "!rec")
        assert actions[-1]["text"].startswith("Nothing to recommend right now")
    async with ScriptedBot(skills={"recommend": {}}) as bot:
        actions = await bot.say("ann", "!rec")
        assert "catalog isn't loaded" in actions[-1]["text"]


async def test_a_recommendation_request_in_words_gets_picks():
    from bot.testing import ScriptedBot

    catalog = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "config" / "catalog.yaml")
    async with ScriptedBot({"shop": {"catalog": catalog}, "skills": {"qa": {}, "recommend": {}}}) as bot:
        for text, lead in (("@livebot what should I buy?", "You might like"), ("@livebot 有什么推荐的吗", "推荐给你")):
            actions = await bot.say("ann", text)
            assert actions and actions[0]["text"].startswith(lead) and "1)" in actions[0]["text"], actions
        # not addressed to the bot: the host may answer that one
        assert await bot.say("bob", "what would you recommend for running?") == []
