package pillion

import (
	"google.golang.org/protobuf/types/known/anypb"
	"google.golang.org/protobuf/types/known/structpb"
)

// valueTypeURL is the type URL of the google.protobuf.Value that Dapr's HTTP
// jobs API stores as a job's data.
const valueTypeURL = "type.googleapis.com/google.protobuf.Value"

// DecodeJobData is a job's data as a value: a google.protobuf.Value (a job
// scheduled through Dapr's HTTP API) as the JSON value it holds (nil when it
// holds none), anything else decoded by the content type as DecodeValue does
// (a client's JSON, sent with an empty type URL, as a value).
func DecodeJobData(data *anypb.Any, contentType string) any {
	if data.GetTypeUrl() == valueTypeURL {
		var v structpb.Value
		if err := data.UnmarshalTo(&v); err != nil {
			return data.GetValue()
		}
		return v.AsInterface()
	}
	return DecodeValue(data.GetValue(), contentType)
}
