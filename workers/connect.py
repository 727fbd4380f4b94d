"""Connecting to Temporal: the same code for the embedded dev server and a real cluster."""

from __future__ import annotations

from dataclasses import dataclass

from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.envconfig import ClientConfig
from temporalio.service import RPCError

from optout_recall import names


class TemporalUnreachable(RuntimeError):
    """No Temporal at the address; str() is the one line for the user."""


@dataclass(frozen=True)
class ConnectionSettings:
    """Flags win over Temporal's standard environment (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY,
    TEMPORAL_TLS_CLIENT_CERT_PATH, ...), which wins over the embedded default at 127.0.0.1:7233."""

    address: str | None = None
    namespace: str | None = None
    task_queue: str = names.TASK_QUEUE


async def connect(settings: ConnectionSettings, identity: str | None = None) -> Client:
    config = dict(ClientConfig.load_client_connect_config())
    if settings.address:
        config["target_host"] = settings.address
    if settings.namespace:
        config["namespace"] = settings.namespace
    config.setdefault("target_host", names.DEFAULT_ADDRESS)
    config.setdefault("namespace", names.DEFAULT_NAMESPACE)
    try:
        return await Client.connect(
            **config,
            data_converter=pydantic_data_converter,
            identity=identity,  # type: ignore[arg-type]
        )
    except (RPCError, RuntimeError) as exc:
        hint = " (start one with `recall dev`)" if config["target_host"] == names.DEFAULT_ADDRESS else ""
        raise TemporalUnreachable(
            f"cannot reach Temporal at {config['target_host']} namespace {config['namespace']}{hint}"
        ) from exc
