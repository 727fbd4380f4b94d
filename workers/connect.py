"""Connecting to Temporal: the same code for the embedded dev server and a real cluster."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.envconfig import ClientConfig
from temporalio.service import RPCError, TLSConfig

from optout_recall import names


class TemporalUnreachable(RuntimeError):
    """No Temporal at the address (or no usable connection settings); str() is the one line for the user."""


@dataclass(frozen=True)
class ConnectionSettings:
    """Flags win over Temporal's standard environment (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY,
    TEMPORAL_TLS_CLIENT_CERT_PATH, ...), which wins over the embedded default at 127.0.0.1:7233."""

    address: str | None = None
    namespace: str | None = None
    task_queue: str = names.TASK_QUEUE
    tls_client_cert: Path | None = None
    tls_client_key: Path | None = None
    tls_server_ca: Path | None = None
    tls_server_name: str | None = None

    def tls(self) -> TLSConfig | None:
        """TLS from flags, when any was given (otherwise Temporal's TEMPORAL_TLS_* environment applies)."""
        if not (self.tls_client_cert or self.tls_client_key or self.tls_server_ca or self.tls_server_name):
            return None
        if bool(self.tls_client_cert) != bool(self.tls_client_key):
            raise TemporalUnreachable("--tls-client-cert and --tls-client-key go together")
        try:
            return TLSConfig(
                client_cert=self.tls_client_cert.read_bytes() if self.tls_client_cert else None,
                client_private_key=self.tls_client_key.read_bytes() if self.tls_client_key else None,
                server_root_ca_cert=self.tls_server_ca.read_bytes() if self.tls_server_ca else None,
                domain=self.tls_server_name,
            )
        except OSError as exc:
            raise TemporalUnreachable(f"cannot read TLS file {exc.filename}: {exc.strerror}") from exc


async def connect(settings: ConnectionSettings, identity: str | None = None) -> Client:
    config: dict[str, Any] = dict(ClientConfig.load_client_connect_config())
    if settings.address:
        config["target_host"] = settings.address
    if settings.namespace:
        config["namespace"] = settings.namespace
    tls = settings.tls()
    if tls is not None:
        config["tls"] = tls
    config.setdefault("target_host", names.DEFAULT_ADDRESS)
    config.setdefault("namespace", names.DEFAULT_NAMESPACE)
    try:
        return await Client.connect(
            **config,
            data_converter=pydantic_data_converter,
            identity=identity,
        )
    except (RPCError, RuntimeError) as exc:
        hint = " (start one with `recall dev`)" if config["target_host"] == names.DEFAULT_ADDRESS else ""
        raise TemporalUnreachable(
            f"cannot reach Temporal at {config['target_host']} namespace {config['namespace']}{hint}"
        ) from exc
