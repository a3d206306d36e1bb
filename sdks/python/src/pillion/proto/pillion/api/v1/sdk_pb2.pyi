from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor
SDK_FIELD_NUMBER: _ClassVar[int]
sdk: _descriptor.FieldDescriptor
SDK_GROUP_FIELD_NUMBER: _ClassVar[int]
sdk_group: _descriptor.FieldDescriptor

class SdkGroup(_message.Message):
    __slots__ = ("name", "doc")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DOC_FIELD_NUMBER: _ClassVar[int]
    name: str
    doc: str
    def __init__(self, name: _Optional[str] = ..., doc: _Optional[str] = ...) -> None: ...

class SdkMethod(_message.Message):
    __slots__ = ("group", "name", "params", "returns", "payload", "decode", "defaults", "doc")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    RETURNS_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    DECODE_FIELD_NUMBER: _ClassVar[int]
    DEFAULTS_FIELD_NUMBER: _ClassVar[int]
    DOC_FIELD_NUMBER: _ClassVar[int]
    group: str
    name: str
    params: _containers.RepeatedScalarFieldContainer[str]
    returns: str
    payload: _containers.RepeatedCompositeFieldContainer[Payload]
    decode: _containers.RepeatedCompositeFieldContainer[Decode]
    defaults: _containers.RepeatedCompositeFieldContainer[FieldDefault]
    doc: str
    def __init__(self, group: _Optional[str] = ..., name: _Optional[str] = ..., params: _Optional[_Iterable[str]] = ..., returns: _Optional[str] = ..., payload: _Optional[_Iterable[_Union[Payload, _Mapping]]] = ..., decode: _Optional[_Iterable[_Union[Decode, _Mapping]]] = ..., defaults: _Optional[_Iterable[_Union[FieldDefault, _Mapping]]] = ..., doc: _Optional[str] = ...) -> None: ...

class Payload(_message.Message):
    __slots__ = ("field", "content_type")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    field: str
    content_type: str
    def __init__(self, field: _Optional[str] = ..., content_type: _Optional[str] = ...) -> None: ...

class Decode(_message.Message):
    __slots__ = ("field", "content_type")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    AS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    field: str
    content_type: str
    def __init__(self, field: _Optional[str] = ..., content_type: _Optional[str] = ..., **kwargs) -> None: ...

class FieldDefault(_message.Message):
    __slots__ = ("field", "value")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    field: str
    value: str
    def __init__(self, field: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
