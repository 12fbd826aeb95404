"""The voice turn: audio in -> (VAD) -> ASR -> the same pipeline as text -> TTS -> audio out.

    turn = await voice_for(bot).handle_audio(ogg_bytes, platform="telegram", channel="42",
                                             author=Author("7", "ann"), message_id="99")

Steps (each a method, frame in -> frame out, so tests and benchmarks can run them alone):
``hear`` (bytes/file -> AudioFrame -> Transcript), ``converse`` (ChatMessage(voice=True) ->
``BotCore.handle`` -> the Replies it caused, held by ``ReplyCapture``), ``speak`` (text ->
SpokenAudio via the TTS chain). ``handle_audio`` runs them and sends each Reply through the
normal outbound with ``audio`` (WAV bytes, ``audio_format="wav"``) attached, or hands them back
to the adapter (``send=False``). Platform formats (OGG/Opus, 48 kHz stereo PCM) are made by the
adapters from the WAV (``bot.voice.audio``).
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib.util
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from bot.events import Author, ChatMessage, Reply
from bot.voice.asr import ASRBusy, ASRError, Transcriber, UtteranceTooLong
from bot.voice.audio import AudioDecodeError, load_audio
from bot.voice.capture import ReplyCapture
from bot.voice.config import VoiceConfig
from bot.voice.frames import AudioFrame, SpokenAudio, Transcript, Utterance
from bot.voice.tts import TTSChain, reply_language
from bot.voice.vad import SpeechSegmenter, VADSettings

if TYPE_CHECKING:  # pragma: no cover
    from bot.core import BotCore

log = logging.getLogger("livebot.voice")

# short, polite answers when a voice message cannot be handled (never a traceback in chat)
NOTICES = {
    "too_long": {"en": "Voice messages up to {limit} seconds, please - or type your question.",
                 "zh": "语音请不要超过{limit}秒，或者直接打字提问。"},
    "busy": {"en": "I'm catching up on voice messages - please type your question.",
             "zh": "语音消息有点多，请直接打字提问。"},
    "unreadable": {"en": "I couldn't play that voice message - please type your question.",
                   "zh": "这条语音无法播放，请直接打字提问。"},
}

AudioSource = bytes | str | Path | BinaryIO | AudioFrame


@dataclass(slots=True)
class VoiceTurn:
    """What one voice message led to."""

    message: ChatMessage | None
    transcript: Transcript | None
    replies: list[Reply] = field(default_factory=list)
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


class VoicePipeline:
    def __init__(self, bot: BotCore, config: VoiceConfig, *, transcriber: Transcriber | None = None,
                 tts: TTSChain | None = None) -> None:
        self.bot = bot
        self.config = config
        self.transcriber = transcriber or Transcriber(config.asr)
        self.tts = tts or TTSChain(config.tts)
        self.capture = ReplyCapture.of(bot)
        self._tasks: set[asyncio.Task[Any]] = set()  # spawned work, kept alive until done
        self._warming: asyncio.Task[None] | None = None

    async def warmup(self) -> None:
        """Load the ASR model and the offline voice now (adapters call this at start)."""
        try:
            await self.transcriber.warmup()
        except Exception as exc:
            log.error("speech recognition is not available: %s", exc)
        if self.config.speak_replies:
            await self.tts.warmup()

    def warm_up_soon(self) -> None:
        """Start loading the models in the background (once); adapters call it when they start."""
        if self._warming is None:
            self._warming = asyncio.create_task(self.warmup(), name="voice-warmup")

    def close(self) -> None:
        self.transcriber.close()

    # ------------------------------------------------------------------ steps
    async def hear(self, audio: AudioSource, *, hotwords: str | None = None) -> Transcript:
        frame = audio if isinstance(audio, AudioFrame) else await asyncio.to_thread(load_audio, audio)
        return await self.transcriber.transcribe(frame, hotwords=hotwords)

    def hints(self, platform: str, channel: str) -> str | None:
        """Product names to bias ASR toward: the one on screen first, then the catalog, within a budget."""
        cfg = self.config.asr
        if not cfg.catalog_hints or cfg.max_hint_chars <= 0:
            return None
        catalog = self.bot.catalog
        pinned = catalog.product(self.bot.pinned_sku(platform, channel) or "")
        names: list[str] = [pinned.name] if pinned else []
        size = len(names[0]) if names else 0
        for product in catalog.products:
            if product.name in names:
                continue
            if size + len(product.name) + 2 > cfg.max_hint_chars:
                break
            names.append(product.name)
            size += len(product.name) + 2
        return ", ".join(names) or None

    async def converse(self, message: ChatMessage) -> list[Reply]:
        """The text pipeline, unchanged; returns the replies ``message`` caused."""
        async with self.capture.turn(message) as replies:
            await self.bot.handle(message)
        return list(replies)

    async def speak(self, text: str, language: str | None = None, *, voice: str | None = None) -> SpokenAudio | None:
        return await self.tts.synthesize(text, language, voice=voice)

    def listener(self, speaker: str | None = None) -> SpeechSegmenter:
        """A VAD segmenter for one live speaker: ``for utt in seg.push(pcm16k): await handle_audio(utt...)``."""
        return SpeechSegmenter(VADSettings(max_utterance_s=self.config.asr.max_utterance_seconds), speaker=speaker)

    # ------------------------------------------------------------------ adapters' entry
    def spawn(self, message: ChatMessage, audio: AudioSource | Callable[[], Awaitable[bytes]], *,
              duration: float | None = None) -> asyncio.Task[VoiceTurn | None]:
        """Handle a platform's voice message in the background, so the adapter's update loop never
        waits for ASR. ``audio`` may be a download coroutine function: a note whose ``duration`` is
        already over the limit is refused without downloading it."""

        async def run() -> VoiceTurn | None:
            try:
                if duration is not None and duration > self.config.asr.max_utterance_seconds + 0.5:
                    return await self.notice("too_long", f"{duration:.0f} s voice message",
                                             dataclasses.replace(message, voice=True))
                data = await audio() if callable(audio) else audio
                return await self.handle_audio(data, platform=message.platform, channel=message.channel,
                                               author=message.author, message_id=message.id,
                                               timestamp=message.timestamp, reply_to=message.reply_to,
                                               meta=message.meta)
            except Exception:  # never lost silently, never a traceback in chat
                log.exception("voice message %s on %s failed", message.id, message.platform)
                return None

        task = asyncio.create_task(run(), name=f"voice:{message.platform}:{message.id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # ------------------------------------------------------------------ the turn
    async def handle_audio(self, audio: AudioSource | Utterance, *, platform: str, channel: str, author: Author,
                           message_id: str, timestamp: float | None = None, reply_to: str | None = None,
                           meta: dict[str, Any] | None = None, send: bool = True) -> VoiceTurn:
        """One voice message, end to end. With ``send=False`` the replies are returned, not sent."""
        started = time.perf_counter()
        if isinstance(audio, Utterance):
            audio = audio.audio
        # the voice message as the chat sees it; its text is filled in once it is heard
        heard = ChatMessage(platform, channel, author, "", message_id,
                            self.bot.clock.now() if timestamp is None else timestamp, reply_to=reply_to,
                            voice=True, meta=dict(meta or {}))
        timings: dict[str, float] = {}
        try:
            transcript = await self.hear(audio, hotwords=self.hints(platform, channel))
        except UtteranceTooLong as exc:
            return await self.notice("too_long", exc, heard, send)
        except ASRBusy as exc:
            return await self.notice("busy", exc, heard, send)
        except AudioDecodeError as exc:
            return await self.notice("unreadable", exc, heard, send)
        except ASRError as exc:
            log.error("voice message %s not transcribed: %s", message_id, exc)
            return VoiceTurn(None, None, error=str(exc))
        timings["asr"] = time.perf_counter() - started
        if not transcript.text:
            log.info("voice message %s: no speech heard", message_id)
            return VoiceTurn(None, transcript, error="no speech", timings=timings)
        message = dataclasses.replace(heard, text=transcript.text,
                                      meta={**heard.meta, "language": transcript.language,
                                            "audio_seconds": transcript.audio_seconds})
        replies = await self.converse(message)
        timings["pipeline"] = time.perf_counter() - started - timings["asr"]
        out: list[Reply] = []
        for reply in replies:
            speak_from = time.perf_counter() - started
            voiced, spoken = await self._with_audio(reply, transcript.language)
            out.extend(voiced)
            if spoken is not None:
                # when the first audio chunk existed: what a streaming player (Discord) waits for
                timings.setdefault("first_audio", speak_from + spoken.first_audio_seconds)
                timings.setdefault("first_voice_reply", time.perf_counter() - started)
        timings["total"] = time.perf_counter() - started
        if send:
            for reply in out:
                await self.capture.send(reply)
        log.info("voice turn %s: %.1f s audio, heard %r (%s), %d replies, %.2f s", message_id,
                 transcript.audio_seconds, transcript.text[:80], transcript.language, len(out), timings["total"])
        return VoiceTurn(message, transcript, out, timings=timings)

    async def _with_audio(self, reply: Reply, heard_language: str) -> tuple[list[Reply], SpokenAudio | None]:
        if not self.config.speak_replies or not reply.text.strip():
            return [reply], None
        try:
            spoken = await self.speak(reply.text, reply_language(reply.text, default=heard_language))
            wav = await asyncio.to_thread(spoken.encode, "wav") if spoken is not None else None
        except Exception:  # a broken voice must never cost the viewer the answer itself
            log.exception("speaking the reply to %s failed; sending it as text", reply.reply_to)
            spoken = wav = None
        if spoken is None or wav is None:  # no engine could speak it: the text still goes out
            return [reply], None
        audio = {"audio": wav, "audio_format": "wav"}
        if self._parts(reply) > 1:
            # the outbound splits long text and would attach the audio to every part: send the
            # text alone, then the audio once
            return [reply, Reply(reply.platform, reply.channel, text="", addressee=reply.addressee,
                                 reply_to=reply.reply_to, cause=reply.cause, **audio)], spoken
        return [Reply(reply.platform, reply.channel, text=reply.text, addressee=reply.addressee,
                      reply_to=reply.reply_to, cause=reply.cause, **audio)], spoken

    def _parts(self, reply: Reply) -> int:
        adapter = self.bot.adapters.get(reply.platform)
        return len(self.bot.outbound.split(adapter, reply.text)) if adapter is not None else 1

    async def notice(self, kind: str, why: Exception | str, cause: ChatMessage, send: bool = True) -> VoiceTurn:
        """Answer a voice message that cannot be handled (too_long, busy, unreadable) with a short text."""
        log.info("voice message %s from %s refused (%s): %s", cause.id, cause.author.name, kind, why)
        lang = self.bot.config.bot.language
        text = NOTICES[kind].get(lang, NOTICES[kind]["en"]).format(limit=int(self.config.asr.max_utterance_seconds))
        reply = Reply(cause.platform, cause.channel, text=text, addressee=cause.author.name, reply_to=cause.id,
                      cause=cause)
        if send:
            await self.capture.send(reply)
        return VoiceTurn(None, None, [reply], error=kind)


def voice_installed() -> bool:
    return importlib.util.find_spec("faster_whisper") is not None


def pipeline_for(bot: BotCore) -> VoicePipeline | None:
    """The bot's one VoicePipeline; None when the config has no enabled ``voice:`` section or the
    ``.[voice]`` extra is missing (logged once)."""
    existing: VoicePipeline | None = getattr(bot, "_voice_pipeline", None)
    config = getattr(bot.config, "voice", None)
    if existing is not None:
        if existing.config == config:
            return existing
        # the config was reloaded with other voice settings: rebuild (models stay cached per process)
        existing.close()
        bot._voice_pipeline = None  # type: ignore[attr-defined]
    if config is None or not config.enabled:
        return None
    if not voice_installed():
        if not getattr(bot, "_voice_missing_logged", False):
            log.warning("voice is configured but its packages are missing (pip install 'livebot[voice]'); "
                        "voice messages are ignored")
            bot._voice_missing_logged = True  # type: ignore[attr-defined]
        return None
    pipeline = VoicePipeline(bot, config)
    bot._voice_pipeline = pipeline  # type: ignore[attr-defined]
    return pipeline
