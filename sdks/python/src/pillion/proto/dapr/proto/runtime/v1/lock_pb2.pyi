from pillion.proto.pillion.api.v1 import rest_pb2 as _rest_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TryLockRequest(_message.Message):
    __slots__ = ("store_name", "resource_id", "lock_owner", "expiry_in_seconds")
    STORE_NAME_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    LOCK_OWNER_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_IN_SECONDS_FIELD_NUMBER: _ClassVar[int]
    store_name: str
    resource_id: str
    lock_owner: str
    expiry_in_seconds: int
    def __init__(self, store_name: _Optional[str] = ..., resource_id: _Optional[str] = ..., lock_owner: _Optional[str] = ..., expiry_in_seconds: _Optional[int] = ...) -> None: ...

class TryLockResponse(_message.Message):
    __slots__ = ("success",)
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    success: bool
    def __init__(self, success: _Optional[bool] = ...) -> None: ...

class UnlockRequest(_message.Message):
    __slots__ = ("store_name", "resource_id", "lock_owner")
    STORE_NAME_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    LOCK_OWNER_FIELD_NUMBER: _ClassVar[int]
    store_name: str
    resource_id: str
    lock_owner: str
    def __init__(self, store_name: _Optional[str] = ..., resource_id: _Optional[str] = ..., lock_owner: _Optional[str] = ...) -> None: ...

class UnlockResponse(_message.Message):
    __slots__ = ("status",)
    class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[UnlockResponse.Status]
        LOCK_DOES_NOT_EXIST: _ClassVar[UnlockResponse.Status]
        LOCK_BELONGS_TO_OTHERS: _ClassVar[UnlockResponse.Status]
        INTERNAL_ERROR: _ClassVar[UnlockResponse.Status]
    SUCCESS: UnlockResponse.Status
    LOCK_DOES_NOT_EXIST: UnlockResponse.Status
    LOCK_BELONGS_TO_OTHERS: UnlockResponse.Status
    INTERNAL_ERROR: UnlockResponse.Status
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: UnlockResponse.Status
    def __init__(self, status: _Optional[_Union[UnlockResponse.Status, str]] = ...) -> None: ...
