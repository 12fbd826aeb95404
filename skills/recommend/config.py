"""Config schema of the recommend skill (the ``skills.recommend`` section of livebot.yaml)."""

from __future__ import annotations

from pydantic import Field

from bot.config import SkillConfig, StrictModel


class EventWeights(StrictModel):
    """How much one event of each kind says about a viewer's taste (0 = ignored by the model)."""

    mention: float = Field(1.0, ge=0)  # named a product in chat
    question: float = Field(2.0, ge=0)  # asked about a product (recorded by the Q&A skill)
    click: float = Field(3.0, ge=0)  # picked one of the bot's recommendations (!buy 2)
    buy: float = Field(4.0, ge=0)  # asked for the buy link (!buy SKU)
    purchase: float = Field(5.0, ge=0)  # an order (livebot history import orders.csv)
    recommended: float = Field(0.0, ge=0)  # the bot showed it to them (an impression)

    def of(self, kind: str, fallback: float) -> float:
        value = getattr(self, kind, None)
        return fallback if value is None else float(value)


class ModelSection(StrictModel):
    l2: float = Field(200.0, gt=0, description="EASE ridge strength")
    max_items: int = Field(20_000, ge=2, description="items in the dense solve (memory: max_items² × 4 bytes)")
    keep_per_item: int = Field(300, ge=1)
    recency_decay: float = Field(0.85, gt=0, le=1)
    seq_weight: float = Field(0.1, ge=0)
    seq_window: int = Field(3, ge=0, le=20)


class RecommendConfig(SkillConfig):
    event_weights: EventWeights = Field(default_factory=EventWeights)
    # kinds that mean "already owns it": never recommended to that viewer again
    bought_kinds: list[str] = Field(default_factory=lambda: ["purchase", "buy"])
    count: int = Field(3, ge=1, le=10, description="products named in one !recommend reply")
    retrain_minutes: float = Field(30.0, gt=0, description="retrain in the background this often")
    min_events_to_train: int = Field(20, ge=1, description="below this the bot serves popular-now only")
    popular_half_life_minutes: float = Field(15.0, gt=0, description="how fast 'popular now' forgets")
    record_impressions: bool = True
    model: ModelSection = Field(default_factory=ModelSection)
