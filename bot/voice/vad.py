"""Streaming VAD: cut a live 16 kHz mono stream into utterances, one segmenter per speaker.

Uses the Silero VAD model that ships inside faster-whisper (onnxruntime, one thread). Unlike
``faster_whisper.vad.get_speech_timestamps`` (whole files), this keeps the model's recurrent
state and context between calls, so audio can arrive 20 ms at a time (Discord) and an
utterance is emitted as soon as its trailing silence is long enough.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from bot.voice.frames import SAMPLE_RATE, AudioFrame, Utterance

WINDOW = 512  # samples per Silero window at 16 kHz (32 ms)
CONTEXT = 64  # samples of the previous window the model sees


@dataclass(frozen=True, slots=True)
class VADSettings:
    threshold: float = 0.5  # speech starts above this probability
    neg_threshold: float = 0.35  # ... and ends below this one (hysteresis)
    min_silence_ms: int = 600  # trailing silence that ends an utterance
    min_speech_ms: int = 250  # shorter bursts (a cough, a click) are dropped
    pad_ms: int = 200  # audio kept before the detected start
    max_utterance_s: float = 15.0  # force a cut: Whisper works on at most 30 s anyway


class SpeechSegmenter:
    """Feed audio with ``push``; it yields an ``Utterance`` each time one ends."""

    def __init__(self, settings: VADSettings | None = None, *, speaker: str | None = None) -> None:
        from faster_whisper.vad import get_vad_model  # Silero v6, shipped in the wheel

        self.settings = settings or VADSettings()
        self.speaker = speaker
        self._session = get_vad_model().session
        self._state = np.zeros((1, 1, 128), dtype=np.float32), np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(CONTEXT, dtype=np.float32)
        self._pending = np.zeros(0, dtype=np.float32)  # less than one window, waiting for more
        pad_windows = max(1, self.settings.pad_ms * SAMPLE_RATE // 1000 // WINDOW)
        self._preroll: deque[np.ndarray] = deque(maxlen=pad_windows)
        self._speech: list[np.ndarray] = []
        self._silence_windows = 0
        self._processed = 0  # windows seen so far (the stream clock)
        self._start_window = 0

    def probability(self, window: np.ndarray) -> float:
        """Speech probability of one 512-sample window, carrying the model state forward."""
        batch = np.concatenate([self._context, window])[None, :]
        out, h, c = self._session.run(None, {"input": batch, "h": self._state[0], "c": self._state[1]})
        self._state = (h, c)
        self._context = window[-CONTEXT:]
        return float(np.asarray(out).reshape(-1)[0])

    def push(self, samples: np.ndarray) -> Iterator[Utterance]:
        s = self.settings
        audio = np.concatenate([self._pending, samples.astype(np.float32, copy=False)])
        usable = len(audio) - len(audio) % WINDOW
        self._pending = audio[usable:]
        silence_limit = max(1, s.min_silence_ms * SAMPLE_RATE // 1000 // WINDOW)
        max_windows = int(s.max_utterance_s * SAMPLE_RATE / WINDOW)
        for i in range(0, usable, WINDOW):
            window = audio[i:i + WINDOW]
            p = self.probability(window)
            self._processed += 1
            if not self._speech:
                if p >= s.threshold:
                    self._start_window = self._processed - 1 - len(self._preroll)
                    self._speech = [*self._preroll, window]
                    self._silence_windows = 0
                    self._preroll.clear()
                else:
                    self._preroll.append(window)
                continue
            self._speech.append(window)
            self._silence_windows = self._silence_windows + 1 if p < s.neg_threshold else 0
            if self._silence_windows >= silence_limit or len(self._speech) >= max_windows:
                utterance = self._cut()
                if utterance is not None:
                    yield utterance

    def flush(self) -> Iterator[Utterance]:
        """The stream ended (speaker left): emit what is buffered."""
        if self._speech:
            utterance = self._cut()
            if utterance is not None:
                yield utterance

    def _cut(self) -> Utterance | None:
        s = self.settings
        # keep a little of the trailing silence, drop the rest
        keep_tail = max(0, self._silence_windows - max(1, s.pad_ms * SAMPLE_RATE // 1000 // WINDOW))
        windows = self._speech[: len(self._speech) - keep_tail] if keep_tail else self._speech
        speech_windows = len(windows) - self._silence_windows
        self._speech, self._silence_windows = [], 0
        if speech_windows * WINDOW * 1000 / SAMPLE_RATE < s.min_speech_ms:
            return None
        audio = AudioFrame(np.concatenate(windows), SAMPLE_RATE)
        return Utterance(audio, self.speaker, start=self._start_window * WINDOW / SAMPLE_RATE)


def segment(audio: AudioFrame, settings: VADSettings | None = None, chunk_ms: int = 20) -> list[Utterance]:
    """Cut a whole recording the way a live stream would be cut (fed ``chunk_ms`` at a time)."""
    segmenter = SpeechSegmenter(settings)
    step = SAMPLE_RATE * chunk_ms // 1000
    found: list[Utterance] = []
    for i in range(0, len(audio.samples), step):
        found.extend(segmenter.push(audio.samples[i:i + step]))
    found.extend(segmenter.flush())
    return found
