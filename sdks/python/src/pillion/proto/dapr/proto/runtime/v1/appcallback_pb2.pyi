from pillion.proto.dapr.proto.common.v1 import common_pb2 as _common_pb2
from google.protobuf import any_pb2 as _any_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from pillion.proto.pillion.api.v1 import rest_pb2 as _rest_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class JobEventRequest(_message.Message):
    __slots__ = ("name", "data", "method", "content_type", "http_extension")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    HTTP_EXTENSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    data: _any_pb2.Any
    method: str
    content_type: str
    http_extension: _common_pb2.HTTPExtension
    def __init__(self, name: _Optional[str] = ..., data: _Optional[_Union[_any_pb2.Any, _Mapping]] = ..., method: _Optional[str] = ..., content_type: _Optional[str] = ..., http_extension: _Optional[_Union[_common_pb2.HTTPExtension, _Mapping]] = ...) -> None: ...

class JobEventResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TopicEventRequest(_message.Message):
    __slots__ = ("id", "source", "type", "spec_version", "data_content_type", "data", "topic", "pubsub_name", "path", "extensions")
    ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SPEC_VERSION_FIELD_NUMBER: _ClassVar[int]
    DATA_CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PUBSUB_NAME_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    EXTENSIONS_FIELD_NUMBER: _ClassVar[int]
    id: str
    source: str
    type: str
    spec_version: str
    data_content_type: str
    data: bytes
    topic: str
    pubsub_name: str
    path: str
    extensions: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., source: _Optional[str] = ..., type: _Optional[str] = ..., spec_version: _Optional[str] = ..., data_content_type: _Optional[str] = ..., data: _Optional[bytes] = ..., topic: _Optional[str] = ..., pubsub_name: _Optional[str] = ..., path: _Optional[str] = ..., extensions: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class TopicEventResponse(_message.Message):
    __slots__ = ("status",)
    class TopicEventResponseStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[TopicEventResponse.TopicEventResponseStatus]
        RETRY: _ClassVar[TopicEventResponse.TopicEventResponseStatus]
        DROP: _ClassVar[TopicEventResponse.TopicEventResponseStatus]
    SUCCESS: TopicEventResponse.TopicEventResponseStatus
    RETRY: TopicEventResponse.TopicEventResponseStatus
    DROP: TopicEventResponse.TopicEventResponseStatus
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: TopicEventResponse.TopicEventResponseStatus
    def __init__(self, status: _Optional[_Union[TopicEventResponse.TopicEventResponseStatus, str]] = ...) -> None: ...

class TopicEventCERequest(_message.Message):
    __slots__ = ("id", "source", "type", "spec_version", "data_content_type", "data", "extensions")
    ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SPEC_VERSION_FIELD_NUMBER: _ClassVar[int]
    DATA_CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    EXTENSIONS_FIELD_NUMBER: _ClassVar[int]
    id: str
    source: str
    type: str
    spec_version: str
    data_content_type: str
    data: bytes
    extensions: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., source: _Optional[str] = ..., type: _Optional[str] = ..., spec_version: _Optional[str] = ..., data_content_type: _Optional[str] = ..., data: _Optional[bytes] = ..., extensions: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class TopicEventBulkRequestEntry(_message.Message):
    __slots__ = ("entry_id", "bytes", "cloud_event", "content_type", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ENTRY_ID_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    CLOUD_EVENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    entry_id: str
    bytes: bytes
    cloud_event: TopicEventCERequest
    content_type: str
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, entry_id: _Optional[str] = ..., bytes: _Optional[bytes] = ..., cloud_event: _Optional[_Union[TopicEventCERequest, _Mapping]] = ..., content_type: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class TopicEventBulkRequest(_message.Message):
    __slots__ = ("id", "entries", "metadata", "topic", "pubsub_name", "type", "path")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PUBSUB_NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    id: str
    entries: _containers.RepeatedCompositeFieldContainer[TopicEventBulkRequestEntry]
    metadata: _containers.ScalarMap[str, str]
    topic: str
    pubsub_name: str
    type: str
    path: str
    def __init__(self, id: _Optional[str] = ..., entries: _Optional[_Iterable[_Union[TopicEventBulkRequestEntry, _Mapping]]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., topic: _Optional[str] = ..., pubsub_name: _Optional[str] = ..., type: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class TopicEventBulkResponseEntry(_message.Message):
    __slots__ = ("entry_id", "status")
    ENTRY_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    entry_id: str
    status: TopicEventResponse.TopicEventResponseStatus
    def __init__(self, entry_id: _Optional[str] = ..., status: _Optional[_Union[TopicEventResponse.TopicEventResponseStatus, str]] = ...) -> None: ...

class TopicEventBulkResponse(_message.Message):
    __slots__ = ("statuses",)
    STATUSES_FIELD_NUMBER: _ClassVar[int]
    statuses: _containers.RepeatedCompositeFieldContainer[TopicEventBulkResponseEntry]
    def __init__(self, statuses: _Optional[_Iterable[_Union[TopicEventBulkResponseEntry, _Mapping]]] = ...) -> None: ...

class BindingEventRequest(_message.Message):
    __slots__ = ("name", "data", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    name: str
    data: bytes
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, name: _Optional[str] = ..., data: _Optional[bytes] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class BindingEventResponse(_message.Message):
    __slots__ = ("store_name", "states", "to", "data", "concurrency")
    class BindingEventConcurrency(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SEQUENTIAL: _ClassVar[BindingEventResponse.BindingEventConcurrency]
        PARALLEL: _ClassVar[BindingEventResponse.BindingEventConcurrency]
    SEQUENTIAL: BindingEventResponse.BindingEventConcurrency
    PARALLEL: BindingEventResponse.BindingEventConcurrency
    STORE_NAME_FIELD_NUMBER: _ClassVar[int]
    STATES_FIELD_NUMBER: _ClassVar[int]
    TO_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    CONCURRENCY_FIELD_NUMBER: _ClassVar[int]
    store_name: str
    states: _containers.RepeatedCompositeFieldContainer[_common_pb2.StateItem]
    to: _containers.RepeatedScalarFieldContainer[str]
    data: bytes
    concurrency: BindingEventResponse.BindingEventConcurrency
    def __init__(self, store_name: _Optional[str] = ..., states: _Optional[_Iterable[_Union[_common_pb2.StateItem, _Mapping]]] = ..., to: _Optional[_Iterable[str]] = ..., data: _Optional[bytes] = ..., concurrency: _Optional[_Union[BindingEventResponse.BindingEventConcurrency, str]] = ...) -> None: ...

class ListTopicSubscriptionsResponse(_message.Message):
    __slots__ = ("subscriptions",)
    SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    subscriptions: _containers.RepeatedCompositeFieldContainer[TopicSubscription]
    def __init__(self, subscriptions: _Optional[_Iterable[_Union[TopicSubscription, _Mapping]]] = ...) -> None: ...

class TopicSubscription(_message.Message):
    __slots__ = ("pubsub_name", "topic", "metadata", "routes", "dead_letter_topic", "bulk_subscribe")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    PUBSUB_NAME_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    ROUTES_FIELD_NUMBER: _ClassVar[int]
    DEAD_LETTER_TOPIC_FIELD_NUMBER: _ClassVar[int]
    BULK_SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    pubsub_name: str
    topic: str
    metadata: _containers.ScalarMap[str, str]
    routes: TopicRoutes
    dead_letter_topic: str
    bulk_subscribe: BulkSubscribeConfig
    def __init__(self, pubsub_name: _Optional[str] = ..., topic: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., routes: _Optional[_Union[TopicRoutes, _Mapping]] = ..., dead_letter_topic: _Optional[str] = ..., bulk_subscribe: _Optional[_Union[BulkSubscribeConfig, _Mapping]] = ...) -> None: ...

class TopicRoutes(_message.Message):
    __slots__ = ("rules", "default")
    RULES_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_FIELD_NUMBER: _ClassVar[int]
    rules: _containers.RepeatedCompositeFieldContainer[TopicRule]
    default: str
    def __init__(self, rules: _Optional[_Iterable[_Union[TopicRule, _Mapping]]] = ..., default: _Optional[str] = ...) -> None: ...

class TopicRule(_message.Message):
    __slots__ = ("match", "path")
    MATCH_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    match: str
    path: str
    def __init__(self, match: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class BulkSubscribeConfig(_message.Message):
    __slots__ = ("enabled", "max_messages_count", "max_await_duration_ms")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    MAX_MESSAGES_COUNT_FIELD_NUMBER: _ClassVar[int]
    MAX_AWAIT_DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    max_messages_count: int
    max_await_duration_ms: int
    def __init__(self, enabled: _Optional[bool] = ..., max_messages_count: _Optional[int] = ..., max_await_duration_ms: _Optional[int] = ...) -> None: ...

class ListInputBindingsResponse(_message.Message):
    __slots__ = ("bindings",)
    BINDINGS_FIELD_NUMBER: _ClassVar[int]
    bindings: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, bindings: _Optional[_Iterable[str]] = ...) -> None: ...

class HealthCheckResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
