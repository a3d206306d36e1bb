from google.api import annotations_pb2 as _annotations_pb2
from pillion.proto.pillion.api.v1 import rest_pb2 as _rest_pb2
from pillion.proto.pillion.api.v1 import sdk_pb2 as _sdk_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class HealthzRequest(_message.Message):
    __slots__ = ("appid",)
    APPID_FIELD_NUMBER: _ClassVar[int]
    appid: str
    def __init__(self, appid: _Optional[str] = ...) -> None: ...

class HealthzResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HealthzOutboundRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HealthzOutboundResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
