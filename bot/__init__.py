"""livebot: a chatbot for live-commerce stream chats."""

__version__ = "0.1.0"
