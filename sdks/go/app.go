package pillion

import (
	"context"
	"fmt"
	"net"
	"sync"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/anypb"
	"google.golang.org/protobuf/types/known/emptypb"

	daprcommonv1 "github.com/pillion-dev/pillion/sdks/go/proto/dapr/proto/common/v1"
	daprruntimev1 "github.com/pillion-dev/pillion/sdks/go/proto/dapr/proto/runtime/v1"
)

// TopicEvent is a pub/sub event as the sidecar delivers it (a CloudEvent).
type TopicEvent struct {
	PubsubName      string
	Topic           string
	ID              string
	Source          string
	Type            string
	SpecVersion     string
	DataContentType string
	// Data is RawData decoded by its content type (see DecodeValue).
	Data    any
	RawData []byte
	Path    string
}

// InvokeRequest is a service invocation the sidecar passes to the app.
type InvokeRequest struct {
	Method      string
	ContentType string
	// Data is RawData decoded by its content type (see DecodeValue).
	Data    any
	RawData []byte
	// Verb is the HTTP verb of the caller ("POST", ...; "NONE" from gRPC callers).
	Verb  string
	Query string
}

// JobEvent is a job that is due, as the sidecar's scheduler calls the app back.
type JobEvent struct {
	Name        string
	ContentType string
	// Data is the job's data decoded (see DecodeJobData): a google.protobuf.Value
	// (jobs scheduled through Dapr's HTTP API) as the JSON value it holds,
	// other data by its content type (see DecodeValue).
	Data any
	// RawData is the bytes of the job's Any (a serialized google.protobuf.Value
	// for jobs scheduled through Dapr's HTTP API).
	RawData []byte
}

// EventStatus tells the sidecar what became of an event.
type EventStatus = daprruntimev1.TopicEventResponse_TopicEventResponseStatus

const (
	// Success: the event is processed.
	Success EventStatus = daprruntimev1.TopicEventResponse_SUCCESS
	// Retry: deliver the event again.
	Retry EventStatus = daprruntimev1.TopicEventResponse_RETRY
	// Drop: give the event up (dead-letter topic if any).
	Drop EventStatus = daprruntimev1.TopicEventResponse_DROP
)

// TopicHandler handles an event; an error asks the sidecar to retry.
type TopicHandler func(ctx context.Context, e *TopicEvent) (EventStatus, error)

// JobHandler handles a due job; an error tells the sidecar the job failed (its failure policy applies).
type JobHandler func(ctx context.Context, j *JobEvent) error

// InvokeHandler answers an invocation: []byte as it is, anything else as JSON (nil: no body).
type InvokeHandler func(ctx context.Context, r *InvokeRequest) (any, error)

type topicKey struct{ pubsub, topic string }

// App holds subscriptions and invocation handlers and serves them to the
// sidecar as its gRPC app (run the sidecar with --app-protocol grpc).
type App struct {
	mu      sync.RWMutex
	topics  map[topicKey]TopicHandler
	order   []topicKey
	methods map[string]InvokeHandler
	jobs    map[string]JobHandler
}

// NewApp creates an app with no handlers.
func NewApp() *App {
	return &App{topics: map[topicKey]TopicHandler{}, methods: map[string]InvokeHandler{}, jobs: map[string]JobHandler{}}
}

// Subscribe registers the handler of a topic (before the sidecar asks for the subscriptions).
func (a *App) Subscribe(pubsubName, topic string, h TopicHandler) *App {
	a.mu.Lock()
	defer a.mu.Unlock()
	k := topicKey{pubsubName, topic}
	if _, ok := a.topics[k]; !ok {
		a.order = append(a.order, k)
	}
	a.topics[k] = h
	return a
}

// OnInvoke registers the handler of an invoked method.
func (a *App) OnInvoke(method string, h InvokeHandler) *App {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.methods[method] = h
	return a
}

// OnJob registers the handler of a scheduled job (client.Jobs.Schedule) by its name.
func (a *App) OnJob(name string, h JobHandler) *App {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.jobs[name] = h
	return a
}

// Register adds the app's AppCallback service to a gRPC server of your own.
func (a *App) Register(s *grpc.Server) {
	daprruntimev1.RegisterAppCallbackServer(s, &appCallback{app: a})
	daprruntimev1.RegisterAppCallbackHealthCheckServer(s, appHealth{})
}

// Serve serves the app on the listener until Stop; it returns when the server stops.
func (a *App) Serve(lis net.Listener) (*grpc.Server, <-chan error) {
	s := grpc.NewServer()
	a.Register(s)
	done := make(chan error, 1)
	go func() { done <- s.Serve(lis) }()
	return s, done
}

// Listen serves the app on addr (e.g. "127.0.0.1:50051"; port 0 picks one); stop it with GracefulStop.
func (a *App) Listen(addr string) (*grpc.Server, net.Addr, error) {
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("pillion: cannot listen on %s: %w", addr, err)
	}
	s, _ := a.Serve(lis)
	return s, lis.Addr(), nil
}

// appCallback is the AppCallback service of an App.
type appCallback struct {
	daprruntimev1.UnimplementedAppCallbackServer
	app *App
}

func (c *appCallback) ListTopicSubscriptions(context.Context, *emptypb.Empty) (*daprruntimev1.ListTopicSubscriptionsResponse, error) {
	c.app.mu.RLock()
	defer c.app.mu.RUnlock()
	res := &daprruntimev1.ListTopicSubscriptionsResponse{}
	for _, k := range c.app.order {
		res.Subscriptions = append(res.Subscriptions, &daprruntimev1.TopicSubscription{PubsubName: k.pubsub, Topic: k.topic})
	}
	return res, nil
}

func (c *appCallback) OnTopicEvent(ctx context.Context, req *daprruntimev1.TopicEventRequest) (*daprruntimev1.TopicEventResponse, error) {
	c.app.mu.RLock()
	h := c.app.topics[topicKey{req.GetPubsubName(), req.GetTopic()}]
	c.app.mu.RUnlock()
	if h == nil {
		return &daprruntimev1.TopicEventResponse{Status: Drop}, nil
	}
	st, err := h(ctx, &TopicEvent{
		PubsubName:      req.GetPubsubName(),
		Topic:           req.GetTopic(),
		ID:              req.GetId(),
		Source:          req.GetSource(),
		Type:            req.GetType(),
		SpecVersion:     req.GetSpecVersion(),
		DataContentType: req.GetDataContentType(),
		Data:            DecodeValue(req.GetData(), req.GetDataContentType()),
		RawData:         req.GetData(),
		Path:            req.GetPath(),
	})
	if err != nil {
		return &daprruntimev1.TopicEventResponse{Status: Retry}, nil
	}
	return &daprruntimev1.TopicEventResponse{Status: st}, nil
}

func (c *appCallback) OnInvoke(ctx context.Context, req *daprcommonv1.InvokeRequest) (*daprcommonv1.InvokeResponse, error) {
	c.app.mu.RLock()
	h := c.app.methods[req.GetMethod()]
	c.app.mu.RUnlock()
	if h == nil {
		return nil, status.Errorf(codes.Unimplemented, "the app has no handler for method %q", req.GetMethod())
	}
	raw := req.GetData().GetValue()
	out, err := h(ctx, &InvokeRequest{
		Method:      req.GetMethod(),
		ContentType: req.GetContentType(),
		Data:        DecodeValue(raw, req.GetContentType()),
		RawData:     raw,
		Verb:        req.GetHttpExtension().GetVerb().String(),
		Query:       req.GetHttpExtension().GetQuerystring(),
	})
	if err != nil {
		if _, ok := status.FromError(err); ok {
			return nil, err
		}
		return nil, status.Error(codes.Unknown, err.Error())
	}
	if out == nil {
		return &daprcommonv1.InvokeResponse{}, nil
	}
	data, ct, err := EncodeValue(out, "")
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &daprcommonv1.InvokeResponse{Data: &anypb.Any{Value: data}, ContentType: ct}, nil
}

func (c *appCallback) OnJobEvent(ctx context.Context, req *daprruntimev1.JobEventRequest) (*daprruntimev1.JobEventResponse, error) {
	c.app.mu.RLock()
	h := c.app.jobs[req.GetName()]
	c.app.mu.RUnlock()
	if h == nil {
		return nil, status.Errorf(codes.NotFound, "the app has no handler for job %q", req.GetName())
	}
	raw := req.GetData().GetValue()
	err := h(ctx, &JobEvent{Name: req.GetName(), ContentType: req.GetContentType(), Data: DecodeJobData(req.GetData(), req.GetContentType()), RawData: raw})
	if err != nil {
		if _, ok := status.FromError(err); ok {
			return nil, err
		}
		return nil, status.Error(codes.Unknown, err.Error())
	}
	return &daprruntimev1.JobEventResponse{}, nil
}

func (c *appCallback) ListInputBindings(context.Context, *emptypb.Empty) (*daprruntimev1.ListInputBindingsResponse, error) {
	return &daprruntimev1.ListInputBindingsResponse{}, nil
}

type appHealth struct {
	daprruntimev1.UnimplementedAppCallbackHealthCheckServer
}

func (appHealth) HealthCheck(context.Context, *emptypb.Empty) (*daprruntimev1.HealthCheckResponse, error) {
	return &daprruntimev1.HealthCheckResponse{}, nil
}
