"""optout-recall: durable recalls of broken opt-out handling."""

from __future__ import annotations

__version__ = "0.1.0"
