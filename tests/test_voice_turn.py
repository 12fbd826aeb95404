"""A whole voice turn through the real pipeline: ScriptedBot, Whisper tiny.en, piper, and back."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("faster_whisper", reason="the voice extra is not installed: pip install -e '.[voice]'")
pytest.importorskip("piper", reason="the voice extra is not installed: pip install -e '.[voice]'")

import edge_tts.communicate  # noqa: E402

from bot.context import Context  # noqa: E402
from bot.events import Author, ChatMessage, Delete, Reply  # noqa: E402
from bot.skill import Skill  # noqa: E402
from bot.testing import ScriptedBot  # noqa: E402
from bot.voice import voice_for  # noqa: E402
from bot.voice.asr import Transcriber  # noqa: E402
from bot.voice.audio import decode_s16, encode, load_audio, probe  # noqa: E402
from bot.voice.capture import ReplyCapture  # noqa: E402
from bot.voice.config import ASRConfig  # noqa: E402
from bot.voice.frames import AudioFrame  # noqa: E402

SPEECH = Path(__file__).resolve().parent / "data" / "speech"
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed (apt-get install espeak-ng)")
QUESTION = SPEECH / "en_jfk.flac"  # "... ask not what your country can do for you ..."


class CountrySkill(Skill):
    """A stand-in for the Q&A skill: answers messages that mention a country."""

    name = "country_test"
    seen: list[ChatMessage]

    async def setup(self) -> None:
        self.seen = []

    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        self.seen.append(message)
        if "country" in message.text.lower():
            await ctx.reply("Our jackets are made in Portugal. Shipping takes three days.")
            return True
        return False


class NoShoutingSkill(Skill):
    """A stand-in for moderation: removes messages that say 'americans' (any test word would do)."""

    name = "moderation_test"

    async def moderate(self, message: ChatMessage, ctx: Context) -> bool:
        if "americans" in message.text.lower():
            await ctx.delete("test rule")
            return True
        return False


def _offline_edge(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(edge_tts.communicate, "WSS_URL", f"ws://127.0.0.1:{port}/edge/v1?TrustedClientToken=x")


VOICE = {"asr": {"model": "tiny.en"}, "tts": {"engines": ["edge", "piper", "espeak"]}}


@pytest.fixture(scope="module")
def tiny() -> Transcriber:
    transcriber = Transcriber(ASRConfig(model="tiny.en"))
    transcriber._ensure_model()  # the bot's pipeline shares this process-wide model
    yield transcriber
    transcriber.close()


async def _bot_with(skill_classes: list[type[Skill]], voice: dict | None = None) -> ScriptedBot:
    scripted = ScriptedBot({"voice": voice or VOICE, "storage": {"url": "sqlite://"}})
    await scripted.__aenter__()
    assert scripted.bot is not None
    for cls in skill_classes:
        await scripted.bot.add_skill(cls(scripted.bot, cls.Config()))
    return scripted


async def test_voice_message_gets_a_spoken_and_written_reply(monkeypatch, tiny):
    _offline_edge(monkeypatch)
    scripted = await _bot_with([CountrySkill])
    bot = scripted.bot
    sent: list = []
    bot.outbound.sent_hooks.append(sent.append)
    try:
        pipeline = voice_for(bot)
        assert pipeline is not None and voice_for(bot) is pipeline  # one per bot
        turn = await pipeline.handle_audio(QUESTION.read_bytes(), platform="console", channel="#live",
                                           author=Author("ann", "ann"), message_id="v1")
        await bot.outbound.drain()
    finally:
        await scripted.__aexit__(None, None, None)

    # the transcript went through the SAME pipeline as text, flagged as voice
    heard = bot.skills["country_test"].seen[0]
    assert heard.voice and "country" in heard.text.lower() and heard.meta["language"] == "en"
    # the console shows the text reply ...
    assert [(r["action"], r["user"], r["text"]) for r in scripted.records] == [
        ("reply", "ann", "Our jackets are made in Portugal. Shipping takes three days.")]
    # ... and the action that went out carried WAV audio of the same words
    (reply,) = sent
    assert isinstance(reply, Reply) and reply.audio_format == "wav" and reply.reply_to == "v1"
    info = probe(reply.audio)
    assert info["codec"] == "pcm_s16le" and 2.0 < info["seconds"] < 8.0
    assert turn.replies == [reply] and turn.timings["first_audio"] <= turn.timings["first_voice_reply"]
    # the spoken reply is intelligible: Whisper hears it back
    heard_back = tiny.transcribe_sync(load_audio(reply.audio)).text.lower()
    assert "portugal" in heard_back and "three days" in heard_back


async def test_moderation_applies_to_voice_messages(monkeypatch, tiny):
    _offline_edge(monkeypatch)
    scripted = await _bot_with([NoShoutingSkill, CountrySkill])
    try:
        turn = await voice_for(scripted.bot).handle_audio(
            QUESTION.read_bytes(), platform="console", channel="#live", author=Author("bob", "bob"), message_id="v2")
        await scripted.bot.outbound.drain()
    finally:
        await scripted.__aexit__(None, None, None)
    assert turn.replies == []  # removed before any skill answered
    assert [(r["action"], r["user"]) for r in scripted.records] == [("delete", "bob")]


async def test_bad_long_and_silent_voice_messages(monkeypatch, tiny):
    _offline_edge(monkeypatch)
    scripted = await _bot_with([CountrySkill], {**VOICE, "asr": {"model": "tiny.en", "max_utterance_seconds": 5}})
    try:
        pipeline = voice_for(scripted.bot)
        author = Author("cy", "cy")
        long = await pipeline.handle_audio(QUESTION.read_bytes(), platform="console", channel="#live",
                                           author=author, message_id="1")
        broken = await pipeline.handle_audio(b"\x00garbage" * 100, platform="console", channel="#live",
                                             author=author, message_id="2")
        silent = await pipeline.handle_audio(encode(np.zeros(16000 * 2, dtype=np.int16), 16000, "ogg"),
                                             platform="console", channel="#live", author=author, message_id="3")
        await scripted.bot.outbound.drain()
    finally:
        await scripted.__aexit__(None, None, None)
    assert (long.error, broken.error, silent.error) == ("too_long", "unreadable", "no speech")
    texts = [r["text"] for r in scripted.records]
    assert texts == ["Voice messages up to 5 seconds, please - or type your question.",
                     "I couldn't play that voice message - please type your question."]
    assert scripted.bot.skills["country_test"].seen == []


async def test_capture_holds_only_the_turns_replies():
    async with ScriptedBot({"storage": {"url": "sqlite://"}}) as scripted:
        bot = scripted.bot
        capture = ReplyCapture.of(bot)
        assert ReplyCapture.of(bot) is capture
        voice_msg = scripted.console.message("ann", "hello")
        other = scripted.console.message("bob", "hi")
        async with capture.turn(voice_msg) as replies:
            await bot.act(Reply("console", "#live", text="for ann", cause=voice_msg))
            await bot.act(Reply("console", "#live", text="for bob", cause=other))
            await bot.act(Delete("console", "#live", message_id=voice_msg.id, cause=voice_msg))
        await bot.act(Reply("console", "#live", text="after the turn", cause=voice_msg))
        await bot.outbound.drain()
        assert [r.text for r in replies] == ["for ann"]
        # (moderation actions skip the chat queue, so compare without order)
        assert sorted((r["action"], r["text"]) for r in scripted.records) == [
            ("delete", ""), ("reply", "after the turn"), ("reply", "for bob")]


@needs_espeak
async def test_long_replies_send_the_audio_once(monkeypatch, tiny):
    _offline_edge(monkeypatch)

    class Chatty(Skill):
        name = "chatty_test"

        async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
            await ctx.reply("Jackets ship today. " + "More details follow here. " * 30)
            return True

    scripted = await _bot_with([Chatty], {**VOICE, "tts": {"engines": ["espeak"]}})
    sent: list = []
    scripted.bot.outbound.sent_hooks.append(sent.append)
    try:
        frame = AudioFrame(decode_s16(QUESTION, 16000)[: 16000 * 4].astype(np.float32) / 32768)
        await voice_for(scripted.bot).handle_audio(frame, platform="console", channel="#live",
                                                   author=Author("d", "d"), message_id="4")
        await scripted.bot.outbound.drain()
    finally:
        await scripted.__aexit__(None, None, None)
    with_audio = [a for a in sent if a.audio]
    assert len(sent) >= 3 and len(with_audio) == 1 and with_audio[0].text == ""


def test_voice_is_off_without_a_voice_section():
    from bot.config import default_config

    assert default_config().voice is None


async def test_reloaded_voice_settings_rebuild_the_pipeline(tiny):
    scripted = await _bot_with([])
    try:
        bot = scripted.bot
        first = voice_for(bot)
        assert voice_for(bot) is first
        bot.config = bot.config.model_copy(update={"voice": bot.config.voice.model_copy(update={"speak_replies": False})})
        second = voice_for(bot)
        assert second is not first and second.config.speak_replies is False
        bot.config = bot.config.model_copy(update={"voice": None})
        assert voice_for(bot) is None
    finally:
        await scripted.__aexit__(None, None, None)


@needs_espeak
async def test_spawned_voice_messages_run_in_the_background(monkeypatch, tiny):
    _offline_edge(monkeypatch)
    scripted = await _bot_with([CountrySkill], {**VOICE, "tts": {"engines": ["espeak"]}})
    downloads: list[str] = []

    async def download() -> bytes:
        downloads.append("x")
        return QUESTION.read_bytes()

    try:
        pipeline = voice_for(scripted.bot)
        message = ChatMessage("console", "#live", Author("eve", "eve"), "", "9", 0.0, voice=True)
        too_long = pipeline.spawn(message, download, duration=60)
        answered = pipeline.spawn(message, download, duration=11)
        assert not too_long.done()  # the caller was not kept waiting
        refused, turn = await too_long, await answered
        await scripted.bot.outbound.drain()
    finally:
        await scripted.__aexit__(None, None, None)
    assert refused.error == "too_long" and downloads == ["x"]  # the long one was never downloaded
    assert turn.message.voice and turn.replies[0].audio
    assert [r["text"] for r in scripted.records][-1].startswith("Our jackets are made in Portugal")


CATALOG = Path(__file__).resolve().parent.parent / "config" / "catalog.yaml"


async def test_catalog_product_names_guide_recognition(monkeypatch, tiny):
    _offline_edge(monkeypatch)
    from bot.voice.tts_engines import load_piper_voice

    voice = load_piper_voice("joe-us")
    pcm = np.frombuffer(b"".join(c.audio_int16_bytes for c in voice.synthesize(
        "How much is the Chaz Kangeroo Hoodie in large?")), dtype=np.int16)
    question = encode(pcm, voice.config.sample_rate, "wav")
    scripted = ScriptedBot({"voice": {"asr": {"model": "tiny.en", "max_hint_chars": 130}},
                            "shop": {"catalog": str(CATALOG)}, "storage": {"url": "sqlite://"}})
    await scripted.__aenter__()
    try:
        bot = scripted.bot
        on_screen = bot.catalog.products[3]
        bot.pinned[("console", "#live")] = on_screen.sku  # the product on screen goes first
        pipeline = voice_for(bot)
        hints = pipeline.hints("console", "#live")
        assert hints is not None and hints.startswith(on_screen.name + ", ")
        assert len(hints) <= 130 and "Chaz Kangeroo Hoodie" in hints
        assert bot.catalog.products[-1].name not in hints  # beyond the budget
        turn = await pipeline.handle_audio(question, platform="console", channel="#live",
                                           author=Author("fay", "fay"), message_id="h1", send=False)
    finally:
        await scripted.__aexit__(None, None, None)
    assert "chaz kangeroo hoodie" in turn.transcript.text.lower()
