"""A job's data as the app side hands it to a job handler. The sidecar
delivers the job's google.protobuf.Any: jobs scheduled through Dapr's HTTP
API hold a google.protobuf.Value (type URL
type.googleapis.com/google.protobuf.Value), which is decoded to the Python
value of the JSON it stands for, in the shapes json.loads gives (whole
numbers as int); any other data is decoded by its content type as
decode_value does (a client's JSON, sent with an empty type URL, as a value)."""

from __future__ import annotations

from typing import Any

from google.protobuf import any_pb2, json_format, struct_pb2

from ._runtime import decode_value

VALUE_TYPE_URL = "type.googleapis.com/google.protobuf.Value"


def decode_job_data(data: any_pb2.Any, content_type: str) -> Any:
    """The job's data as a value (None when it has none)."""
    if data.type_url == VALUE_TYPE_URL:
        value = struct_pb2.Value()
        if not data.Unpack(value):
            return bytes(data.value)
        return _as_json_shapes(json_format.MessageToDict(value))
    return decode_value(data.value, content_type)


def _as_json_shapes(v: Any) -> Any:
    """A google.protobuf.Value's numbers are doubles: whole ones become int, as json.loads reads them."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, dict):
        return {k: _as_json_shapes(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_as_json_shapes(x) for x in v]
    return v
