"""The sync client against the live sidecar: every building block the facade
offers, and PillionError for failures."""

from __future__ import annotations

import json
import urllib.request

import grpc
import pytest
from google.protobuf import json_format, struct_pb2

from pillion import Client, Decoded, PillionError, decode_value
from pillion.proto.dapr.proto.runtime.v1 import lock_pb2


def test_health_and_metadata(client: Client, app_id: str) -> None:
    client.wait_for_sidecar(5)
    client.health.check()
    meta = client.metadata.get()
    assert meta.id == app_id
    names = {c.name for c in meta.registered_components}
    assert {"statestore", "pubsub", "lockstore", "configstore"} <= names
    client.metadata.set("py-attr", "from the python sdk")
    assert client.metadata.get().extended_metadata["py-attr"] == "from the python sdk"


def test_state_round_trip_with_etags(client: Client) -> None:
    client.state.save("statestore", [
        {"key": "py-order", "value": {"id": 1, "item": "tea"}},
        {"key": "py-raw", "value": b"\x01\x02\xff"},
    ])
    got = client.state.get("statestore", "py-order")
    assert isinstance(got, Decoded)
    assert got.value == {"id": 1, "item": "tea"}
    assert got.data == b'{"id":1,"item":"tea"}'
    assert got.etag != ""

    # The current ETag writes; the stale one is refused with ABORTED.
    client.state.save("statestore", [{"key": "py-order", "value": {"id": 1, "item": "coffee"}, "etag": {"value": got.etag}}])
    with pytest.raises(PillionError) as stale:
        client.state.save("statestore", [{"key": "py-order", "value": {"id": 1, "item": "juice"}, "etag": {"value": got.etag}}])
    assert stale.value.code == grpc.StatusCode.ABORTED
    assert client.state.get("statestore", "py-order").value == {"id": 1, "item": "coffee"}

    items = {i.key: i for i in client.state.get_bulk("statestore", ["py-order", "py-none"])}
    assert items["py-order"].value == {"id": 1, "item": "coffee"}
    assert items["py-none"].value is None

    client.state.transaction("statestore", [
        {"operationType": "upsert", "request": {"key": "py-tx", "value": [1, 2, 3]}},
        {"operationType": "delete", "request": {"key": "py-order"}},
    ])
    assert client.state.get("statestore", "py-tx").value == [1, 2, 3]
    deleted = client.state.get("statestore", "py-order")
    assert deleted.value is None and deleted.etag == ""

    raw = client.state.get("statestore", "py-raw")
    assert raw.value == b"\x01\x02\xff"  # not UTF-8: the bytes as they are
    client.state.delete("statestore", "py-raw")
    assert client.state.get("statestore", "py-raw").data == b""


def test_errors_carry_the_grpc_code_and_daprs_error_code(client: Client) -> None:
    with pytest.raises(PillionError) as err:
        client.state.get("no-such-store", "k")
    assert err.value.code == grpc.StatusCode.INVALID_ARGUMENT
    assert err.value.error_code == "DAPR_STATE_NOT_FOUND"
    assert "no-such-store" in err.value.message
    assert "DAPR_STATE_NOT_FOUND" in str(err.value)


def test_invoke_a_method_of_the_app(client: Client, app_id: str, received) -> None:
    answer = client.invoke(app_id, "greet", {"name": "py"})
    assert answer.value == {"greeting": "hello py"}
    assert answer.content_type.startswith("application/json")
    last = received.invocations[-1]
    assert last.data == {"name": "py"}
    assert last.content_type.startswith("application/json")

    with pytest.raises(PillionError) as err:
        client.invoke(app_id, "fail", None)
    assert err.value.code == grpc.StatusCode.UNKNOWN
    assert "fails on purpose" in err.value.message


def test_publish_and_receive(client: Client, received) -> None:
    client.pubsub.publish("pubsub", "orders", {"id": 7, "item": "sync"})
    event = received.wait_for("the published event", lambda: next((e for e in received.events if isinstance(e.data, dict) and e.data.get("item") == "sync"), None))
    assert event.pubsub_name == "pubsub" and event.topic == "orders"
    assert event.data_content_type == "application/json"
    assert event.spec_version == "1.0"

    client.pubsub.publish("pubsub", "orders", "plain text", data_content_type="text/plain")
    text = received.wait_for("the text event", lambda: next((e for e in received.events if e.data == "plain text"), None))
    assert text.data_content_type == "text/plain"


def test_secrets(client: Client) -> None:
    secret = client.secrets.get("secretstore", "db-password")
    assert secret == {"db-password": "s3cret"}
    everything = client.secrets.get_bulk("secretstore")
    assert dict(everything["api-key"].secrets) == {"api-key": "k-123"}
    with pytest.raises(PillionError) as err:
        client.secrets.get("no-such-secretstore", "db-password")
    assert err.value.code == grpc.StatusCode.INVALID_ARGUMENT


def test_configuration_get_and_subscribe(client: Client) -> None:
    items = client.configuration.get("configstore", ["greeting"])
    assert list(items) == ["greeting"]
    assert items["greeting"].value == "hello"
    assert client.configuration.get("configstore", [])["limit"].value == "10"

    stream = client.configuration.subscribe("configstore", ["greeting"])
    first = next(stream)
    assert first.id != ""
    stream.close()  # cancels the RPC
    client.configuration.unsubscribe("configstore", first.id)


def test_lock(client: Client) -> None:
    assert client.lock.try_lock("lockstore", "py-resource", "owner-a", 30) is True
    assert client.lock.try_lock("lockstore", "py-resource", "owner-b", 30) is False
    assert client.lock.unlock("lockstore", "py-resource", "owner-b") == lock_pb2.UnlockResponse.LOCK_BELONGS_TO_OTHERS
    assert client.lock.unlock("lockstore", "py-resource", "owner-a") == lock_pb2.UnlockResponse.SUCCESS
    assert client.lock.unlock("lockstore", "py-resource", "owner-a") == lock_pb2.UnlockResponse.LOCK_DOES_NOT_EXIST


def test_output_binding(client: Client) -> None:
    client.bindings.invoke("files", "create", {"id": 3, "item": "binding"}, metadata={"fileName": "py-order.json"})
    read = client.bindings.invoke("files", "get", None, metadata={"fileName": "py-order.json"})
    assert read.value == {"id": 3, "item": "binding"}
    with pytest.raises(PillionError) as err:
        client.bindings.invoke("no-such-binding", "get", None)
    assert "no-such-binding" in err.value.message


def test_jobs(client: Client) -> None:
    client.jobs.schedule("py-job", due_time="1h", data={"report": "daily"})
    job = client.jobs.get("py-job")
    assert job.name == "py-job" and job.due_time == "1h"
    assert decode_value(job.data.value) == {"report": "daily"}
    client.jobs.delete("py-job")
    with pytest.raises(PillionError):
        client.jobs.get("py-job")


def test_a_due_job_calls_the_app_back(client: Client, received) -> None:
    client.jobs.schedule("py-due", due_time="1s", data={"report": "now"})
    job = received.wait_for("the job callback", lambda: next((j for j in received.jobs if j.name == "py-due"), None))
    assert job.data == {"report": "now"}


def test_a_job_scheduled_through_the_http_api_arrives_decoded(http_url: str, received) -> None:
    # Dapr's HTTP API stores the data as a google.protobuf.Value; the app gets it in an Any.
    data = {"report": "now", "n": 2, "ratio": 0.5, "ok": True, "tags": ["a", "b"], "none": None}
    req = urllib.request.Request(
        f"{http_url}/v1.0-alpha1/jobs/py-due-http",
        data=json.dumps({"dueTime": "0s", "data": data}).encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as res:
        assert res.status == 204
    job = received.wait_for("the job callback", lambda: next((j for j in received.jobs if j.name == "py-due-http"), None))
    assert job.content_type == "type.googleapis.com/google.protobuf.Value"
    assert job.data == data
    assert isinstance(job.data["n"], int)
    # raw is the Any's value: the serialized google.protobuf.Value.
    assert json_format.MessageToDict(struct_pb2.Value.FromString(job.raw)) == data
