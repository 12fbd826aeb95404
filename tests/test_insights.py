import csv
import random
from pathlib import Path

from sqlalchemy import func, select

from bot.context import Context
from bot.events import ChatMessage
from bot.skill import Skill
from bot.store import schema
from bot.testing import ScriptedBot
from skills.insights import tables
from skills.insights.report import CHARTS, build_report
from skills.insights.sentiment import SentimentScorer
from skills.insights.signals import is_question

DATA = Path(__file__).parent / "data" / "insights"
CATALOG = str(Path(__file__).resolve().parent.parent / "config" / "catalog.yaml")


class MarkerModerator(Skill):
    """Deletes messages holding a marker word and audits it, like the moderation skill does."""

    name = "marker_moderator"

    async def moderate(self, message: ChatMessage, ctx: Context) -> bool:
        if "SPAMWORD" not in message.text:
            return False
        self.bot.store.log_moderation(ts=message.timestamp, platform=message.platform, channel=message.channel,
                                      user_id=message.author.id, user_name=message.author.name, action="delete",
                                      reason="marker")
        await ctx.delete("marker")
        return True


class ShippingAnswerer(Skill):
    """Answers shipping questions, so those count as answered."""

    name = "shipping_answerer"
    priority = 50

    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        if "shipping" in message.text.lower():
            await ctx.reply("Free US shipping from $75.")
            return True
        return False


def generate_stream(seed: int = 5, n: int = 3000):
    """A replayed stream with known counts: (lines, expected)."""
    rng = random.Random(seed)
    templates = [
        ("how much is the Josie Yoga Jacket?", "WJ"), ("is the Chaz Kangeroo Hoodie in stock in XL?", "MH"),
        ("does the Josie Yoga Jacket come in blue?", "WJ"), ("what colours does the Fusion Backpack have?", "BAG"),
        ("do you ship to Mars?", None), ("can I pay with seashells?", None), ("is shipping free?", None),
        ("love this stream", None), ("hi from Berlin", None), ("this is a scam", None), ("SPAMWORD buy followers", None),
    ]
    lines, expected = [], {"questions": 0, "asked": {}, "unanswered": {}, "removed": 0}
    for i in range(n):
        text, product = rng.choice(templates)
        lines.append((i * 0.6, f"viewer{rng.randrange(300)}", text))
        if "SPAMWORD" in text:
            expected["removed"] += 1
            continue
        if is_question(text):
            expected["questions"] += 1
            if product:
                expected["asked"][text.split(" the ")[1].split(" ")[0]] = expected["asked"].get(
                    text.split(" the ")[1].split(" ")[0], 0) + 1
            if "shipping" not in text:
                expected["unanswered"][text] = expected["unanswered"].get(text, 0) + 1
    return lines, expected


async def replay(bot, lines):
    for t, author, text in lines:
        await bot.say(author, text, at=t)


async def test_digest_counts_are_exact():
    lines, expected = generate_stream()
    config = {"shop": {"catalog": CATALOG}, "skills": {"insights": {"digest_top": 3}}}
    async with ScriptedBot(config) as bot:
        await bot.bot.add_skill(MarkerModerator(bot.bot, MarkerModerator.Config()))
        await bot.bot.add_skill(ShippingAnswerer(bot.bot, ShippingAnswerer.Config()))
        await replay(bot, lines)
        end = lines[-1][0] + 1
        actions = await bot.say("mod", "!digest 60", "moderator", at=end)
        text = actions[-1]["text"]
        scorer = SentimentScorer()
        counted = [t for _, _, t in lines if "SPAMWORD" not in t]
        positives = sum(scorer.classify(t).label == "positive" for t in counted)
        negatives = sum(scorer.classify(t).label == "negative" for t in counted)
    # every line plus the !digest line itself is a chat message in the window
    assert f"{len(lines) + 1} msgs, {expected['questions']} questions" in text
    top_unanswered = sorted(expected["unanswered"].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    for question, n in top_unanswered:
        assert f'"{question}" x{n}' in text
    assert "is shipping free" not in text.split("Unanswered:")[1]
    josie = expected["asked"]["Josie"]
    assert f"Josie Yoga Jacket ({josie})" in text
    assert f"Moderation: {expected['removed']} deleted." in text
    assert f"Mood: {round(100 * positives / len(counted))}% positive, {round(100 * negatives / len(counted))}% negative" in text


async def test_report_renders_every_chart_and_empty_store(tmp_path):
    lines, _ = generate_stream(n=400)
    async with ScriptedBot({"shop": {"catalog": CATALOG}, "skills": {"insights": {}}}) as bot:
        await bot.bot.add_skill(MarkerModerator(bot.bot, MarkerModerator.Config()))
        await replay(bot, lines)
        await bot.bot.history.flush()
        await bot.bot.skills["insights"].flush()
        page = build_report(bot.bot.store, bot.bot.catalog, 3600)
        empty = build_report(bot.bot.store, bot.bot.catalog, 3600, end=-10_000)
    assert page.count("<img ") == len(CHARTS) and "no data yet" not in page.split("<h2>")[0].split("<figure>")[1]
    for name in CHARTS:
        assert name in page and name in empty
    assert "do you ship to Mars?" in page
    assert empty.count("<img ") == len(CHARTS) and "no unanswered questions yet" in empty
    assert "http://" not in page and "https://" not in page  # self-contained: nothing fetched


async def test_forgetme_removes_viewer_everywhere_and_nothing_else():
    async with ScriptedBot({"shop": {"catalog": CATALOG}, "skills": {"insights": {}}}) as bot:
        for i in range(5):
            await bot.say("ann", "how much is the Josie Yoga Jacket?", at=i)
            await bot.say("bob", "love this stream", at=i + 0.5)
        await bot.bot.skills["insights"].flush()
        await bot.say("ann", "!forgetme", at=10)
        await bot.bot.history.flush()
        await bot.bot.skills["insights"].flush()
        with bot.bot.store.engine.connect() as conn:
            users = conn.execute(select(tables.signals.c.user_id, func.count()).group_by(tables.signals.c.user_id)).all()
            messages = conn.execute(select(func.count()).select_from(schema.messages)).scalar_one()
    assert dict(users) == {"bob": 5}
    assert messages == 5


def test_sentiment_quality_on_livechat_set():
    rows = list(csv.DictReader((DATA / "livechat_sentiment.csv").open(encoding="utf-8")))
    scorer = SentimentScorer()
    correct = sum(scorer.classify(r["text"]).label == r["label"] for r in rows)
    assert correct / len(rows) >= 0.9
    # plain product questions stay neutral in both languages
    for text in ("how much is the hoodie?", "这个多少钱", "do you have it in XL", "有没有黑色"):
        assert scorer.classify(text).label == "neutral", text


def test_question_detection():
    assert is_question("how much is the hoodie") and is_question("有没有L码") and is_question("price?")
    assert not is_question("love it") and not is_question("!price hoodie") and not is_question("太好看了")
