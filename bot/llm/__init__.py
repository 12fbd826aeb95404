"""LLM access through the ``openai`` client (any OpenAI-compatible endpoint)."""
