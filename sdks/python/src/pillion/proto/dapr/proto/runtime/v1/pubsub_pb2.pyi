from pillion.proto.dapr.proto.runtime.v1 import appcallback_pb2 as _appcallback_pb2
from pillion.proto.pillion.api.v1 import rest_pb2 as _rest_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PublishEventRequest(_message.Message):
    __slots__ = ("pubsub_name", "topic", "data", "data_content_type", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    PUBSUB_NAME_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    DATA_CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    pubsub_name: str
    topic: str
    data: bytes
    data_content_type: str
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, pubsub_name: _Optional[str] = ..., topic: _Optional[str] = ..., data: _Optional[bytes] = ..., data_content_type: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class BulkPublishRequest(_message.Message):
    __slots__ = ("pubsub_name", "topic", "entries", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    PUBSUB_NAME_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    pubsub_name: str
    topic: str
    entries: _containers.RepeatedCompositeFieldContainer[BulkPublishRequestEntry]
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, pubsub_name: _Optional[str] = ..., topic: _Optional[str] = ..., entries: _Optional[_Iterable[_Union[BulkPublishRequestEntry, _Mapping]]] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class BulkPublishRequestEntry(_message.Message):
    __slots__ = ("entry_id", "event", "content_type", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ENTRY_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    entry_id: str
    event: bytes
    content_type: str
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, entry_id: _Optional[str] = ..., event: _Optional[bytes] = ..., content_type: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class BulkPublishResponse(_message.Message):
    __slots__ = ("failedEntries",)
    FAILEDENTRIES_FIELD_NUMBER: _ClassVar[int]
    failedEntries: _containers.RepeatedCompositeFieldContainer[BulkPublishResponseFailedEntry]
    def __init__(self, failedEntries: _Optional[_Iterable[_Union[BulkPublishResponseFailedEntry, _Mapping]]] = ...) -> None: ...

class BulkPublishResponseFailedEntry(_message.Message):
    __slots__ = ("entry_id", "error")
    ENTRY_ID_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    entry_id: str
    error: str
    def __init__(self, entry_id: _Optional[str] = ..., error: _Optional[str] = ...) -> None: ...

class SubscribeTopicEventsRequestAlpha1(_message.Message):
    __slots__ = ("initial_request", "event_processed")
    INITIAL_REQUEST_FIELD_NUMBER: _ClassVar[int]
    EVENT_PROCESSED_FIELD_NUMBER: _ClassVar[int]
    initial_request: SubscribeTopicEventsRequestInitialAlpha1
    event_processed: SubscribeTopicEventsRequestProcessedAlpha1
    def __init__(self, initial_request: _Optional[_Union[SubscribeTopicEventsRequestInitialAlpha1, _Mapping]] = ..., event_processed: _Optional[_Union[SubscribeTopicEventsRequestProcessedAlpha1, _Mapping]] = ...) -> None: ...

class SubscribeTopicEventsRequestInitialAlpha1(_message.Message):
    __slots__ = ("pubsub_name", "topic", "metadata", "dead_letter_topic")
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
    DEAD_LETTER_TOPIC_FIELD_NUMBER: _ClassVar[int]
    pubsub_name: str
    topic: str
    metadata: _containers.ScalarMap[str, str]
    dead_letter_topic: str
    def __init__(self, pubsub_name: _Optional[str] = ..., topic: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., dead_letter_topic: _Optional[str] = ...) -> None: ...

class SubscribeTopicEventsRequestProcessedAlpha1(_message.Message):
    __slots__ = ("id", "status")
    ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    id: str
    status: _appcallback_pb2.TopicEventResponse
    def __init__(self, id: _Optional[str] = ..., status: _Optional[_Union[_appcallback_pb2.TopicEventResponse, _Mapping]] = ...) -> None: ...

class SubscribeTopicEventsResponseAlpha1(_message.Message):
    __slots__ = ("initial_response", "event_message")
    INITIAL_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    EVENT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    initial_response: SubscribeTopicEventsResponseInitialAlpha1
    event_message: _appcallback_pb2.TopicEventRequest
    def __init__(self, initial_response: _Optional[_Union[SubscribeTopicEventsResponseInitialAlpha1, _Mapping]] = ..., event_message: _Optional[_Union[_appcallback_pb2.TopicEventRequest, _Mapping]] = ...) -> None: ...

class SubscribeTopicEventsResponseInitialAlpha1(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
