package pillion

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

func isJSON(contentType string) bool {
	t := strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	return t == "application/json" || strings.HasSuffix(t, "+json") || strings.HasSuffix(t, "/json")
}

// EncodeValue is the caller's data as bytes, as the facade encodes it: []byte
// as it is (application/octet-stream), a string as text when contentType is
// given and is not JSON, anything else as JSON.
func EncodeValue(v any, contentType string) ([]byte, string, error) {
	switch x := v.(type) {
	case []byte:
		return x, "application/octet-stream", nil
	case string:
		if contentType != "" && !isJSON(contentType) {
			return []byte(x), contentType, nil
		}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, "", &Error{Code: 3, Message: "cannot encode the data as JSON: " + err.Error(), cause: err}
	}
	return b, "application/json", nil
}

// JSON encodes v as JSON, for data fields set through request options (e.g.
// a state item's Value); it panics when v cannot be encoded.
func JSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic("pillion.JSON: " + err.Error())
	}
	return b
}

// DecodeValue is data as a value, as the facade decodes it: nil when empty;
// when the content type is known and is not JSON, text for text/* and the
// bytes otherwise; else parsed JSON, or the text when it is not JSON, or the
// bytes when they are not UTF-8.
func DecodeValue(data []byte, contentType string) any {
	if len(data) == 0 {
		return nil
	}
	if !utf8.Valid(data) {
		return data
	}
	ct := strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	if ct != "" && !isJSON(ct) {
		if strings.HasPrefix(ct, "text/") {
			return string(data)
		}
		return data
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return string(data)
	}
	return v
}

// As decodes JSON data into a value of type T, e.g. As[Order](res.Data).
func As[T any](data []byte) (T, error) {
	var v T
	err := json.Unmarshal(data, &v)
	return v, err
}
