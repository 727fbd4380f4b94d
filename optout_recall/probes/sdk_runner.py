"""Runs one SDK call in a fresh interpreter: the entry point `module:function` as the argument, the request
as JSON on stdin, the result as JSON on stdout.

The SDK driver passes this file's source with `python -c`, one process per call; by hand it runs as
`python -m optout_recall.probes.sdk_runner module:function`. It imports only the standard library, so it runs
in any interpreter that has the SDK installed. Exit codes: 0 ok, 1 the call raised, 2 the entry point cannot
be imported, 3 the call could not connect (a `ConnectionError` or a `*Connect*` error anywhere in its chain).
It answers with one JSON line: the result, or `{"error": ...}`.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import sys
from collections.abc import Awaitable
from typing import Any


def main(target: str) -> int:
    module_name, _, function_name = target.partition(":")
    try:
        function = getattr(importlib.import_module(module_name), function_name)
    except Exception as exc:
        print(json.dumps({"error": f"cannot import {target}: {exc!r}"}))
        return 2
    try:
        result = function(json.load(sys.stdin))
        if inspect.isawaitable(result):
            result = asyncio.run(_awaited(result))
    except Exception as exc:
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        return 3 if _could_not_connect(exc) else 1
    print(json.dumps(result))
    return 0


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


def _could_not_connect(exc: BaseException) -> bool:
    chain: BaseException | None = exc
    while chain is not None:
        if isinstance(chain, ConnectionError) or "Connect" in type(chain).__name__:
            return True
        chain = chain.__cause__ or chain.__context__
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
