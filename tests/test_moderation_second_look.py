"""The classifier's second look: the shipped encoder, the refined scores, the review queue, the skill."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from bot.events import Role
from bot.testing import ScriptedBot
from skills.moderation.classifier import load_default
from skills.moderation.encoder import SentenceEncoder
from skills.moderation.normalize import normalize
from skills.moderation.review_queue import Pending, ReviewQueue


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder.load()


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_shipped_encoder_puts_insults_near_insults_and_questions_near_questions(encoder: SentenceEncoder) -> None:
    insult, insult2, question, question2 = encoder.encode(
        ["you are a stupid idiot", "shut up you worthless moron", "how much is the hoodie", "what does the jacket cost"])
    assert cosine(insult, insult2) > cosine(insult, question) + 0.1
    assert cosine(question, question2) > cosine(question, insult) + 0.1


def test_encoder_batches_give_the_same_vectors_as_one_at_a_time(encoder: SentenceEncoder) -> None:
    # padding must never leak into a shorter text's vector
    texts = ["hi", "is the blue hoodie in stock in size xl or only in l", "你好 这个多少钱", "ok ok ok"]
    batch = encoder.encode(texts)
    single = np.stack([encoder.encode([t])[0] for t in texts])
    assert np.allclose(batch, single, atol=1e-4)
    assert encoder.encode([]).shape == (0, encoder.width)


def test_unknown_tokens_read_as_unk_without_failing(encoder: SentenceEncoder) -> None:
    vectors = encoder.encode(["ꙮꙮꙮ 𓀀𓀁", ""])
    assert vectors.shape == (2, encoder.width) and np.isfinite(vectors).all()


def test_shipped_model_second_look_scores_known_messages_in_the_right_direction() -> None:
    clf = load_default()
    assert clf.second_look is not None
    texts = ["you are a fucking idiot", "how much is the hoodie?", "这个外套有L码吗",
             "WIN a FREE iphone!!! txt WIN to 80086 now", "你就是个垃圾 滚"]
    refined = clf.refine_normalized([normalize(t) for t in texts])
    toxic, spam = refined[:, 0], refined[:, 1]
    assert toxic[0] > 0.8 and toxic[1] < 0.2 and toxic[2] < 0.2
    assert spam[3] > 0.8 and spam[1] < 0.2
    assert toxic[4] > toxic[2]


def test_review_batch_refines_only_the_unsure_messages() -> None:
    clf = load_default()
    texts = ["you are a fucking idiot", "how much is the hoodie?", "that guy is such a clown lol",
             "follow my channel for free stuff", "nice stream"]
    first = clf.score_batch(texts)
    refined = clf.score_batch(texts, second_look=True)
    reviewed = clf.review_batch(texts, (0.3, 0.98))
    unsure = ((first >= 0.3) & (first < 0.98)).any(axis=1)
    assert np.allclose(reviewed[~unsure], first[~unsure])
    assert np.allclose(reviewed[unsure], refined[unsure])


async def test_review_queue_refuses_when_full_and_decides_in_batches() -> None:
    batches: list[int] = []
    verdicts: list[tuple[str, float]] = []

    def refine(norms: list[str]) -> np.ndarray:
        batches.append(len(norms))
        return np.array([[len(n) / 10, 0.0] for n in norms])

    async def on_verdict(item: Pending, toxic: float, spam: float) -> None:
        verdicts.append((item.norm, toxic))

    queue = ReviewQueue(refine, on_verdict, max_pending=3, batch=2)
    assert [queue.offer(Pending(t, None)) for t in ("a", "bb", "ccc", "dddd")] == [True, True, True, False]
    assert queue.refused == 1
    await queue.settle()
    assert verdicts == [("a", 0.1), ("bb", 0.2), ("ccc", 0.3)]
    assert batches == [2, 1]
    await queue.close()


async def test_a_failing_second_look_keeps_the_queue_alive() -> None:
    calls = 0

    def refine(norms: list[str]) -> np.ndarray:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("boom")
        return np.zeros((len(norms), 2))

    seen: list[str] = []

    async def on_verdict(item: Pending, toxic: float, spam: float) -> None:
        seen.append(item.norm)

    queue = ReviewQueue(refine, on_verdict)
    queue.offer(Pending("first", None))
    await queue.settle()
    queue.offer(Pending("second", None))
    await asyncio.wait_for(queue.settle(), 5)
    assert seen == ["second"]
    await queue.close()


# ---------------------------------------------------------------- the skill, end to end
# candidates for the unsure band; each test picks the ones the shipped model puts where it needs them
CANDIDATES = [
    "that guy is such a clown lol", "you people are pathetic", "shut up already", "this host is a joke",
    "what a loser", "go back to where you came from", "nobody asked you", "ugly ass shoes",
    "damn that dress is fire", "these prices are a scam", "kill it queen", "this shit is fire",
    "you are an idiot", "stupid question sorry", "hell yeah", "omg i hate mondays", "get lost troll",
    "check out my channel for giveaways", "follow me for free stuff", "subscribe to my channel",
    "free followers at my page", "dm me for cheap prices", "he is a retard", "women are so dumb",
    "你是不是傻", "这主播真垃圾", "黑人都是这样", "女人就是麻烦",
    "you are such a clown", "what a moron", "this guy is an ass", "clown behaviour", "he is a total fraud and a liar",
    "such a pathetic excuse for a host", "idiots like you ruin everything",
    "that song is shit lol", "damn this is fucking good", "holy shit that dress", "fuck yes restock",
]


def pick(*, first_hits: bool, second_hits: bool) -> str:
    """A candidate in the unsure band that the first pass and the second look judge toxic (or not) as
    asked, and neither calls spam."""
    clf = load_default()
    first = clf.score_batch(CANDIDATES)
    second = clf.score_batch(CANDIDATES, second_look=True)
    for text, f, r in zip(CANDIDATES, first, second, strict=True):
        in_band = bool(((f >= 0.1) & (f < 0.995)).any())
        if (in_band and (f[0] >= 0.8) == first_hits and (r[0] >= 0.8) == second_hits
                and f[1] < 0.8 and r[1] < 0.8):
            return text
    raise AssertionError(f"no candidate with first_hits={first_hits}, second_hits={second_hits}")


def mod_cfg(**moderation: object) -> dict[str, object]:
    return {"shop": {"domains": ["luma.example"]}, "skills": {"moderation": {"ladder": ["delete"], **moderation}}}


async def test_the_second_look_removes_what_the_first_pass_let_through() -> None:
    text = pick(first_hits=False, second_hits=True)
    async with ScriptedBot(mod_cfg()) as bot:
        out = await bot.say("viewer1", text, at=1)
        assert [a["action"] for a in out] == ["delete"] and out[0]["user"] == "viewer1"
        rows = bot.bot.store.moderation_log("console", "viewer1", 5)
        assert "second look" in rows[0]["reason"]
    async with ScriptedBot(mod_cfg(second_look=False)) as bot:  # the first pass alone lets it stay
        assert await bot.say("viewer1", text, at=1) == []


async def test_the_second_look_spares_what_the_first_pass_would_have_removed() -> None:
    text = pick(first_hits=True, second_hits=False)
    async with ScriptedBot(mod_cfg()) as bot:
        assert await bot.say("viewer2", text, at=1) == []
    async with ScriptedBot(mod_cfg(second_look=False)) as bot:
        assert [a["action"] for a in await bot.say("viewer2", text, at=1)] == ["delete"]


async def test_shadow_mode_acts_on_nothing_after_a_second_look_either() -> None:
    text = pick(first_hits=False, second_hits=True)
    async with ScriptedBot(mod_cfg(shadow=True)) as bot:
        assert await bot.say("viewer3", text, at=1) == []
        rows = bot.bot.store.moderation_log("console", "viewer3", 5)
        assert rows and rows[0]["shadow"] and "second look" in rows[0]["reason"]


async def test_shutdown_lets_a_pending_second_look_land() -> None:
    text = pick(first_hits=False, second_hits=True)
    bot = ScriptedBot(mod_cfg())
    await bot.__aenter__()
    assert bot.bot is not None and bot.console is not None
    # handled but not settled, as when the stream ends right after the message
    await bot.bot.handle(bot.console.message("viewer4", text, Role.VIEWER, line=1))
    await bot.__aexit__(None, None, None)
    assert [r["action"] for r in bot.records] == ["delete"]


async def test_a_new_queue_size_on_reload_replaces_the_queue_and_the_old_backlog_still_lands() -> None:
    text = pick(first_hits=False, second_hits=True)
    async with ScriptedBot(mod_cfg()) as bot:
        assert bot.bot is not None and bot.console is not None
        skill = bot.bot.skills["moderation"]
        old = skill._review
        # queued on the old queue, then the admin changes the queue size before it is judged
        await bot.bot.handle(bot.console.message("viewer5", text, Role.VIEWER, line=1))
        skill.reconfigure(skill.Config.model_validate({**skill.config.model_dump(), "second_look_queue": 8}))
        assert skill._review is not old and skill._review._queue.maxsize == 8
        for task in list(skill._retiring):
            await asyncio.wait_for(task, 10)
        assert old._worker is None  # drained, then closed
        assert [r["action"] for r in bot.records] == ["delete"]
