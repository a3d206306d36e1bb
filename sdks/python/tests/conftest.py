"""Fixtures for the tests against a live pillion sidecar.

test/sdks/python.test.ts starts the sidecar (with state, pub/sub, secret,
configuration and lock components) and passes its ports:
PILLION_GRPC_PORT, PILLION_HTTP_PORT, PILLION_APP_ID and PILLION_APP_PORT,
the port the sidecar expects its gRPC app on; the app (this SDK's App) is
served here.
"""

from __future__ import annotations

import sys

# No __pycache__ in the generated folders (npm run generate -- --check would
# report the files there as no longer generated).
sys.dont_write_bytecode = True

import os  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from typing import Any, Callable  # noqa: E402

import pytest  # noqa: E402

from pillion import App, Client, InvokeRequest, JobEvent, PillionError, TopicEvent  # noqa: E402


class Received:
    """What the app received, for the tests to wait on."""

    def __init__(self) -> None:
        self.events: list[TopicEvent] = []
        self.invocations: list[InvokeRequest] = []
        self.jobs: list[JobEvent] = []
        self._lock = threading.Lock()

    def add_event(self, event: TopicEvent) -> None:
        with self._lock:
            self.events.append(event)

    def wait_for(self, what: str, find: Callable[[], Any], timeout: float = 10.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                found = find()
            if found:
                return found
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}")


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.exit(f"{name} is not set; run these tests through test/sdks/python.test.ts (npx vitest run test/sdks/python.test.ts)", 2)
    return value


@pytest.fixture(scope="session")
def app_id() -> str:
    return _env("PILLION_APP_ID")


@pytest.fixture(scope="session")
def address() -> str:
    return f"127.0.0.1:{_env('PILLION_GRPC_PORT')}"


@pytest.fixture(scope="session")
def http_url() -> str:
    """The sidecar's HTTP API (Dapr's HTTP routes)."""
    return f"http://127.0.0.1:{_env('PILLION_HTTP_PORT')}"


@pytest.fixture(scope="session")
def received() -> Received:
    return Received()


@pytest.fixture(scope="session", autouse=True)
def app_server(received: Received, address: str):
    app = App()

    @app.subscribe("pubsub", "orders")
    def on_order(event: TopicEvent) -> None:
        received.add_event(event)

    @app.on_invoke("greet")
    def greet(request: InvokeRequest) -> Any:
        received.invocations.append(request)
        return {"greeting": f"hello {(request.data or {}).get('name', 'nobody')}"}

    @app.on_job("py-due")
    def on_job(job: JobEvent) -> None:
        received.jobs.append(job)

    @app.on_job("py-due-http")
    def on_http_job(job: JobEvent) -> None:
        received.jobs.append(job)

    @app.on_invoke("fail")
    def fail(request: InvokeRequest) -> Any:
        raise RuntimeError("the app fails on purpose")

    server = app.serve(port=int(_env("PILLION_APP_PORT")))
    # The sidecar is ready (healthz) once it has reached its app and read its subscriptions.
    with Client(address) as client:
        deadline = time.monotonic() + 20
        while True:
            try:
                client.health.check(timeout=1)
                break
            except PillionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    yield server
    server.stop(0)


@pytest.fixture()
def client(address: str):
    with Client(address) as c:
        yield c
