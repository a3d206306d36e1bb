import datetime

from google.protobuf import any_pb2 as _any_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ConversationRequest(_message.Message):
    __slots__ = ("name", "contextID", "inputs", "parameters", "metadata", "scrubPII", "temperature")
    class ParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _any_pb2.Any
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_any_pb2.Any, _Mapping]] = ...) -> None: ...
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTEXTID_FIELD_NUMBER: _ClassVar[int]
    INPUTS_FIELD_NUMBER: _ClassVar[int]
    PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SCRUBPII_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    name: str
    contextID: str
    inputs: _containers.RepeatedCompositeFieldContainer[ConversationInput]
    parameters: _containers.MessageMap[str, _any_pb2.Any]
    metadata: _containers.ScalarMap[str, str]
    scrubPII: bool
    temperature: float
    def __init__(self, name: _Optional[str] = ..., contextID: _Optional[str] = ..., inputs: _Optional[_Iterable[_Union[ConversationInput, _Mapping]]] = ..., parameters: _Optional[_Mapping[str, _any_pb2.Any]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., scrubPII: _Optional[bool] = ..., temperature: _Optional[float] = ...) -> None: ...

class ConversationRequestAlpha2(_message.Message):
    __slots__ = ("name", "context_id", "inputs", "parameters", "metadata", "scrub_pii", "temperature", "tools", "tool_choice", "response_format", "prompt_cache_retention")
    class ParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _any_pb2.Any
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_any_pb2.Any, _Mapping]] = ...) -> None: ...
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_ID_FIELD_NUMBER: _ClassVar[int]
    INPUTS_FIELD_NUMBER: _ClassVar[int]
    PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SCRUB_PII_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    TOOLS_FIELD_NUMBER: _ClassVar[int]
    TOOL_CHOICE_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_CACHE_RETENTION_FIELD_NUMBER: _ClassVar[int]
    name: str
    context_id: str
    inputs: _containers.RepeatedCompositeFieldContainer[ConversationInputAlpha2]
    parameters: _containers.MessageMap[str, _any_pb2.Any]
    metadata: _containers.ScalarMap[str, str]
    scrub_pii: bool
    temperature: float
    tools: _containers.RepeatedCompositeFieldContainer[ConversationTools]
    tool_choice: str
    response_format: _struct_pb2.Struct
    prompt_cache_retention: _duration_pb2.Duration
    def __init__(self, name: _Optional[str] = ..., context_id: _Optional[str] = ..., inputs: _Optional[_Iterable[_Union[ConversationInputAlpha2, _Mapping]]] = ..., parameters: _Optional[_Mapping[str, _any_pb2.Any]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., scrub_pii: _Optional[bool] = ..., temperature: _Optional[float] = ..., tools: _Optional[_Iterable[_Union[ConversationTools, _Mapping]]] = ..., tool_choice: _Optional[str] = ..., response_format: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., prompt_cache_retention: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class ConversationInput(_message.Message):
    __slots__ = ("content", "role", "scrubPII")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    SCRUBPII_FIELD_NUMBER: _ClassVar[int]
    content: str
    role: str
    scrubPII: bool
    def __init__(self, content: _Optional[str] = ..., role: _Optional[str] = ..., scrubPII: _Optional[bool] = ...) -> None: ...

class ConversationInputAlpha2(_message.Message):
    __slots__ = ("messages", "scrub_pii")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    SCRUB_PII_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[ConversationMessage]
    scrub_pii: bool
    def __init__(self, messages: _Optional[_Iterable[_Union[ConversationMessage, _Mapping]]] = ..., scrub_pii: _Optional[bool] = ...) -> None: ...

class ConversationMessage(_message.Message):
    __slots__ = ("of_developer", "of_system", "of_user", "of_assistant", "of_tool")
    OF_DEVELOPER_FIELD_NUMBER: _ClassVar[int]
    OF_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    OF_USER_FIELD_NUMBER: _ClassVar[int]
    OF_ASSISTANT_FIELD_NUMBER: _ClassVar[int]
    OF_TOOL_FIELD_NUMBER: _ClassVar[int]
    of_developer: ConversationMessageOfDeveloper
    of_system: ConversationMessageOfSystem
    of_user: ConversationMessageOfUser
    of_assistant: ConversationMessageOfAssistant
    of_tool: ConversationMessageOfTool
    def __init__(self, of_developer: _Optional[_Union[ConversationMessageOfDeveloper, _Mapping]] = ..., of_system: _Optional[_Union[ConversationMessageOfSystem, _Mapping]] = ..., of_user: _Optional[_Union[ConversationMessageOfUser, _Mapping]] = ..., of_assistant: _Optional[_Union[ConversationMessageOfAssistant, _Mapping]] = ..., of_tool: _Optional[_Union[ConversationMessageOfTool, _Mapping]] = ...) -> None: ...

class ConversationMessageOfDeveloper(_message.Message):
    __slots__ = ("name", "content")
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    name: str
    content: _containers.RepeatedCompositeFieldContainer[ConversationMessageContent]
    def __init__(self, name: _Optional[str] = ..., content: _Optional[_Iterable[_Union[ConversationMessageContent, _Mapping]]] = ...) -> None: ...

class ConversationMessageOfSystem(_message.Message):
    __slots__ = ("name", "content")
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    name: str
    content: _containers.RepeatedCompositeFieldContainer[ConversationMessageContent]
    def __init__(self, name: _Optional[str] = ..., content: _Optional[_Iterable[_Union[ConversationMessageContent, _Mapping]]] = ...) -> None: ...

class ConversationMessageOfUser(_message.Message):
    __slots__ = ("name", "content")
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    name: str
    content: _containers.RepeatedCompositeFieldContainer[ConversationMessageContent]
    def __init__(self, name: _Optional[str] = ..., content: _Optional[_Iterable[_Union[ConversationMessageContent, _Mapping]]] = ...) -> None: ...

class ConversationMessageOfAssistant(_message.Message):
    __slots__ = ("name", "content", "tool_calls")
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    TOOL_CALLS_FIELD_NUMBER: _ClassVar[int]
    name: str
    content: _containers.RepeatedCompositeFieldContainer[ConversationMessageContent]
    tool_calls: _containers.RepeatedCompositeFieldContainer[ConversationToolCalls]
    def __init__(self, name: _Optional[str] = ..., content: _Optional[_Iterable[_Union[ConversationMessageContent, _Mapping]]] = ..., tool_calls: _Optional[_Iterable[_Union[ConversationToolCalls, _Mapping]]] = ...) -> None: ...

class ConversationMessageOfTool(_message.Message):
    __slots__ = ("tool_id", "name", "content")
    TOOL_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    tool_id: str
    name: str
    content: _containers.RepeatedCompositeFieldContainer[ConversationMessageContent]
    def __init__(self, tool_id: _Optional[str] = ..., name: _Optional[str] = ..., content: _Optional[_Iterable[_Union[ConversationMessageContent, _Mapping]]] = ...) -> None: ...

class ConversationToolCalls(_message.Message):
    __slots__ = ("id", "function")
    ID_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_FIELD_NUMBER: _ClassVar[int]
    id: str
    function: ConversationToolCallsOfFunction
    def __init__(self, id: _Optional[str] = ..., function: _Optional[_Union[ConversationToolCallsOfFunction, _Mapping]] = ...) -> None: ...

class ConversationToolCallsOfFunction(_message.Message):
    __slots__ = ("name", "arguments")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    name: str
    arguments: str
    def __init__(self, name: _Optional[str] = ..., arguments: _Optional[str] = ...) -> None: ...

class ConversationMessageContent(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class ConversationResult(_message.Message):
    __slots__ = ("result", "parameters")
    class ParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _any_pb2.Any
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_any_pb2.Any, _Mapping]] = ...) -> None: ...
    RESULT_FIELD_NUMBER: _ClassVar[int]
    PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    result: str
    parameters: _containers.MessageMap[str, _any_pb2.Any]
    def __init__(self, result: _Optional[str] = ..., parameters: _Optional[_Mapping[str, _any_pb2.Any]] = ...) -> None: ...

class ConversationResultAlpha2(_message.Message):
    __slots__ = ("choices", "model", "usage")
    CHOICES_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    choices: _containers.RepeatedCompositeFieldContainer[ConversationResultChoices]
    model: str
    usage: ConversationResultAlpha2CompletionUsage
    def __init__(self, choices: _Optional[_Iterable[_Union[ConversationResultChoices, _Mapping]]] = ..., model: _Optional[str] = ..., usage: _Optional[_Union[ConversationResultAlpha2CompletionUsage, _Mapping]] = ...) -> None: ...

class ConversationResultAlpha2CompletionUsage(_message.Message):
    __slots__ = ("completion_tokens", "prompt_tokens", "total_tokens", "completion_tokens_details", "prompt_tokens_details")
    COMPLETION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_TOKENS_DETAILS_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TOKENS_DETAILS_FIELD_NUMBER: _ClassVar[int]
    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    completion_tokens_details: ConversationResultAlpha2CompletionUsageCompletionTokensDetails
    prompt_tokens_details: ConversationResultAlpha2CompletionUsagePromptTokensDetails
    def __init__(self, completion_tokens: _Optional[int] = ..., prompt_tokens: _Optional[int] = ..., total_tokens: _Optional[int] = ..., completion_tokens_details: _Optional[_Union[ConversationResultAlpha2CompletionUsageCompletionTokensDetails, _Mapping]] = ..., prompt_tokens_details: _Optional[_Union[ConversationResultAlpha2CompletionUsagePromptTokensDetails, _Mapping]] = ...) -> None: ...

class ConversationResultAlpha2CompletionUsageCompletionTokensDetails(_message.Message):
    __slots__ = ("accepted_prediction_tokens", "audio_tokens", "reasoning_tokens", "rejected_prediction_tokens")
    ACCEPTED_PREDICTION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    AUDIO_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REASONING_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REJECTED_PREDICTION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    accepted_prediction_tokens: int
    audio_tokens: int
    reasoning_tokens: int
    rejected_prediction_tokens: int
    def __init__(self, accepted_prediction_tokens: _Optional[int] = ..., audio_tokens: _Optional[int] = ..., reasoning_tokens: _Optional[int] = ..., rejected_prediction_tokens: _Optional[int] = ...) -> None: ...

class ConversationResultAlpha2CompletionUsagePromptTokensDetails(_message.Message):
    __slots__ = ("audio_tokens", "cached_tokens")
    AUDIO_TOKENS_FIELD_NUMBER: _ClassVar[int]
    CACHED_TOKENS_FIELD_NUMBER: _ClassVar[int]
    audio_tokens: int
    cached_tokens: int
    def __init__(self, audio_tokens: _Optional[int] = ..., cached_tokens: _Optional[int] = ...) -> None: ...

class ConversationResultChoices(_message.Message):
    __slots__ = ("finish_reason", "index", "message")
    FINISH_REASON_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    finish_reason: str
    index: int
    message: ConversationResultMessage
    def __init__(self, finish_reason: _Optional[str] = ..., index: _Optional[int] = ..., message: _Optional[_Union[ConversationResultMessage, _Mapping]] = ...) -> None: ...

class ConversationResultMessage(_message.Message):
    __slots__ = ("content", "tool_calls")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    TOOL_CALLS_FIELD_NUMBER: _ClassVar[int]
    content: str
    tool_calls: _containers.RepeatedCompositeFieldContainer[ConversationToolCalls]
    def __init__(self, content: _Optional[str] = ..., tool_calls: _Optional[_Iterable[_Union[ConversationToolCalls, _Mapping]]] = ...) -> None: ...

class ConversationResponse(_message.Message):
    __slots__ = ("contextID", "outputs")
    CONTEXTID_FIELD_NUMBER: _ClassVar[int]
    OUTPUTS_FIELD_NUMBER: _ClassVar[int]
    contextID: str
    outputs: _containers.RepeatedCompositeFieldContainer[ConversationResult]
    def __init__(self, contextID: _Optional[str] = ..., outputs: _Optional[_Iterable[_Union[ConversationResult, _Mapping]]] = ...) -> None: ...

class ConversationResponseAlpha2(_message.Message):
    __slots__ = ("context_id", "outputs")
    CONTEXT_ID_FIELD_NUMBER: _ClassVar[int]
    OUTPUTS_FIELD_NUMBER: _ClassVar[int]
    context_id: str
    outputs: _containers.RepeatedCompositeFieldContainer[ConversationResultAlpha2]
    def __init__(self, context_id: _Optional[str] = ..., outputs: _Optional[_Iterable[_Union[ConversationResultAlpha2, _Mapping]]] = ...) -> None: ...

class ConversationTools(_message.Message):
    __slots__ = ("function",)
    FUNCTION_FIELD_NUMBER: _ClassVar[int]
    function: ConversationToolsFunction
    def __init__(self, function: _Optional[_Union[ConversationToolsFunction, _Mapping]] = ...) -> None: ...

class ConversationToolsFunction(_message.Message):
    __slots__ = ("name", "description", "parameters")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    name: str
    description: str
    parameters: _struct_pb2.Struct
    def __init__(self, name: _Optional[str] = ..., description: _Optional[str] = ..., parameters: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
