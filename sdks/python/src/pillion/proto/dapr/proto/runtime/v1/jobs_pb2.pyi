from pillion.proto.dapr.proto.common.v1 import common_pb2 as _common_pb2
from google.protobuf import any_pb2 as _any_pb2
from pillion.proto.pillion.api.v1 import rest_pb2 as _rest_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Job(_message.Message):
    __slots__ = ("name", "schedule", "repeats", "due_time", "ttl", "data", "failure_policy")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    REPEATS_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    FAILURE_POLICY_FIELD_NUMBER: _ClassVar[int]
    name: str
    schedule: str
    repeats: int
    due_time: str
    ttl: str
    data: _any_pb2.Any
    failure_policy: _common_pb2.JobFailurePolicy
    def __init__(self, name: _Optional[str] = ..., schedule: _Optional[str] = ..., repeats: _Optional[int] = ..., due_time: _Optional[str] = ..., ttl: _Optional[str] = ..., data: _Optional[_Union[_any_pb2.Any, _Mapping]] = ..., failure_policy: _Optional[_Union[_common_pb2.JobFailurePolicy, _Mapping]] = ...) -> None: ...

class ScheduleJobRequest(_message.Message):
    __slots__ = ("job", "overwrite")
    JOB_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    job: Job
    overwrite: bool
    def __init__(self, job: _Optional[_Union[Job, _Mapping]] = ..., overwrite: _Optional[bool] = ...) -> None: ...

class ScheduleJobResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetJobRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetJobResponse(_message.Message):
    __slots__ = ("job",)
    JOB_FIELD_NUMBER: _ClassVar[int]
    job: Job
    def __init__(self, job: _Optional[_Union[Job, _Mapping]] = ...) -> None: ...

class DeleteJobRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class DeleteJobResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteJobsByPrefixRequestAlpha1(_message.Message):
    __slots__ = ("name_prefix",)
    NAME_PREFIX_FIELD_NUMBER: _ClassVar[int]
    name_prefix: str
    def __init__(self, name_prefix: _Optional[str] = ...) -> None: ...

class DeleteJobsByPrefixResponseAlpha1(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteJobsByPrefixRequest(_message.Message):
    __slots__ = ("name_prefix",)
    NAME_PREFIX_FIELD_NUMBER: _ClassVar[int]
    name_prefix: str
    def __init__(self, name_prefix: _Optional[str] = ...) -> None: ...

class DeleteJobsByPrefixResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListJobsRequestAlpha1(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListJobsResponseAlpha1(_message.Message):
    __slots__ = ("jobs",)
    JOBS_FIELD_NUMBER: _ClassVar[int]
    jobs: _containers.RepeatedCompositeFieldContainer[Job]
    def __init__(self, jobs: _Optional[_Iterable[_Union[Job, _Mapping]]] = ...) -> None: ...

class ListJobsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListJobsResponse(_message.Message):
    __slots__ = ("jobs",)
    JOBS_FIELD_NUMBER: _ClassVar[int]
    jobs: _containers.RepeatedCompositeFieldContainer[Job]
    def __init__(self, jobs: _Optional[_Iterable[_Union[Job, _Mapping]]] = ...) -> None: ...
