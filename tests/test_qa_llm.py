"""LLM rewording of answers, against the fake OpenAI-compatible server on 127.0.0.1: the facts are
fixed by the template, a reworded answer with a wrong number (or none at all) sends the template."""

from __future__ import annotations

from pathlib import Path

from bot.testing import ScriptedBot
from skills.qa.reword import faithful
from tests.fakes.openai_server import FakeOpenAIServer, Scripted

ROOT = Path(__file__).resolve().parent.parent
SHOP = {"catalog": str(ROOT / "config" / "catalog.yaml"), "faq": str(ROOT / "config" / "faq.yaml")}
TEMPLATE = "Josie Yoga Jacket is $56.25."


def bot_for(server: FakeOpenAIServer, **qa) -> ScriptedBot:
    llm = {"base_url": server.base_url, "model": "fake-model", "api_key": "test", "retries": 0, "stream": True}
    return ScriptedBot({"shop": SHOP, "llm": llm, "skills": {"qa": {"reword_timeout_seconds": 1.0, **qa}}})


def replies(actions):
    return [a["text"] for a in actions if a["action"] == "reply"]


async def test_wrong_price_from_the_llm_sends_the_template():
    async with FakeOpenAIServer() as server, bot_for(server) as bot:
        assert bot.bot.llm is not None
        server.push("Great pick! The Josie Yoga Jacket is just $49.99 today!")
        assert replies(await bot.say("ann", "!price josie jacket")) == [TEMPLATE]
        sent = server.requests[-1]["messages"]
        assert sent[-1]["content"] == TEMPLATE and "Keep every product name, number" in sent[0]["content"]


async def test_faithful_rewording_is_sent():
    async with FakeOpenAIServer() as server, bot_for(server) as bot:
        server.push("Great pick! The Josie Yoga Jacket is $56.25 🎉")
        assert replies(await bot.say("ann", "!price josie jacket")) == ["Great pick! The Josie Yoga Jacket is $56.25 🎉"]


async def test_dropped_price_timeout_and_error_send_the_template():
    async with FakeOpenAIServer() as server, bot_for(server) as bot:
        server.push("Great pick, grab the Josie Yoga Jacket now!")          # price left out
        assert replies(await bot.say("ann", "!price josie jacket", at=0)) == [TEMPLATE]
        server.push(Scripted(delay=3))                                       # slower than the 1 s budget
        assert replies(await bot.say("bob", "!price josie jacket", at=10)) == [TEMPLATE]
        server.push(Scripted(status=500))
        assert replies(await bot.say("cat", "!price josie jacket", at=20)) == [TEMPLATE]


async def test_unknown_answers_are_not_reworded():
    async with FakeOpenAIServer() as server, bot_for(server) as bot:
        [reply] = replies(await bot.say("ann", "!ask how much are the nike air max?"))
        assert "couldn't find" in reply and server.requests == []


async def test_reword_can_be_switched_off():
    async with FakeOpenAIServer() as server, bot_for(server, reword=False) as bot:
        assert replies(await bot.say("ann", "!price josie jacket")) == [TEMPLATE] and server.requests == []


def test_number_check():
    assert faithful("Josie Yoga Jacket is $56.25 (22 left).", "Only 22 left of the Josie Yoga Jacket at $56.25!")
    assert not faithful("Josie Yoga Jacket is $56.25.", "Josie Yoga Jacket is $56.25, 2 for $100!")
    assert not faithful("Josie Yoga Jacket is $56.25.", "Josie Yoga Jacket is $56.")
    assert faithful("Josie Yoga Jacket的价格是56.25美元。", "Josie Yoga Jacket只要56.25美元哦！")
