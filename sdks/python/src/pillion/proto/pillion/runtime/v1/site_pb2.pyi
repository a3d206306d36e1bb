from google.api import annotations_pb2 as _annotations_pb2
from pillion.proto.pillion.api.v1 import rest_pb2 as _rest_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetSdkIndexRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetSdkIndexResponse(_message.Message):
    __slots__ = ("html",)
    HTML_FIELD_NUMBER: _ClassVar[int]
    html: bytes
    def __init__(self, html: _Optional[bytes] = ...) -> None: ...

class ListSdksRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListSdksResponse(_message.Message):
    __slots__ = ("sdks",)
    SDKS_FIELD_NUMBER: _ClassVar[int]
    sdks: _containers.RepeatedCompositeFieldContainer[Sdk]
    def __init__(self, sdks: _Optional[_Iterable[_Union[Sdk, _Mapping]]] = ...) -> None: ...

class Sdk(_message.Message):
    __slots__ = ("language", "version", "archive", "archive_size", "sha256", "file_count")
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_SIZE_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    FILE_COUNT_FIELD_NUMBER: _ClassVar[int]
    language: str
    version: str
    archive: str
    archive_size: int
    sha256: str
    file_count: int
    def __init__(self, language: _Optional[str] = ..., version: _Optional[str] = ..., archive: _Optional[str] = ..., archive_size: _Optional[int] = ..., sha256: _Optional[str] = ..., file_count: _Optional[int] = ...) -> None: ...

class GetSdkArchiveRequest(_message.Message):
    __slots__ = ("file",)
    FILE_FIELD_NUMBER: _ClassVar[int]
    file: str
    def __init__(self, file: _Optional[str] = ...) -> None: ...

class GetSdkArchiveResponse(_message.Message):
    __slots__ = ("archive", "content_disposition", "etag")
    ARCHIVE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_DISPOSITION_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    archive: bytes
    content_disposition: str
    etag: str
    def __init__(self, archive: _Optional[bytes] = ..., content_disposition: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class GetOpenApiDocumentRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetOpenApiDocumentResponse(_message.Message):
    __slots__ = ("document",)
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    document: bytes
    def __init__(self, document: _Optional[bytes] = ...) -> None: ...

class GetDocsPageRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetDocsPageResponse(_message.Message):
    __slots__ = ("html",)
    HTML_FIELD_NUMBER: _ClassVar[int]
    html: bytes
    def __init__(self, html: _Optional[bytes] = ...) -> None: ...

class GetDocsAssetRequest(_message.Message):
    __slots__ = ("file",)
    FILE_FIELD_NUMBER: _ClassVar[int]
    file: str
    def __init__(self, file: _Optional[str] = ...) -> None: ...

class GetDocsAssetResponse(_message.Message):
    __slots__ = ("content", "content_type")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    content_type: str
    def __init__(self, content: _Optional[bytes] = ..., content_type: _Optional[str] = ...) -> None: ...
