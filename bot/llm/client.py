"""One LLM client for any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp server).

Callers get text or ``None``. ``None`` means "no answer in time" (timeout, error, open circuit);
the caller then uses its template. Nothing here may stall chat handling:

- every call has a hard deadline (``asyncio.wait_for``) covering the queue, retries and backoff;
- at most ``max_concurrency`` requests are in flight; the rest wait inside their own deadline;
- a circuit breaker on the bot's clock stops calling a dead endpoint for ``breaker_reset_seconds``;
- replies are streamed (when ``stream`` is on) so a stalled endpoint is noticed between chunks
  and the time to first token is logged; ``stream()`` hands chunks out as they arrive.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import openai

from bot.breaker import CircuitBreaker
from bot.clock import Clock
from bot.llm.config import LLMConfig

log = logging.getLogger("livebot.llm")

# errors worth another try: the endpoint may answer next time
_RETRYABLE = (openai.APIConnectionError, openai.APITimeoutError, openai.RateLimitError, openai.InternalServerError)


@dataclass
class LLMStats:
    """Counters for logs, benchmarks and tests."""

    calls: int = 0
    answered: int = 0
    failed: int = 0
    refused: int = 0  # circuit open: no request was made
    timeouts: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    last_ttft: float | None = None  # seconds to the first streamed token of the last answer
    last_latency: float | None = None


class LLMClient:
    def __init__(self, cfg: LLMConfig, clock: Clock, *, base_url: str | None = None,
                 http_client: Any = None, on_close: Callable[[], Awaitable[None]] | None = None) -> None:
        self.cfg = cfg
        self.clock = clock
        self.base_url = base_url or cfg.base_url
        self.model = cfg.model
        # retries are ours (with backoff inside the deadline), so the library's are off
        self._client = openai.AsyncOpenAI(base_url=self.base_url, api_key=_api_key(cfg),
                                          timeout=cfg.timeout_seconds, max_retries=0, http_client=http_client)
        self._slots = asyncio.Semaphore(cfg.max_concurrency)
        self.breaker = CircuitBreaker(clock, cfg.breaker_failures, cfg.breaker_reset_seconds)
        self.stats = LLMStats()
        self._on_close = on_close
        self._closed = False
        self.local_server: Any = None  # the demo model's server process, when local_demo started one

    @property
    def available(self) -> bool:
        """False while the circuit is open (a call would return None at once) or after close()."""
        return not self._closed and self.breaker.available

    # ------------------------------------------------------------------ one answer
    async def complete(self, system: str, user: str, *, max_tokens: int | None = None,
                       temperature: float | None = None, timeout: float | None = None) -> str | None:
        """The model's answer, or None when it is unavailable within ``timeout`` seconds.

        ``system`` must hold only our own instructions; viewer text belongs in ``user``.
        """
        if self._closed or not self.breaker.acquire():
            self.stats.refused += 1
            return None
        self.stats.calls += 1
        deadline = timeout if timeout is not None else self.cfg.timeout_seconds
        started = time.perf_counter()
        sent: list[bool] = []  # set once a slot is ours and the request goes out
        try:
            text = await asyncio.wait_for(
                self._complete(_messages(system, user), max_tokens, temperature, started, sent), deadline)
        except TimeoutError:
            self.stats.timeouts += 1
            if not sent:  # our own queue was full: no sign the endpoint is unwell
                self.breaker.release()
                log.warning("LLM busy: no free slot within %.1f s; the caller falls back to its template", deadline)
                return None
            self._failed(f"no answer within {deadline:.1f} s")
            return None
        except asyncio.CancelledError:
            self.breaker.release()
            raise
        except Exception as exc:  # any endpoint trouble degrades to the caller's template
            self._failed(_describe(exc))
            return None
        self.breaker.success()
        self.stats.answered += 1
        self.stats.last_latency = time.perf_counter() - started
        text = text.strip()
        return text or None

    async def _complete(self, messages: list[dict[str, str]], max_tokens: int | None,
                        temperature: float | None, started: float, sent: list[bool]) -> str:
        async with self._slots:
            sent.append(True)
            result = await self._open(messages, max_tokens, temperature, self.cfg.stream)
            if not self.cfg.stream:
                self._log_usage(getattr(result, "usage", None), started, None)
                choice = result.choices[0] if result.choices else None
                return (choice.message.content or "") if choice else ""
            parts: list[str] = []
            first: float | None = None
            usage = None
            try:
                async for chunk in result:
                    usage = chunk.usage or usage
                    piece = _delta(chunk)
                    if piece:
                        first = first or time.perf_counter()
                        parts.append(piece)
            finally:
                await result.close()
            self._log_usage(usage, started, first)
            return "".join(parts)

    # ------------------------------------------------------------------ streaming
    async def stream(self, system: str, user: str, *, max_tokens: int | None = None,
                     temperature: float | None = None, timeout: float | None = None) -> AsyncIterator[str]:
        """Yield the answer's text as it arrives; ends early (silently) on timeout or error.

        The whole answer must arrive within ``timeout`` seconds; a consumer that needs to know
        whether it got everything compares ``stats.answered`` or uses ``complete``.
        """
        if self._closed or not self.breaker.acquire():
            self.stats.refused += 1
            return
        self.stats.calls += 1
        loop = asyncio.get_running_loop()
        deadline = timeout if timeout is not None else self.cfg.timeout_seconds
        end = loop.time() + deadline
        started = time.perf_counter()
        outcome = "released"
        stream = None
        acquired = False
        try:
            await asyncio.wait_for(self._slots.acquire(), max(0.0, end - loop.time()))
            acquired = True
            stream = await asyncio.wait_for(
                self._open(_messages(system, user), max_tokens, temperature, True), max(0.0, end - loop.time()))
            first: float | None = None
            usage = None
            iterator = stream.__aiter__()
            while True:
                try:
                    chunk = await asyncio.wait_for(iterator.__anext__(), max(0.0, end - loop.time()))
                except StopAsyncIteration:
                    break
                usage = chunk.usage or usage
                piece = _delta(chunk)
                if piece:
                    first = first or time.perf_counter()
                    yield piece
            self._log_usage(usage, started, first)
            outcome = "success"
        except TimeoutError:
            self.stats.timeouts += 1
            # a full queue of our own says nothing about the endpoint: no failure counted then
            outcome = f"stream not finished within {deadline:.1f} s" if acquired else "released"
        except (asyncio.CancelledError, GeneratorExit):
            raise
        except Exception as exc:
            outcome = _describe(exc)
        finally:
            if stream is not None:
                try:
                    await stream.close()
                except Exception:  # closing a broken connection may fail too; nothing to do
                    log.debug("closing the LLM stream failed", exc_info=True)
            if acquired:
                self._slots.release()
            if outcome == "success":
                self.breaker.success()
                self.stats.answered += 1
                self.stats.last_latency = time.perf_counter() - started
            elif outcome == "released":  # the consumer stopped early: not the endpoint's fault
                self.breaker.release()
            else:
                self._failed(outcome)

    # ------------------------------------------------------------------ plumbing
    async def _open(self, messages: list[dict[str, str]], max_tokens: int | None, temperature: float | None,
                    stream: bool) -> Any:
        """Send the request, retrying transient errors with exponential backoff."""
        params: dict[str, Any] = {
            "model": self.model, "messages": messages,
            "max_tokens": max_tokens or self.cfg.max_tokens,
            "temperature": self.cfg.temperature if temperature is None else temperature,
        }
        if stream:
            params["stream"] = True
            params["stream_options"] = {"include_usage": True}
        attempt = 0
        while True:
            try:
                return await self._client.chat.completions.create(**params)
            except _RETRYABLE as exc:
                if attempt >= self.cfg.retries:
                    raise
                wait = self.cfg.backoff_seconds * (2 ** attempt)
                log.info("LLM request failed (%s); retry %d in %.2f s", _describe(exc), attempt + 1, wait)
                attempt += 1
                # real time: the backoff is for a real endpoint, and it stays inside the deadline
                await asyncio.sleep(wait)

    def _failed(self, why: str) -> None:
        self.stats.failed += 1
        self.breaker.failure()
        log.warning("LLM unavailable (%s); the caller falls back to its template", why)

    def _log_usage(self, usage: Any, started: float, first: float | None) -> None:
        now = time.perf_counter()
        ttft = (first - started) if first is not None else None
        self.stats.last_ttft = ttft
        prompt = getattr(usage, "prompt_tokens", None) or 0
        completion = getattr(usage, "completion_tokens", None) or 0
        self.stats.prompt_tokens += prompt
        self.stats.completion_tokens += completion
        log.info("LLM %s: %d prompt + %d completion tokens, %.2f s%s", self.model, prompt, completion,
                 now - started, f", first token {ttft:.2f} s" if ttft is not None else "")

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            await self._client.close()
        finally:
            if self._on_close is not None:
                await self._on_close()


def _messages(system: str, user: str) -> list[dict[str, str]]:
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": user})
    return messages


def _delta(chunk: Any) -> str:
    if not chunk.choices:
        return ""
    return chunk.choices[0].delta.content or ""


def _describe(exc: BaseException) -> str:
    status = getattr(exc, "status_code", None)
    return f"{type(exc).__name__}{f' {status}' if status else ''}: {str(exc)[:160]}"


def _api_key(cfg: LLMConfig) -> str:
    # an empty key falls back to the usual environment variable; local servers accept any string
    return cfg.api_key or os.environ.get("OPENAI_API_KEY") or "not-needed"


async def create_llm_client(cfg: LLMConfig, clock: Clock, *, http_client: Any = None) -> LLMClient | None:
    """The bot's LLM client from its config section.

    With ``local_demo: true`` the bundled demo model server (extra ``.[local-llm]``) is started on
    127.0.0.1 first; if it cannot start, the bot runs without an LLM (None) and says why.
    """
    if not cfg.local_demo:
        log.info("LLM endpoint %s (model %s)", cfg.base_url, cfg.model)
        try:
            return LLMClient(cfg, clock, http_client=http_client)
        except Exception as exc:  # e.g. a malformed base_url: run on templates rather than not at all
            log.error("LLM client not created (%s); continuing with templates", _describe(exc))
            return None
    from bot.llm.local import LocalModelError, start_local_server

    try:
        server = await start_local_server(cfg)
    except LocalModelError as exc:
        log.warning("local demo model not started (%s); continuing with templates", exc)
        return None
    log.info("local DEMO model at %s (plumbing check only: it cannot be trusted with facts)", server.base_url)
    client = LLMClient(cfg, clock, base_url=server.base_url, http_client=http_client, on_close=server.stop)
    client.local_server = server
    return client
