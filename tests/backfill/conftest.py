"""Fixtures for the backfill's tests: a pair of databases per layout (see `layouts.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.backfill.layouts import Databases


@pytest.fixture
def layout_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(events_url, ledger_url) for the test's `layout_urls` parameter, dropped afterwards."""
    databases = Databases(tmp_path)
    try:
        yield databases.pair(request.param)
    finally:
        databases.drop()
