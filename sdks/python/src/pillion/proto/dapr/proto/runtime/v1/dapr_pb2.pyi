from pillion.proto.dapr.proto.common.v1 import common_pb2 as _common_pb2
from pillion.proto.dapr.proto.runtime.v1 import actors_pb2 as _actors_pb2
from pillion.proto.dapr.proto.runtime.v1 import ai_pb2 as _ai_pb2
from pillion.proto.dapr.proto.runtime.v1 import binding_pb2 as _binding_pb2
from pillion.proto.dapr.proto.runtime.v1 import configuration_pb2 as _configuration_pb2
from pillion.proto.dapr.proto.runtime.v1 import crypto_pb2 as _crypto_pb2
from pillion.proto.dapr.proto.runtime.v1 import invoke_pb2 as _invoke_pb2
from pillion.proto.dapr.proto.runtime.v1 import jobs_pb2 as _jobs_pb2
from pillion.proto.dapr.proto.runtime.v1 import lock_pb2 as _lock_pb2
from pillion.proto.dapr.proto.runtime.v1 import metadata_pb2 as _metadata_pb2
from pillion.proto.dapr.proto.runtime.v1 import pubsub_pb2 as _pubsub_pb2
from pillion.proto.dapr.proto.runtime.v1 import secret_pb2 as _secret_pb2
from pillion.proto.dapr.proto.runtime.v1 import state_pb2 as _state_pb2
from pillion.proto.dapr.proto.runtime.v1 import workflow_pb2 as _workflow_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from pillion.proto.pillion.api.v1 import rest_pb2 as _rest_pb2
from pillion.proto.pillion.api.v1 import sdk_pb2 as _sdk_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class ShutdownRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
