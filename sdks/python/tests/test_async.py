"""The asyncio client against the live sidecar."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from pillion import AsyncClient, PillionError


def test_async_client(address: str, app_id: str, received) -> None:
    async def scenario() -> None:
        async with AsyncClient(address) as client:
            await client.wait_for_sidecar(5)
            await client.state.save("statestore", [{"key": "py-async", "value": {"n": 1}}])
            got = await client.state.get("statestore", "py-async")
            assert got.value == {"n": 1}
            with pytest.raises(PillionError) as stale:
                await client.state.save("statestore", [{"key": "py-async", "value": {"n": 2}, "etag": {"value": "999"}}])
            assert stale.value.code == grpc.StatusCode.ABORTED

            answer = await client.invoke(app_id, "greet", {"name": "async"})
            assert answer.value == {"greeting": "hello async"}

            await client.pubsub.publish("pubsub", "orders", {"item": "async"})

            stream = client.configuration.subscribe("configstore", ["greeting"])
            first = await stream.__anext__()
            assert first.id != ""
            await stream.aclose()

            with pytest.raises(PillionError) as err:
                await client.state.get("no-such-store", "k")
            assert err.value.error_code == "DAPR_STATE_NOT_FOUND"

    asyncio.run(scenario())
    received.wait_for("the async event", lambda: next((e for e in received.events if isinstance(e.data, dict) and e.data.get("item") == "async"), None))
