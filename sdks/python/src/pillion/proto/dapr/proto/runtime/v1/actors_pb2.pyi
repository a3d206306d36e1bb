import datetime

from pillion.proto.dapr.proto.common.v1 import common_pb2 as _common_pb2
from google.protobuf import any_pb2 as _any_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from pillion.proto.pillion.api.v1 import rest_pb2 as _rest_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RegisterActorTimerRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id", "name", "due_time", "period", "callback", "data", "ttl")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    CALLBACK_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    name: str
    due_time: str
    period: str
    callback: str
    data: bytes
    ttl: str
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., name: _Optional[str] = ..., due_time: _Optional[str] = ..., period: _Optional[str] = ..., callback: _Optional[str] = ..., data: _Optional[bytes] = ..., ttl: _Optional[str] = ...) -> None: ...

class UnregisterActorTimerRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id", "name")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    name: str
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class RegisterActorReminderRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id", "name", "due_time", "period", "data", "ttl", "overwrite", "failure_policy")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_POLICY_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    name: str
    due_time: str
    period: str
    data: bytes
    ttl: str
    overwrite: bool
    failure_policy: _common_pb2.JobFailurePolicy
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., name: _Optional[str] = ..., due_time: _Optional[str] = ..., period: _Optional[str] = ..., data: _Optional[bytes] = ..., ttl: _Optional[str] = ..., overwrite: _Optional[bool] = ..., failure_policy: _Optional[_Union[_common_pb2.JobFailurePolicy, _Mapping]] = ...) -> None: ...

class UnregisterActorReminderRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id", "name")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    name: str
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class GetActorStateRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id", "key")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    key: str
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., key: _Optional[str] = ...) -> None: ...

class GetActorStateResponse(_message.Message):
    __slots__ = ("data", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    DATA_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, data: _Optional[bytes] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ExecuteActorStateTransactionRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id", "operations")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    operations: _containers.RepeatedCompositeFieldContainer[TransactionalActorStateOperation]
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., operations: _Optional[_Iterable[_Union[TransactionalActorStateOperation, _Mapping]]] = ...) -> None: ...

class TransactionalActorStateOperation(_message.Message):
    __slots__ = ("operationType", "key", "value", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    OPERATIONTYPE_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    operationType: str
    key: str
    value: _any_pb2.Any
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, operationType: _Optional[str] = ..., key: _Optional[str] = ..., value: _Optional[_Union[_any_pb2.Any, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class InvokeActorRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id", "method", "data", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    method: str
    data: bytes
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., method: _Optional[str] = ..., data: _Optional[bytes] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class InvokeActorResponse(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    def __init__(self, data: _Optional[bytes] = ...) -> None: ...

class GetActorReminderRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id", "name")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    name: str
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class GetActorReminderResponse(_message.Message):
    __slots__ = ("actor_type", "actor_id", "due_time", "period", "data", "ttl")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    due_time: str
    period: str
    data: _any_pb2.Any
    ttl: str
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., due_time: _Optional[str] = ..., period: _Optional[str] = ..., data: _Optional[_Union[_any_pb2.Any, _Mapping]] = ..., ttl: _Optional[str] = ...) -> None: ...

class ListActorRemindersRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ...) -> None: ...

class ListActorRemindersResponse(_message.Message):
    __slots__ = ("reminders",)
    REMINDERS_FIELD_NUMBER: _ClassVar[int]
    reminders: _containers.RepeatedCompositeFieldContainer[NamedActorReminder]
    def __init__(self, reminders: _Optional[_Iterable[_Union[NamedActorReminder, _Mapping]]] = ...) -> None: ...

class NamedActorReminder(_message.Message):
    __slots__ = ("name", "reminder")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REMINDER_FIELD_NUMBER: _ClassVar[int]
    name: str
    reminder: ActorReminder
    def __init__(self, name: _Optional[str] = ..., reminder: _Optional[_Union[ActorReminder, _Mapping]] = ...) -> None: ...

class ActorReminder(_message.Message):
    __slots__ = ("actor_type", "actor_id", "due_time", "period", "data", "ttl")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    due_time: str
    period: str
    data: _any_pb2.Any
    ttl: str
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., due_time: _Optional[str] = ..., period: _Optional[str] = ..., data: _Optional[_Union[_any_pb2.Any, _Mapping]] = ..., ttl: _Optional[str] = ...) -> None: ...

class UnregisterActorRemindersByTypeRequest(_message.Message):
    __slots__ = ("actor_type", "actor_id")
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    actor_type: str
    actor_id: str
    def __init__(self, actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ...) -> None: ...

class UnregisterActorRemindersByTypeResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SubscribeActorEventsRequestAlpha1(_message.Message):
    __slots__ = ("initial_request", "invoke_response", "reminder_response", "timer_response", "deactivate_response", "request_failed")
    INITIAL_REQUEST_FIELD_NUMBER: _ClassVar[int]
    INVOKE_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    REMINDER_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    TIMER_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    DEACTIVATE_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FAILED_FIELD_NUMBER: _ClassVar[int]
    initial_request: SubscribeActorEventsRequestInitialAlpha1
    invoke_response: SubscribeActorEventsRequestInvokeResponseAlpha1
    reminder_response: SubscribeActorEventsRequestReminderResponseAlpha1
    timer_response: SubscribeActorEventsRequestReminderResponseAlpha1
    deactivate_response: SubscribeActorEventsRequestDeactivateResponseAlpha1
    request_failed: SubscribeActorEventsRequestFailedAlpha1
    def __init__(self, initial_request: _Optional[_Union[SubscribeActorEventsRequestInitialAlpha1, _Mapping]] = ..., invoke_response: _Optional[_Union[SubscribeActorEventsRequestInvokeResponseAlpha1, _Mapping]] = ..., reminder_response: _Optional[_Union[SubscribeActorEventsRequestReminderResponseAlpha1, _Mapping]] = ..., timer_response: _Optional[_Union[SubscribeActorEventsRequestReminderResponseAlpha1, _Mapping]] = ..., deactivate_response: _Optional[_Union[SubscribeActorEventsRequestDeactivateResponseAlpha1, _Mapping]] = ..., request_failed: _Optional[_Union[SubscribeActorEventsRequestFailedAlpha1, _Mapping]] = ...) -> None: ...

class SubscribeActorEventsRequestInitialAlpha1(_message.Message):
    __slots__ = ("entities", "actor_idle_timeout", "drain_ongoing_call_timeout", "drain_rebalanced_actors", "reentrancy", "entities_config")
    ENTITIES_FIELD_NUMBER: _ClassVar[int]
    ACTOR_IDLE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    DRAIN_ONGOING_CALL_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    DRAIN_REBALANCED_ACTORS_FIELD_NUMBER: _ClassVar[int]
    REENTRANCY_FIELD_NUMBER: _ClassVar[int]
    ENTITIES_CONFIG_FIELD_NUMBER: _ClassVar[int]
    entities: _containers.RepeatedScalarFieldContainer[str]
    actor_idle_timeout: _duration_pb2.Duration
    drain_ongoing_call_timeout: _duration_pb2.Duration
    drain_rebalanced_actors: bool
    reentrancy: ActorReentrancyConfig
    entities_config: _containers.RepeatedCompositeFieldContainer[ActorEntityConfig]
    def __init__(self, entities: _Optional[_Iterable[str]] = ..., actor_idle_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., drain_ongoing_call_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., drain_rebalanced_actors: _Optional[bool] = ..., reentrancy: _Optional[_Union[ActorReentrancyConfig, _Mapping]] = ..., entities_config: _Optional[_Iterable[_Union[ActorEntityConfig, _Mapping]]] = ...) -> None: ...

class SubscribeActorEventsRequestInvokeResponseAlpha1(_message.Message):
    __slots__ = ("id", "data", "metadata", "error")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    id: str
    data: bytes
    metadata: _containers.ScalarMap[str, str]
    error: bool
    def __init__(self, id: _Optional[str] = ..., data: _Optional[bytes] = ..., metadata: _Optional[_Mapping[str, str]] = ..., error: _Optional[bool] = ...) -> None: ...

class SubscribeActorEventsRequestReminderResponseAlpha1(_message.Message):
    __slots__ = ("id", "cancel")
    ID_FIELD_NUMBER: _ClassVar[int]
    CANCEL_FIELD_NUMBER: _ClassVar[int]
    id: str
    cancel: bool
    def __init__(self, id: _Optional[str] = ..., cancel: _Optional[bool] = ...) -> None: ...

class SubscribeActorEventsRequestDeactivateResponseAlpha1(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class SubscribeActorEventsRequestFailedAlpha1(_message.Message):
    __slots__ = ("id", "code", "message")
    ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    id: str
    code: int
    message: str
    def __init__(self, id: _Optional[str] = ..., code: _Optional[int] = ..., message: _Optional[str] = ...) -> None: ...

class SubscribeActorEventsResponseAlpha1(_message.Message):
    __slots__ = ("initial_response", "invoke_request", "reminder_request", "timer_request", "deactivate_request")
    INITIAL_RESPONSE_FIELD_NUMBER: _ClassVar[int]
    INVOKE_REQUEST_FIELD_NUMBER: _ClassVar[int]
    REMINDER_REQUEST_FIELD_NUMBER: _ClassVar[int]
    TIMER_REQUEST_FIELD_NUMBER: _ClassVar[int]
    DEACTIVATE_REQUEST_FIELD_NUMBER: _ClassVar[int]
    initial_response: SubscribeActorEventsResponseInitialAlpha1
    invoke_request: SubscribeActorEventsResponseInvokeRequestAlpha1
    reminder_request: SubscribeActorEventsResponseReminderRequestAlpha1
    timer_request: SubscribeActorEventsResponseTimerRequestAlpha1
    deactivate_request: SubscribeActorEventsResponseDeactivateRequestAlpha1
    def __init__(self, initial_response: _Optional[_Union[SubscribeActorEventsResponseInitialAlpha1, _Mapping]] = ..., invoke_request: _Optional[_Union[SubscribeActorEventsResponseInvokeRequestAlpha1, _Mapping]] = ..., reminder_request: _Optional[_Union[SubscribeActorEventsResponseReminderRequestAlpha1, _Mapping]] = ..., timer_request: _Optional[_Union[SubscribeActorEventsResponseTimerRequestAlpha1, _Mapping]] = ..., deactivate_request: _Optional[_Union[SubscribeActorEventsResponseDeactivateRequestAlpha1, _Mapping]] = ...) -> None: ...

class SubscribeActorEventsResponseInitialAlpha1(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SubscribeActorEventsResponseInvokeRequestAlpha1(_message.Message):
    __slots__ = ("id", "actor_type", "actor_id", "method", "data", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    id: str
    actor_type: str
    actor_id: str
    method: str
    data: bytes
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, id: _Optional[str] = ..., actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., method: _Optional[str] = ..., data: _Optional[bytes] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class SubscribeActorEventsResponseReminderRequestAlpha1(_message.Message):
    __slots__ = ("id", "actor_type", "actor_id", "name", "due_time", "period", "data")
    ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    id: str
    actor_type: str
    actor_id: str
    name: str
    due_time: str
    period: str
    data: _any_pb2.Any
    def __init__(self, id: _Optional[str] = ..., actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., name: _Optional[str] = ..., due_time: _Optional[str] = ..., period: _Optional[str] = ..., data: _Optional[_Union[_any_pb2.Any, _Mapping]] = ...) -> None: ...

class SubscribeActorEventsResponseTimerRequestAlpha1(_message.Message):
    __slots__ = ("id", "actor_type", "actor_id", "name", "due_time", "period", "callback", "data")
    ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    CALLBACK_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    id: str
    actor_type: str
    actor_id: str
    name: str
    due_time: str
    period: str
    callback: str
    data: _any_pb2.Any
    def __init__(self, id: _Optional[str] = ..., actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ..., name: _Optional[str] = ..., due_time: _Optional[str] = ..., period: _Optional[str] = ..., callback: _Optional[str] = ..., data: _Optional[_Union[_any_pb2.Any, _Mapping]] = ...) -> None: ...

class SubscribeActorEventsResponseDeactivateRequestAlpha1(_message.Message):
    __slots__ = ("id", "actor_type", "actor_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    actor_type: str
    actor_id: str
    def __init__(self, id: _Optional[str] = ..., actor_type: _Optional[str] = ..., actor_id: _Optional[str] = ...) -> None: ...

class ActorEntityConfig(_message.Message):
    __slots__ = ("entities", "actor_idle_timeout", "drain_ongoing_call_timeout", "drain_rebalanced_actors", "reentrancy")
    ENTITIES_FIELD_NUMBER: _ClassVar[int]
    ACTOR_IDLE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    DRAIN_ONGOING_CALL_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    DRAIN_REBALANCED_ACTORS_FIELD_NUMBER: _ClassVar[int]
    REENTRANCY_FIELD_NUMBER: _ClassVar[int]
    entities: _containers.RepeatedScalarFieldContainer[str]
    actor_idle_timeout: _duration_pb2.Duration
    drain_ongoing_call_timeout: _duration_pb2.Duration
    drain_rebalanced_actors: bool
    reentrancy: ActorReentrancyConfig
    def __init__(self, entities: _Optional[_Iterable[str]] = ..., actor_idle_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., drain_ongoing_call_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., drain_rebalanced_actors: _Optional[bool] = ..., reentrancy: _Optional[_Union[ActorReentrancyConfig, _Mapping]] = ...) -> None: ...

class ActorReentrancyConfig(_message.Message):
    __slots__ = ("enabled", "max_stack_depth")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    MAX_STACK_DEPTH_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    max_stack_depth: int
    def __init__(self, enabled: _Optional[bool] = ..., max_stack_depth: _Optional[int] = ...) -> None: ...
