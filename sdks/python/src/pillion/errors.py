"""One error type for every call: the gRPC status code, Dapr's error code and the message."""

from __future__ import annotations

from typing import Any, Mapping

import grpc
from google.rpc import error_details_pb2, status_pb2

_STATUS_DETAILS = "grpc-status-details-bin"


class PillionError(Exception):
    """A call the sidecar refused or that failed on the way.

    Attributes:
        code: the gRPC status code (grpc.StatusCode), e.g. StatusCode.ABORTED.
        error_code: Dapr's error code: the google.rpc.ErrorInfo reason the
            sidecar attaches to its standardized errors (e.g.
            "DAPR_STATE_NOT_FOUND"), or None when it sent none.
        message: the status message.
        metadata: the ErrorInfo metadata (e.g. {"appID": ...}).
        details: every error detail the sidecar sent, unpacked when its type
            is one of google.rpc's error details, else as google.protobuf.Any.
    """

    def __init__(
        self,
        message: str,
        code: grpc.StatusCode = grpc.StatusCode.UNKNOWN,
        error_code: str | None = None,
        metadata: Mapping[str, str] | None = None,
        details: list[Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.error_code = error_code
        self.metadata = dict(metadata or {})
        self.details = list(details or [])

    def __str__(self) -> str:
        prefix = f"{self.code.name}"
        if self.error_code:
            prefix += f" {self.error_code}"
        return f"{prefix}: {self.message}"

    @classmethod
    def from_rpc_error(cls, error: grpc.RpcError) -> "PillionError":
        """The PillionError of a failed gRPC call (sync or asyncio)."""
        code = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
        message = (error.details() if hasattr(error, "details") else None) or str(error)
        trailers = error.trailing_metadata() if hasattr(error, "trailing_metadata") else None
        details: list[Any] = []
        error_code = None
        info_metadata: Mapping[str, str] = {}
        for key, value in trailers or ():
            if key != _STATUS_DETAILS:
                continue
            status = status_pb2.Status.FromString(value if isinstance(value, bytes) else value.encode("latin-1"))
            message = status.message or message
            for any_detail in status.details:
                detail = _unpack(any_detail)
                details.append(detail)
                if isinstance(detail, error_details_pb2.ErrorInfo) and error_code is None:
                    error_code = detail.reason or None
                    info_metadata = dict(detail.metadata)
        return cls(message, code, error_code, info_metadata, details)


def _unpack(detail: Any) -> Any:
    """A google.rpc error detail as its message, or the Any itself when its type is unknown."""
    for cls in (
        error_details_pb2.ErrorInfo,
        error_details_pb2.ResourceInfo,
        error_details_pb2.BadRequest,
        error_details_pb2.RetryInfo,
        error_details_pb2.DebugInfo,
        error_details_pb2.QuotaFailure,
        error_details_pb2.PreconditionFailure,
        error_details_pb2.RequestInfo,
        error_details_pb2.Help,
        error_details_pb2.LocalizedMessage,
    ):
        if detail.Is(cls.DESCRIPTOR):
            message = cls()
            detail.Unpack(message)
            return message
    return detail
