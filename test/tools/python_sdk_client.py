"""Drives a pillion sidecar with the official Dapr Python SDK (unmodified) and
prints what it saw as one JSON object, for test/compat/dapr-python-sdk-client.test.ts.

The SDK finds the sidecar from DAPR_HTTP_PORT / DAPR_GRPC_PORT (set by the
test). It waits for GET /v1.0/healthz/outbound before its first call, talks
gRPC for state, pub/sub and metadata, and HTTP for service invocation.

Usage: python python_sdk_client.py <app-id>
"""

import json
import sys

from dapr.clients import DaprClient
from dapr.clients.exceptions import DaprGrpcError
from dapr.clients.grpc._request import TransactionalStateOperation, TransactionOperationType
from dapr.clients.grpc._state import Concurrency, StateOptions


def grpc_error(call):
    """Runs call and describes the DaprGrpcError it raises (or None)."""
    try:
        call()
    except DaprGrpcError as e:
        info = e.status_details().error_info
        return {"code": e.code().name, "message": e.details(), "errorInfo": info}
    return None


def main() -> int:
    app_id = sys.argv[1]
    out = {}
    with DaprClient() as d:
        d.save_state("statestore", "py-order", json.dumps({"id": 1, "by": "python"}))
        got = d.get_state("statestore", "py-order")
        out["get"] = {"data": got.data.decode(), "etag": got.etag}
        out["missing"] = d.get_state("statestore", "py-missing").data.decode()

        d.save_state("statestore", "py-b", "two")
        bulk = d.get_bulk_state("statestore", keys=["py-order", "py-b", "py-none"]).items
        out["bulk"] = sorted(({"key": i.key, "data": i.data.decode(), "hasEtag": bool(i.etag)} for i in bulk), key=lambda i: i["key"])

        d.execute_state_transaction(
            "statestore",
            operations=[
                TransactionalStateOperation(key="py-tx", data="in-tx"),
                TransactionalStateOperation(key="py-b", operation_type=TransactionOperationType.delete),
            ],
        )
        out["afterTx"] = {"py-tx": d.get_state("statestore", "py-tx").data.decode(), "py-b": d.get_state("statestore", "py-b").data.decode()}

        first_write = StateOptions(concurrency=Concurrency.first_write)
        out["etagConflict"] = grpc_error(lambda: d.save_state("statestore", "py-order", "stale", etag="not-the-etag", options=first_write))
        d.save_state("statestore", "py-order", "fresh", etag=got.etag, options=first_write)
        out["afterEtag"] = d.get_state("statestore", "py-order").data.decode()

        d.delete_state("statestore", "py-tx")
        out["afterDelete"] = d.get_state("statestore", "py-tx").data.decode()

        out["unknownStore"] = grpc_error(lambda: d.get_state("nostore", "k"))

        d.set_metadata("py-attr", "from python")
        meta = d.get_metadata()
        out["metadata"] = {
            "id": meta.application_id,
            "extended": dict(meta.extended_metadata),
            "components": sorted(c.name for c in meta.registered_components),
        }

        d.publish_event("pubsub", "orders", json.dumps({"from": "python"}), data_content_type="application/json")

        resp = d.invoke_method(app_id, "py-echo", data=json.dumps({"hello": "python"}), http_verb="POST", content_type="application/json")
        out["invoke"] = {"data": resp.data.decode(), "contentType": resp.content_type}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
