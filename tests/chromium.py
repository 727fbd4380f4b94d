"""Headless Chromium for the tests, from Debian's chromium and chromium-driver (make test installs them).

Each browser keeps its profile and its singleton socket in a temporary directory of its own, removed after:
left to Chromium, the socket's directory stays in /tmp after every run. Not under pytest's directory: with
xdist that path put the socket past the 107 bytes a Unix socket's path may hold, and Chromium exited before
the session began.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# Without the background-networking flags Chromium keeps calling hosts this machine's closed network refuses.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def _installed(*paths: Path) -> None:
    if not all(path.exists() for path in paths):
        pytest.fail("chromium and chromium-driver are not installed (make test installs them)")


@contextmanager
def driven_chromium(window_size: str) -> Iterator[webdriver.Chrome]:
    """A Selenium-driven Chromium with a window of `window_size` ("W,H")."""
    _installed(CHROMIUM, CHROMEDRIVER)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--window-size={window_size}"):
        options.add_argument(flag)
    with tempfile.TemporaryDirectory(prefix="chromium-") as scratch:
        options.add_argument(f"--user-data-dir={Path(scratch) / 'profile'}")
        service = Service(str(CHROMEDRIVER), env={**os.environ, "TMPDIR": scratch})
        driver = webdriver.Chrome(service=service, options=options)
        try:
            yield driver
        finally:
            driver.quit()


def run_chromium(*args: str) -> subprocess.CompletedProcess[str]:
    """One headless Chromium command (--dump-dom, --print-to-pdf), run to its end."""
    _installed(CHROMIUM)
    with tempfile.TemporaryDirectory(prefix="chromium-") as scratch:
        return subprocess.run(
            [
                str(CHROMIUM),
                *FLAGS,
                "--disable-extensions",
                f"--user-data-dir={Path(scratch) / 'profile'}",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "TMPDIR": scratch},
        )
