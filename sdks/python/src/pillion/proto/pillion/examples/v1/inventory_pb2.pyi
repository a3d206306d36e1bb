from google.api import annotations_pb2 as _annotations_pb2
from pillion.proto.pillion.api.v1 import rest_pb2 as _rest_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetItemRequest(_message.Message):
    __slots__ = ("sku",)
    SKU_FIELD_NUMBER: _ClassVar[int]
    sku: str
    def __init__(self, sku: _Optional[str] = ...) -> None: ...

class GetItemResponse(_message.Message):
    __slots__ = ("item",)
    ITEM_FIELD_NUMBER: _ClassVar[int]
    item: Item
    def __init__(self, item: _Optional[_Union[Item, _Mapping]] = ...) -> None: ...

class Item(_message.Message):
    __slots__ = ("sku", "title", "available", "labels")
    class LabelsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    SKU_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    sku: str
    title: str
    available: int
    labels: _containers.ScalarMap[str, str]
    def __init__(self, sku: _Optional[str] = ..., title: _Optional[str] = ..., available: _Optional[int] = ..., labels: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ReserveItemRequest(_message.Message):
    __slots__ = ("sku", "quantity", "customer_id")
    SKU_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    sku: str
    quantity: int
    customer_id: str
    def __init__(self, sku: _Optional[str] = ..., quantity: _Optional[int] = ..., customer_id: _Optional[str] = ...) -> None: ...

class ReserveItemResponse(_message.Message):
    __slots__ = ("reservation_id", "remaining")
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    REMAINING_FIELD_NUMBER: _ClassVar[int]
    reservation_id: str
    remaining: int
    def __init__(self, reservation_id: _Optional[str] = ..., remaining: _Optional[int] = ...) -> None: ...
