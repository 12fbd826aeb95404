"""Config for the optional LLM endpoint (OpenAI, Ollama, vLLM, llama.cpp server)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator


class LLMConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)

    enabled: bool = True
    base_url: str = Field("http://127.0.0.1:8080/v1", description="OpenAI-compatible endpoint")
    model: str = "local"
    # write the key as ${OPENAI_API_KEY} so it stays out of the file
    api_key: str = "not-needed"
    timeout_seconds: float = Field(8.0, gt=0, le=120)
    max_tokens: int = Field(200, ge=1, le=4096)
    temperature: float = Field(0.7, ge=0, le=2)
    retries: int = Field(1, ge=0, le=5)
    backoff_seconds: float = Field(0.5, ge=0, le=30)
    max_concurrency: int = Field(2, ge=1, le=64)
    # consecutive failures that open the circuit, and how long it stays open
    breaker_failures: int = Field(3, ge=1, le=100)
    breaker_reset_seconds: float = Field(60.0, gt=0)
    stream: bool = True
    # start a bundled demo model server (extra .[local-llm]) instead of using base_url;
    # the packaged SmolLM2-135M proves the plumbing, it cannot be trusted with facts
    local_demo: bool = False
    # another GGUF file for the local server (default: the packaged demo model)
    local_model_path: str | None = None
    # llama.cpp threads: 1 keeps a shared CPU usable for the rest of the bot
    local_threads: int = Field(1, ge=1, le=64)
    local_context: int = Field(2048, ge=256, le=32768)
    local_start_timeout_seconds: float = Field(60.0, gt=0, le=600)

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL of an OpenAI-compatible API, "
                             "e.g. http://127.0.0.1:11434/v1")
        return value.rstrip("/")
