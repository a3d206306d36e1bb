from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Handler(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HANDLER_UNSPECIFIED: _ClassVar[Handler]
    HANDLER_INVOKE_PROXY: _ClassVar[Handler]
    HANDLER_ACTOR_PROXY: _ClassVar[Handler]
    HANDLER_CONFIGURATION_SUBSCRIBE: _ClassVar[Handler]
    HANDLER_PUBSUB_BULK_PUBLISH: _ClassVar[Handler]
HANDLER_UNSPECIFIED: Handler
HANDLER_INVOKE_PROXY: Handler
HANDLER_ACTOR_PROXY: Handler
HANDLER_CONFIGURATION_SUBSCRIBE: Handler
HANDLER_PUBSUB_BULK_PUBLISH: Handler
REST_FIELD_NUMBER: _ClassVar[int]
rest: _descriptor.FieldDescriptor
REST_FIELD_FIELD_NUMBER: _ClassVar[int]
rest_field: _descriptor.FieldDescriptor
REST_VALUE_FIELD_NUMBER: _ClassVar[int]
rest_value: _descriptor.FieldDescriptor
APP_ROUTE_FIELD_NUMBER: _ClassVar[int]
app_route: _descriptor.FieldDescriptor

class RestRule(_message.Message):
    __slots__ = ("handler", "grpc_only", "raw_body", "content_type_field", "request_headers", "metadata_query", "raw_response", "response_content_type", "response_headers", "response_metadata_headers", "success_status", "no_content_when_empty", "default_content_type")
    HANDLER_FIELD_NUMBER: _ClassVar[int]
    GRPC_ONLY_FIELD_NUMBER: _ClassVar[int]
    RAW_BODY_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_FIELD_NUMBER: _ClassVar[int]
    REQUEST_HEADERS_FIELD_NUMBER: _ClassVar[int]
    METADATA_QUERY_FIELD_NUMBER: _ClassVar[int]
    RAW_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_HEADERS_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_METADATA_HEADERS_FIELD_NUMBER: _ClassVar[int]
    SUCCESS_STATUS_FIELD_NUMBER: _ClassVar[int]
    NO_CONTENT_WHEN_EMPTY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    handler: Handler
    grpc_only: str
    raw_body: str
    content_type_field: str
    request_headers: _containers.RepeatedCompositeFieldContainer[HeaderBinding]
    metadata_query: str
    raw_response: str
    response_content_type: str
    response_headers: _containers.RepeatedCompositeFieldContainer[HeaderBinding]
    response_metadata_headers: str
    success_status: int
    no_content_when_empty: str
    default_content_type: str
    def __init__(self, handler: _Optional[_Union[Handler, str]] = ..., grpc_only: _Optional[str] = ..., raw_body: _Optional[str] = ..., content_type_field: _Optional[str] = ..., request_headers: _Optional[_Iterable[_Union[HeaderBinding, _Mapping]]] = ..., metadata_query: _Optional[str] = ..., raw_response: _Optional[str] = ..., response_content_type: _Optional[str] = ..., response_headers: _Optional[_Iterable[_Union[HeaderBinding, _Mapping]]] = ..., response_metadata_headers: _Optional[str] = ..., success_status: _Optional[int] = ..., no_content_when_empty: _Optional[str] = ..., default_content_type: _Optional[str] = ...) -> None: ...

class HeaderBinding(_message.Message):
    __slots__ = ("header", "field")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    header: str
    field: str
    def __init__(self, header: _Optional[str] = ..., field: _Optional[str] = ...) -> None: ...

class RestField(_message.Message):
    __slots__ = ("name", "raw_json", "unwrap", "omit", "emit_unpopulated", "enum_number", "inline", "value_as_any")
    NAME_FIELD_NUMBER: _ClassVar[int]
    RAW_JSON_FIELD_NUMBER: _ClassVar[int]
    UNWRAP_FIELD_NUMBER: _ClassVar[int]
    OMIT_FIELD_NUMBER: _ClassVar[int]
    EMIT_UNPOPULATED_FIELD_NUMBER: _ClassVar[int]
    ENUM_NUMBER_FIELD_NUMBER: _ClassVar[int]
    INLINE_FIELD_NUMBER: _ClassVar[int]
    VALUE_AS_ANY_FIELD_NUMBER: _ClassVar[int]
    name: str
    raw_json: bool
    unwrap: bool
    omit: bool
    emit_unpopulated: bool
    enum_number: bool
    inline: bool
    value_as_any: bool
    def __init__(self, name: _Optional[str] = ..., raw_json: _Optional[bool] = ..., unwrap: _Optional[bool] = ..., omit: _Optional[bool] = ..., emit_unpopulated: _Optional[bool] = ..., enum_number: _Optional[bool] = ..., inline: _Optional[bool] = ..., value_as_any: _Optional[bool] = ...) -> None: ...

class AppRoute(_message.Message):
    __slots__ = ("app_id", "method_prefix")
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    METHOD_PREFIX_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    method_prefix: str
    def __init__(self, app_id: _Optional[str] = ..., method_prefix: _Optional[str] = ...) -> None: ...
