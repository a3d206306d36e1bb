from pillion.proto.dapr.proto.common.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SubtleGetKeyRequest(_message.Message):
    __slots__ = ("component_name", "name", "format")
    class KeyFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        PEM: _ClassVar[SubtleGetKeyRequest.KeyFormat]
        JSON: _ClassVar[SubtleGetKeyRequest.KeyFormat]
    PEM: SubtleGetKeyRequest.KeyFormat
    JSON: SubtleGetKeyRequest.KeyFormat
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    component_name: str
    name: str
    format: SubtleGetKeyRequest.KeyFormat
    def __init__(self, component_name: _Optional[str] = ..., name: _Optional[str] = ..., format: _Optional[_Union[SubtleGetKeyRequest.KeyFormat, str]] = ...) -> None: ...

class SubtleGetKeyResponse(_message.Message):
    __slots__ = ("name", "public_key")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_FIELD_NUMBER: _ClassVar[int]
    name: str
    public_key: str
    def __init__(self, name: _Optional[str] = ..., public_key: _Optional[str] = ...) -> None: ...

class SubtleEncryptRequest(_message.Message):
    __slots__ = ("component_name", "plaintext", "algorithm", "key_name", "nonce", "associated_data")
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    PLAINTEXT_FIELD_NUMBER: _ClassVar[int]
    ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    ASSOCIATED_DATA_FIELD_NUMBER: _ClassVar[int]
    component_name: str
    plaintext: bytes
    algorithm: str
    key_name: str
    nonce: bytes
    associated_data: bytes
    def __init__(self, component_name: _Optional[str] = ..., plaintext: _Optional[bytes] = ..., algorithm: _Optional[str] = ..., key_name: _Optional[str] = ..., nonce: _Optional[bytes] = ..., associated_data: _Optional[bytes] = ...) -> None: ...

class SubtleEncryptResponse(_message.Message):
    __slots__ = ("ciphertext", "tag")
    CIPHERTEXT_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    ciphertext: bytes
    tag: bytes
    def __init__(self, ciphertext: _Optional[bytes] = ..., tag: _Optional[bytes] = ...) -> None: ...

class SubtleDecryptRequest(_message.Message):
    __slots__ = ("component_name", "ciphertext", "algorithm", "key_name", "nonce", "tag", "associated_data")
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    CIPHERTEXT_FIELD_NUMBER: _ClassVar[int]
    ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    ASSOCIATED_DATA_FIELD_NUMBER: _ClassVar[int]
    component_name: str
    ciphertext: bytes
    algorithm: str
    key_name: str
    nonce: bytes
    tag: bytes
    associated_data: bytes
    def __init__(self, component_name: _Optional[str] = ..., ciphertext: _Optional[bytes] = ..., algorithm: _Optional[str] = ..., key_name: _Optional[str] = ..., nonce: _Optional[bytes] = ..., tag: _Optional[bytes] = ..., associated_data: _Optional[bytes] = ...) -> None: ...

class SubtleDecryptResponse(_message.Message):
    __slots__ = ("plaintext",)
    PLAINTEXT_FIELD_NUMBER: _ClassVar[int]
    plaintext: bytes
    def __init__(self, plaintext: _Optional[bytes] = ...) -> None: ...

class SubtleWrapKeyRequest(_message.Message):
    __slots__ = ("component_name", "plaintext_key", "algorithm", "key_name", "nonce", "associated_data")
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    PLAINTEXT_KEY_FIELD_NUMBER: _ClassVar[int]
    ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    ASSOCIATED_DATA_FIELD_NUMBER: _ClassVar[int]
    component_name: str
    plaintext_key: bytes
    algorithm: str
    key_name: str
    nonce: bytes
    associated_data: bytes
    def __init__(self, component_name: _Optional[str] = ..., plaintext_key: _Optional[bytes] = ..., algorithm: _Optional[str] = ..., key_name: _Optional[str] = ..., nonce: _Optional[bytes] = ..., associated_data: _Optional[bytes] = ...) -> None: ...

class SubtleWrapKeyResponse(_message.Message):
    __slots__ = ("wrapped_key", "tag")
    WRAPPED_KEY_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    wrapped_key: bytes
    tag: bytes
    def __init__(self, wrapped_key: _Optional[bytes] = ..., tag: _Optional[bytes] = ...) -> None: ...

class SubtleUnwrapKeyRequest(_message.Message):
    __slots__ = ("component_name", "wrapped_key", "algorithm", "key_name", "nonce", "tag", "associated_data")
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    WRAPPED_KEY_FIELD_NUMBER: _ClassVar[int]
    ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    ASSOCIATED_DATA_FIELD_NUMBER: _ClassVar[int]
    component_name: str
    wrapped_key: bytes
    algorithm: str
    key_name: str
    nonce: bytes
    tag: bytes
    associated_data: bytes
    def __init__(self, component_name: _Optional[str] = ..., wrapped_key: _Optional[bytes] = ..., algorithm: _Optional[str] = ..., key_name: _Optional[str] = ..., nonce: _Optional[bytes] = ..., tag: _Optional[bytes] = ..., associated_data: _Optional[bytes] = ...) -> None: ...

class SubtleUnwrapKeyResponse(_message.Message):
    __slots__ = ("plaintext_key",)
    PLAINTEXT_KEY_FIELD_NUMBER: _ClassVar[int]
    plaintext_key: bytes
    def __init__(self, plaintext_key: _Optional[bytes] = ...) -> None: ...

class SubtleSignRequest(_message.Message):
    __slots__ = ("component_name", "digest", "algorithm", "key_name")
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    component_name: str
    digest: bytes
    algorithm: str
    key_name: str
    def __init__(self, component_name: _Optional[str] = ..., digest: _Optional[bytes] = ..., algorithm: _Optional[str] = ..., key_name: _Optional[str] = ...) -> None: ...

class SubtleSignResponse(_message.Message):
    __slots__ = ("signature",)
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    signature: bytes
    def __init__(self, signature: _Optional[bytes] = ...) -> None: ...

class SubtleVerifyRequest(_message.Message):
    __slots__ = ("component_name", "digest", "algorithm", "key_name", "signature")
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    component_name: str
    digest: bytes
    algorithm: str
    key_name: str
    signature: bytes
    def __init__(self, component_name: _Optional[str] = ..., digest: _Optional[bytes] = ..., algorithm: _Optional[str] = ..., key_name: _Optional[str] = ..., signature: _Optional[bytes] = ...) -> None: ...

class SubtleVerifyResponse(_message.Message):
    __slots__ = ("valid",)
    VALID_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    def __init__(self, valid: _Optional[bool] = ...) -> None: ...

class EncryptRequest(_message.Message):
    __slots__ = ("options", "payload")
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    options: EncryptRequestOptions
    payload: _common_pb2.StreamPayload
    def __init__(self, options: _Optional[_Union[EncryptRequestOptions, _Mapping]] = ..., payload: _Optional[_Union[_common_pb2.StreamPayload, _Mapping]] = ...) -> None: ...

class EncryptRequestOptions(_message.Message):
    __slots__ = ("component_name", "key_name", "key_wrap_algorithm", "data_encryption_cipher", "omit_decryption_key_name", "decryption_key_name")
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    KEY_WRAP_ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    DATA_ENCRYPTION_CIPHER_FIELD_NUMBER: _ClassVar[int]
    OMIT_DECRYPTION_KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    DECRYPTION_KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    component_name: str
    key_name: str
    key_wrap_algorithm: str
    data_encryption_cipher: str
    omit_decryption_key_name: bool
    decryption_key_name: str
    def __init__(self, component_name: _Optional[str] = ..., key_name: _Optional[str] = ..., key_wrap_algorithm: _Optional[str] = ..., data_encryption_cipher: _Optional[str] = ..., omit_decryption_key_name: _Optional[bool] = ..., decryption_key_name: _Optional[str] = ...) -> None: ...

class EncryptResponse(_message.Message):
    __slots__ = ("payload",)
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    payload: _common_pb2.StreamPayload
    def __init__(self, payload: _Optional[_Union[_common_pb2.StreamPayload, _Mapping]] = ...) -> None: ...

class DecryptRequest(_message.Message):
    __slots__ = ("options", "payload")
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    options: DecryptRequestOptions
    payload: _common_pb2.StreamPayload
    def __init__(self, options: _Optional[_Union[DecryptRequestOptions, _Mapping]] = ..., payload: _Optional[_Union[_common_pb2.StreamPayload, _Mapping]] = ...) -> None: ...

class DecryptRequestOptions(_message.Message):
    __slots__ = ("component_name", "key_name")
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    component_name: str
    key_name: str
    def __init__(self, component_name: _Optional[str] = ..., key_name: _Optional[str] = ...) -> None: ...

class DecryptResponse(_message.Message):
    __slots__ = ("payload",)
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    payload: _common_pb2.StreamPayload
    def __init__(self, payload: _Optional[_Union[_common_pb2.StreamPayload, _Mapping]] = ...) -> None: ...
