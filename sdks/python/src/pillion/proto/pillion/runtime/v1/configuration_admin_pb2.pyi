from pillion.proto.dapr.proto.common.v1 import common_pb2 as _common_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SetConfigurationRequest(_message.Message):
    __slots__ = ("store_name", "items", "delete_keys")
    class ItemsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _common_pb2.ConfigurationItem
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_common_pb2.ConfigurationItem, _Mapping]] = ...) -> None: ...
    STORE_NAME_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    DELETE_KEYS_FIELD_NUMBER: _ClassVar[int]
    store_name: str
    items: _containers.MessageMap[str, _common_pb2.ConfigurationItem]
    delete_keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, store_name: _Optional[str] = ..., items: _Optional[_Mapping[str, _common_pb2.ConfigurationItem]] = ..., delete_keys: _Optional[_Iterable[str]] = ...) -> None: ...

class SetConfigurationResponse(_message.Message):
    __slots__ = ("items",)
    class ItemsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _common_pb2.ConfigurationItem
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_common_pb2.ConfigurationItem, _Mapping]] = ...) -> None: ...
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    items: _containers.MessageMap[str, _common_pb2.ConfigurationItem]
    def __init__(self, items: _Optional[_Mapping[str, _common_pb2.ConfigurationItem]] = ...) -> None: ...
