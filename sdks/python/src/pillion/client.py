"""The clients: the generated facade (state, pubsub, invoke, ...) on a gRPC
channel to the sidecar, sync (Client) and asyncio (AsyncClient)."""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any, Sequence

import grpc

from ._gen import facade, facade_aio
from ._runtime import AsyncInvoker, Invoker
from .errors import PillionError


def default_address() -> str:
    """The sidecar's gRPC address from the environment the sidecar gives its
    app: DAPR_GRPC_ENDPOINT, else DAPR_RUNTIME_HOST (127.0.0.1) and
    DAPR_GRPC_PORT (50001)."""
    endpoint = os.environ.get("DAPR_GRPC_ENDPOINT", "")
    if endpoint:
        for scheme in ("http://", "dns:///", "dns://"):
            if endpoint.startswith(scheme):
                return endpoint[len(scheme):]
        return endpoint
    host = os.environ.get("DAPR_RUNTIME_HOST", "127.0.0.1")
    return f"{host}:{os.environ.get('DAPR_GRPC_PORT', '50001')}"


def _headers(api_token: str | None) -> list[tuple[str, str]]:
    token = api_token if api_token is not None else os.environ.get("DAPR_API_TOKEN", "")
    return [("dapr-api-token", token)] if token else []


class Client(facade.PillionFacade):
    """A client of the sidecar over gRPC.

    Args:
        address: "host:port" of the sidecar's gRPC API (default: default_address()).
        api_token: sent as dapr-api-token (default: $DAPR_API_TOKEN).
        options: grpc channel options.

    Use it as a context manager, or call close().
    """

    def __init__(self, address: str | None = None, *, api_token: str | None = None, options: Sequence[tuple[str, Any]] | None = None) -> None:
        self.address = address or default_address()
        self._channel = grpc.insecure_channel(self.address, options=options)
        super().__init__(Invoker(self._channel, facade.STUBS, _headers(api_token)))

    @property
    def channel(self) -> grpc.Channel:
        """The gRPC channel, for the raw stubs in pillion.proto."""
        return self._channel

    def wait_for_sidecar(self, timeout: float = 10.0) -> None:
        """Waits until the sidecar answers its outbound health probe (its
        components are ready); raises PillionError when it does not in time."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.health.outbound(timeout=max(0.1, min(1.0, deadline - time.monotonic())))
                return
            except PillionError as e:
                if time.monotonic() >= deadline:
                    raise PillionError(f"the sidecar at {self.address} is not ready after {timeout}s: {e.message}", e.code, e.error_code) from e
                time.sleep(0.1)

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(facade_aio.AsyncPillionFacade):
    """A client of the sidecar over gRPC for asyncio; the same calls as
    Client, awaited (streams are async iterators). Create it inside the
    running event loop; use `async with`, or await close()."""

    def __init__(self, address: str | None = None, *, api_token: str | None = None, options: Sequence[tuple[str, Any]] | None = None) -> None:
        self.address = address or default_address()
        self._channel = grpc.aio.insecure_channel(self.address, options=options)
        super().__init__(AsyncInvoker(self._channel, facade_aio.STUBS, _headers(api_token)))

    @property
    def channel(self) -> grpc.aio.Channel:
        """The gRPC channel, for the raw stubs in pillion.proto."""
        return self._channel

    async def wait_for_sidecar(self, timeout: float = 10.0) -> None:
        """Waits until the sidecar answers its outbound health probe."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            try:
                await self.health.outbound(timeout=max(0.1, min(1.0, deadline - loop.time())))
                return
            except PillionError as e:
                if loop.time() >= deadline:
                    raise PillionError(f"the sidecar at {self.address} is not ready after {timeout}s: {e.message}", e.code, e.error_code) from e
                await asyncio.sleep(0.1)

    async def close(self) -> None:
        await self._channel.close()

    async def __aenter__(self) -> "AsyncClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
