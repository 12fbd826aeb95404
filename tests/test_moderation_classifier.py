"""The shipped classifier: loads, scores in the right direction, resists obfuscation, spares shop chat."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from skills.moderation.classifier import Classifier, ModelError, load_default
from skills.moderation.config import Rules
from skills.moderation.rules import strip_allowed_links

BENIGN = Path(__file__).parent / "data" / "moderation" / "benign_chat.txt"
TOXIC = ["you are a stupid fucking idiot", "shut up bitch", "go kill yourself you worthless piece of shit",
         "fuck you and your ugly face", "you're a retarded moron", "what a dumb whore",
         "you are such a pathetic loser, fuck off", "this streamer is a fat ugly bitch", "nobody likes you, dumbass",
         "stfu you piece of shit",
         "黑鬼都是垃圾", "河南人都是骗子"]
SPAM = ["WINNER!! You have won a £1000 prize. Call 09061701461 now to claim. T&C apply",
        "FREE entry to win an iPhone, txt WIN to 80086 now!",
        "check out my channel and subscribe, I make music videos! http://youtube.com/mychannel",
        "You can make money online from home, visit FIREPA.COM and start today!"]


def benign_messages() -> list[str]:
    lines = BENIGN.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return load_default()


def test_known_messages_score_in_the_right_direction(clf: Classifier) -> None:
    rules = Rules()
    for text in TOXIC:
        toxic, _ = clf.score(text)
        assert toxic >= rules.toxic_threshold, (text, toxic)
    for text in SPAM:
        _, spam = clf.score(text)
        assert spam >= 0.5, (text, spam)
    toxic, spam = clf.score("how much is the hoodie?")
    assert toxic < 0.5 and spam < 0.5


def test_batch_equals_one_at_a_time(clf: Classifier) -> None:
    texts = TOXIC + SPAM + ["", "   ", "hi"]
    batch = clf.score_batch(texts)
    single = np.array([clf.score(t) for t in texts])
    assert batch.shape == (len(texts), 2)
    assert np.allclose(batch, single, atol=1e-6)
    assert ((batch >= 0) & (batch <= 1)).all()


def test_benign_shop_chat_is_not_flagged(clf: Classifier) -> None:
    rules = Rules()
    messages = benign_messages()
    assert len(messages) >= 150
    flagged = []
    for text in messages:
        toxic, spam = clf.score(strip_allowed_links(text, ["luma.example"]))
        if toxic >= rules.toxic_threshold or spam >= rules.spam_threshold:
            flagged.append((text, round(toxic, 3), round(spam, 3)))
    assert len(flagged) / len(messages) <= 0.01, flagged


@pytest.mark.parametrize("obfuscate", [
    lambda t: "".join(c + "\u200b" for c in t),
    lambda t: t.replace("i", "1").replace("o", "0").replace("e", "3").replace("a", "4").replace("s", "$"),
    lambda t: " ".join(t) if len(t) < 40 else t,
    lambda t: t.translate(str.maketrans("aeocp", "аеоср")),
    lambda t: "".join(chr(0x1D4EA + ord(c) - 97) if "a" <= c <= "z" else c for c in t),
    lambda t: "".join(c * 4 if c in "aeiou" else c for c in t),
])
def test_obfuscated_toxic_is_still_caught(clf: Classifier, obfuscate) -> None:  # noqa: ANN001
    rules = Rules()
    english = [t for t in TOXIC if t.isascii()]
    caught = sum(clf.score(obfuscate(t))[0] >= rules.toxic_threshold for t in english)
    assert caught >= 0.9 * len(english)


def test_bad_model_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "model.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError):
        Classifier.load(bad)
    with pytest.raises(ModelError):
        Classifier.load(tmp_path / "missing.npz")


def test_everyday_goods_with_insult_characters_are_not_toxic():
    # 垃圾袋 "bin bag", 垃圾桶 "bin": asking about them is shopping, not abuse
    from skills.moderation.classifier import load_default

    clf = load_default()
    for text in ("这个垃圾袋结实吗", "垃圾桶有大号的吗"):
        toxic, _spam = clf.score(text)
        assert toxic < 0.8, (text, toxic)
