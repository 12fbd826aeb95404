"""A circuit breaker on the bot's clock, shared by every slow outside service (LLM, TTS engines).

Closed: calls go through. After ``failures`` consecutive failed calls it opens: calls are refused
at once (callers use their template) for ``reset_seconds``. Then it is half-open: one trial call
goes through; success closes it, failure opens it again for another ``reset_seconds``.
"""

from __future__ import annotations

import logging

from bot.clock import Clock

log = logging.getLogger("livebot.breaker")

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"


class CircuitBreaker:
    def __init__(self, clock: Clock, failures: int, reset_seconds: float, name: str = "llm") -> None:
        self.clock = clock
        self.threshold = failures
        self.reset_seconds = reset_seconds
        self.name = name
        self.consecutive_failures = 0
        self._opened_at: float | None = None
        self._trial_running = False
        self.last_error = ""

    @property
    def state(self) -> str:
        if self._opened_at is None:
            return CLOSED
        if self.clock.now() - self._opened_at >= self.reset_seconds:
            return HALF_OPEN
        return OPEN

    @property
    def available(self) -> bool:
        """Whether a call now would be let through (a half-open breaker lets one trial through)."""
        state = self.state
        return state == CLOSED or (state == HALF_OPEN and not self._trial_running)

    def acquire(self) -> bool:
        """Ask to make a call; False means refused (the circuit is open or a trial is running)."""
        state = self.state
        if state == CLOSED:
            return True
        if state == HALF_OPEN and not self._trial_running:
            self._trial_running = True
            return True
        return False

    # the same question, by the name the TTS chain reads best with
    allow = acquire

    def success(self) -> None:
        if self._opened_at is not None:
            log.info("%s circuit closed again: the endpoint answered", self.name)
        self.last_error = ""
        self.consecutive_failures = 0
        self._opened_at = None
        self._trial_running = False

    def failure(self, error: str = "") -> None:
        self.last_error = error or self.last_error
        self.consecutive_failures += 1
        was_trial = self._trial_running
        self._trial_running = False
        if was_trial or (self._opened_at is None and self.consecutive_failures >= self.threshold):
            self._opened_at = self.clock.now()
            log.warning("%s circuit open after %d consecutive failures; skipped for the next %.0f s",
                        self.name, self.consecutive_failures, self.reset_seconds)

    def release(self) -> None:
        """A call ended with neither success nor failure (the caller gave up): free the trial slot."""
        self._trial_running = False
