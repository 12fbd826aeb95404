"""The escalation ladder: which rung a viewer's offence lands on, with a reset window on the clock."""

from __future__ import annotations

from dataclasses import dataclass

from skills.moderation.config import ModerationConfig, Rung, parse_rung


@dataclass(slots=True)
class Strikes:
    count: int = 0
    last: float = 0.0


class Ladder:
    """Per-viewer strike counts: the Nth offence within ``reset_seconds`` of the previous one gets rung N."""

    def __init__(self) -> None:
        self._strikes: dict[tuple[str, str], Strikes] = {}

    def next_rung(self, config: ModerationConfig, user_key: tuple[str, str], category: str, now: float,
                  *, record: bool = True) -> tuple[int, Rung]:
        """The rung (1-based index and action) this offence earns; counts the strike when ``record``."""
        rungs = [parse_rung(r) for r in config.ladder]
        strikes = self._strikes.get(user_key)
        count = strikes.count if strikes and now - strikes.last <= config.reset_seconds else 0
        count = max(count + 1, config.start_rung.get(category, 1))
        if record:
            self._strikes[user_key] = Strikes(count, now)
        index = min(count, len(rungs))
        return index, rungs[index - 1]

    def pardon(self, user_key: tuple[str, str]) -> bool:
        return self._strikes.pop(user_key, None) is not None

    def strikes(self, user_key: tuple[str, str]) -> int:
        s = self._strikes.get(user_key)
        return s.count if s else 0

    def forget(self, user_key: tuple[str, str]) -> int:
        return 1 if self._strikes.pop(user_key, None) else 0
