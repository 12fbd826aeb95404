"""A circuit breaker: after repeated failures, skip a service for a while instead of paying its
timeout on every call. After the window one call is let through as a probe (half-open)."""

from __future__ import annotations

import time
from collections.abc import Callable


class CircuitBreaker:
    def __init__(self, failures: int = 1, reset_seconds: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.failures_to_open = failures
        self.reset_seconds = reset_seconds
        self.clock = clock
        self.failures = 0
        self.opened_at: float | None = None
        self.last_error = ""

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half-open" if self.clock() - self.opened_at >= self.reset_seconds else "open"

    def allow(self) -> bool:
        """True when a call may be tried (closed, or the window is over and this is the probe)."""
        if self.opened_at is None:
            return True
        if self.clock() - self.opened_at >= self.reset_seconds:
            # one probe: re-arm the window so concurrent callers don't all probe at once
            self.opened_at = self.clock()
            return True
        return False

    def success(self) -> None:
        self.failures, self.opened_at, self.last_error = 0, None, ""

    def failure(self, error: str = "") -> None:
        self.failures += 1
        self.last_error = error
        if self.failures >= self.failures_to_open:
            self.opened_at = self.clock()
