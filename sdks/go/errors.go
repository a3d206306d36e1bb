package pillion

import (
	"errors"
	"fmt"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Error is every failure of a call: the gRPC status code, Dapr's error code
// and the message. Get it with errors.As(err, &perr) where perr is *Error.
type Error struct {
	// Code is the gRPC status code, e.g. codes.Aborted.
	Code codes.Code
	// ErrorCode is Dapr's error code: the google.rpc.ErrorInfo reason the
	// sidecar attaches to its standardized errors (e.g.
	// "DAPR_STATE_NOT_FOUND"); empty when it sent none.
	ErrorCode string
	// Message is the status message.
	Message string
	// Metadata is the ErrorInfo metadata (e.g. appID).
	Metadata map[string]string
	// Details are all the error details the sidecar sent.
	Details []any
	cause   error
}

func (e *Error) Error() string {
	if e.ErrorCode != "" {
		return fmt.Sprintf("pillion: %s %s: %s", e.Code, e.ErrorCode, e.Message)
	}
	return fmt.Sprintf("pillion: %s: %s", e.Code, e.Message)
}

// Unwrap gives the gRPC status error.
func (e *Error) Unwrap() error { return e.cause }

// GRPCStatus lets status.FromError and status.Code read the error.
func (e *Error) GRPCStatus() *status.Status { return status.New(e.Code, e.Message) }

// wrapError turns a gRPC failure into *Error (nil stays nil).
func wrapError(err error) error {
	if err == nil {
		return nil
	}
	var perr *Error
	if errors.As(err, &perr) {
		return err
	}
	st, _ := status.FromError(err)
	out := &Error{Code: st.Code(), Message: st.Message(), Metadata: map[string]string{}, cause: err}
	for _, d := range st.Details() {
		out.Details = append(out.Details, d)
		if info, ok := d.(*errdetails.ErrorInfo); ok && out.ErrorCode == "" {
			out.ErrorCode = info.GetReason()
			for k, v := range info.GetMetadata() {
				out.Metadata[k] = v
			}
		}
	}
	return out
}
