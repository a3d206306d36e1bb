"""What the generated facade (pillion/_gen/) uses: requests built from the
caller's arguments, the caller's data encoded into bytes fields, answers
shaped and decoded, and the invokers that call the stubs and turn gRPC
failures into PillionError."""

from __future__ import annotations

import json
from typing import Any, AsyncIterator, Callable, Iterator, Mapping, Sequence

import grpc
from google.protobuf.message import Message

from .errors import PillionError

_JSON = "application/json"
_OCTETS = "application/octet-stream"


def _is_json(content_type: str) -> bool:
    t = content_type.split(";")[0].strip().lower()
    return t == _JSON or t.endswith("+json") or t.endswith("/json")


def encode_value(value: Any, content_type: str | None = None) -> tuple[bytes, str]:
    """The caller's data as bytes: raw bytes as they are, a str as UTF-8 text
    when the caller gave a content type that is not JSON, anything else as JSON."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value), _OCTETS
    if isinstance(value, str) and content_type and not _is_json(content_type):
        return value.encode("utf-8"), content_type
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), _JSON


def decode_value(data: bytes, content_type: str | None = None) -> Any:
    """Bytes as a value: None when empty; when the content type is known and is
    not JSON, text for text/* and the bytes otherwise; else parsed JSON, or the
    text when it is not JSON, or the bytes when they are not UTF-8."""
    if not data:
        return None
    ct = (content_type or "").split(";")[0].strip().lower()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return bytes(data)
    if ct and not _is_json(ct):
        return text if ct.startswith("text/") else bytes(data)
    try:
        return json.loads(text)
    except ValueError:
        return text


class Decoded:
    """A response message with decoded data beside its raw bytes: read the
    message's fields as attributes (e.g. .etag, .data) and the decoded value
    under its own name (e.g. .value). .message is the message itself."""

    def __init__(self, message: Any, values: Mapping[str, Any]) -> None:
        self.__dict__["message"] = message
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["message"], name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a decoded response is read-only")

    def __repr__(self) -> str:
        extra = {k: v for k, v in self.__dict__.items() if k != "message"}
        return f"Decoded({self.__dict__['message']!r}, {extra!r})"


# ---------------------------------------------------------------- requests

def _clean(value: Any) -> Any:
    """Nested dicts and lists with None values left out (unset fields)."""
    if isinstance(value, Mapping) and not isinstance(value, Message):
        return {k: _clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def _each_holder(root: Any, path: Sequence[str], fn: Callable[[Any, str], None]) -> None:
    """Calls fn with each dict or message holding the last step of the path (through lists)."""
    if root is None:
        return
    if isinstance(root, (list, tuple)):
        for item in root:
            _each_holder(item, path, fn)
        return
    head, rest = path[0], path[1:]
    if not rest:
        fn(root, head)
        return
    if isinstance(root, Mapping):
        _each_holder(root.get(head), rest, fn)
    elif isinstance(root, Message):
        _each_holder(getattr(root, head), rest, fn)


def _encode_into(holder: Any, key: str, kind: str, ct_field: str | None) -> None:
    if not isinstance(holder, dict):
        return  # a message the caller built: its bytes are already set
    if key not in holder:
        return
    value = holder[key]
    if kind == "any" and isinstance(value, Message):
        return
    given = holder.get(ct_field) if ct_field else None
    data, content_type = encode_value(value, given or None)
    holder[key] = {"value": data} if kind == "any" else data
    if ct_field and not given:
        holder[ct_field] = content_type


def _set_default(root: dict, path: Sequence[str], value: Any) -> None:
    holder: Any = root
    for step in path[:-1]:
        if isinstance(holder, dict):
            if holder.get(step) is None:
                holder[step] = {}
            holder = holder[step]
        else:
            holder = getattr(holder, step)
    key = path[-1]
    if isinstance(holder, dict):
        if not holder.get(key):
            holder[key] = value
    elif not getattr(holder, key):
        setattr(holder, key, value)


def build_request(
    cls: type,
    fields: Mapping[str, Any],
    payloads: Sequence[tuple[tuple[str, ...], str, str | None]] = (),
    defaults: Sequence[tuple[tuple[str, ...], Any]] = (),
) -> Any:
    """The request message from the facade's arguments: nested dicts (or
    messages) by proto field name, unset arguments left out, the caller's data
    encoded and defaults filled in."""
    values = _clean(fields)
    for path, kind, ct_field in payloads:
        _each_holder(values, path, lambda holder, key: _encode_into(holder, key, kind, ct_field))
    for path, value in defaults:
        _set_default(values, path, value)
    try:
        return cls(**values)
    except (TypeError, ValueError) as e:
        raise PillionError(f"cannot build {cls.DESCRIPTOR.full_name}: {e}", grpc.StatusCode.INVALID_ARGUMENT) from e


# ---------------------------------------------------------------- responses

def _plain(value: Any) -> Any:
    """Repeated fields as lists and map fields as dicts; messages and scalars as they are."""
    if isinstance(value, (Message, Decoded, str, bytes)):
        return value
    if hasattr(value, "keys") and hasattr(value, "__getitem__"):
        return {k: value[k] for k in value.keys()}
    if hasattr(value, "__len__") and hasattr(value, "__getitem__"):
        return list(value)
    return value


def _decode_at(value: Any, path: Sequence[str], kind: str, as_: str, ct_field: str | None) -> Any:
    value = _plain(value)
    if isinstance(value, list):
        return [_decode_at(v, path, kind, as_, ct_field) for v in value]
    if isinstance(value, dict):
        return {k: _decode_at(v, path, kind, as_, ct_field) for k, v in value.items()}
    if value is None:
        return None
    head, rest = path[0], path[1:]
    if rest:
        return Decoded(value, {head: _decode_at(getattr(value, head), rest, kind, as_, ct_field)})
    raw = getattr(value, head)
    data = raw.value if kind == "any" else raw
    content_type = getattr(value, ct_field) if ct_field else None
    return Decoded(value, {as_: decode_value(data, content_type)})


def shape_response(
    response: Any,
    field: str | None,
    decodes: Sequence[tuple[tuple[str, ...], str, str, str | None]] = (),
) -> Any:
    """What a facade method returns: the response (or one of its fields, lists
    and maps as list and dict) with the decoded values beside the bytes."""
    if field is None:
        value = response
        for path, kind, as_, ct in decodes:
            value = _decode_at(value, path, kind, as_, ct)
        return value
    value = _plain(getattr(response, field))
    for path, kind, as_, ct in decodes:
        value = _decode_at(value, path[1:], kind, as_, ct) if len(path) > 1 else value
    return value


# ---------------------------------------------------------------- invokers

def _call_metadata(base: Sequence[tuple[str, str]], headers: Sequence[tuple[str, str]] | None) -> list[tuple[str, str]]:
    return [*base, *(headers or ())]


class Invoker:
    """Calls the stubs of a grpc.Channel; failures raise PillionError."""

    def __init__(self, channel: grpc.Channel, stubs: Mapping[str, type], headers: Sequence[tuple[str, str]] = ()) -> None:
        self._channel = channel
        self._stub_classes = stubs
        self._stubs: dict[str, Any] = {}
        self._headers = list(headers)

    def _method(self, service: str, rpc: str) -> Any:
        stub = self._stubs.get(service)
        if stub is None:
            stub = self._stubs[service] = self._stub_classes[service](self._channel)
        return getattr(stub, rpc)

    def unary(self, service: str, rpc: str, request: Any, timeout: float | None, headers: Sequence[tuple[str, str]] | None) -> Any:
        try:
            return self._method(service, rpc)(request, timeout=timeout, metadata=_call_metadata(self._headers, headers))
        except grpc.RpcError as e:
            raise PillionError.from_rpc_error(e) from None

    def stream(self, service: str, rpc: str, request: Any, timeout: float | None, headers: Sequence[tuple[str, str]] | None) -> Iterator[Any]:
        call = self._method(service, rpc)(request, timeout=timeout, metadata=_call_metadata(self._headers, headers))

        def responses() -> Iterator[Any]:
            try:
                yield from call
            except grpc.RpcError as e:
                if e.code() != grpc.StatusCode.CANCELLED:
                    raise PillionError.from_rpc_error(e) from None
            finally:
                call.cancel()

        return responses()


class AsyncInvoker:
    """Calls the stubs of a grpc.aio.Channel; failures raise PillionError."""

    def __init__(self, channel: grpc.aio.Channel, stubs: Mapping[str, type], headers: Sequence[tuple[str, str]] = ()) -> None:
        self._channel = channel
        self._stub_classes = stubs
        self._stubs: dict[str, Any] = {}
        self._headers = list(headers)

    def _method(self, service: str, rpc: str) -> Any:
        stub = self._stubs.get(service)
        if stub is None:
            stub = self._stubs[service] = self._stub_classes[service](self._channel)
        return getattr(stub, rpc)

    async def unary(self, service: str, rpc: str, request: Any, timeout: float | None, headers: Sequence[tuple[str, str]] | None) -> Any:
        try:
            return await self._method(service, rpc)(request, timeout=timeout, metadata=_call_metadata(self._headers, headers))
        except grpc.RpcError as e:
            raise PillionError.from_rpc_error(e) from None

    def stream(self, service: str, rpc: str, request: Any, timeout: float | None, headers: Sequence[tuple[str, str]] | None) -> AsyncIterator[Any]:
        call = self._method(service, rpc)(request, timeout=timeout, metadata=_call_metadata(self._headers, headers))

        async def responses() -> AsyncIterator[Any]:
            try:
                async for response in call:
                    yield response
            except grpc.RpcError as e:
                if e.code() != grpc.StatusCode.CANCELLED:
                    raise PillionError.from_rpc_error(e) from None
            finally:
                call.cancel()

        return responses()
