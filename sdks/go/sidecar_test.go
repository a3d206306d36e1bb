package pillion_test

// Tests against a live pillion sidecar: test/sdks/go.test.ts starts it (with
// state, pub/sub, secret, configuration and lock components) and passes
// PILLION_GRPC_PORT, PILLION_HTTP_PORT, PILLION_APP_ID and PILLION_APP_PORT,
// the port where the sidecar expects its gRPC app (this SDK's App, served
// here). Without them the tests are skipped.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/anypb"
	"google.golang.org/protobuf/types/known/structpb"

	pillion "github.com/pillion-dev/pillion/sdks/go"
	daprcommonv1 "github.com/pillion-dev/pillion/sdks/go/proto/dapr/proto/common/v1"
	daprruntimev1 "github.com/pillion-dev/pillion/sdks/go/proto/dapr/proto/runtime/v1"
)

var (
	client   *pillion.Client
	appID    string
	received = &inbox{}
	dueJobs  = make(chan *pillion.JobEvent, 4)
	httpJobs = make(chan *pillion.JobEvent, 4)
)

type inbox struct {
	mu     sync.Mutex
	events []*pillion.TopicEvent
}

func (b *inbox) add(e *pillion.TopicEvent) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.events = append(b.events, e)
}

func (b *inbox) waitFor(t *testing.T, what string, match func(*pillion.TopicEvent) bool) *pillion.TopicEvent {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		b.mu.Lock()
		for _, e := range b.events {
			if match(e) {
				b.mu.Unlock()
				return e
			}
		}
		b.mu.Unlock()
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
	return nil
}

func TestMain(m *testing.M) {
	port := os.Getenv("PILLION_GRPC_PORT")
	if port == "" {
		fmt.Println("PILLION_GRPC_PORT is not set: skipping the tests against a sidecar (run them through test/sdks/go.test.ts)")
		os.Exit(0)
	}
	appID = os.Getenv("PILLION_APP_ID")
	app := pillion.NewApp().
		Subscribe("pubsub", "orders", func(ctx context.Context, e *pillion.TopicEvent) (pillion.EventStatus, error) {
			received.add(e)
			return pillion.Success, nil
		}).
		OnInvoke("greet", func(ctx context.Context, r *pillion.InvokeRequest) (any, error) {
			name, _ := r.Data.(map[string]any)["name"].(string)
			return map[string]string{"greeting": "hello " + name}, nil
		}).
		OnJob("go-due", func(ctx context.Context, j *pillion.JobEvent) error {
			dueJobs <- j
			return nil
		}).
		OnJob("go-due-http", func(ctx context.Context, j *pillion.JobEvent) error {
			httpJobs <- j
			return nil
		}).
		OnInvoke("fail", func(ctx context.Context, r *pillion.InvokeRequest) (any, error) {
			return nil, errors.New("the app fails on purpose")
		})
	server, _, err := app.Listen("127.0.0.1:" + os.Getenv("PILLION_APP_PORT"))
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	client, err = pillion.NewClient(pillion.WithAddress("127.0.0.1:" + port))
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	// The sidecar is ready (healthz) once it has reached its app and read its subscriptions.
	deadline := time.Now().Add(20 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		_, err := client.Health.Check(ctx)
		cancel()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			fmt.Println("the sidecar did not become ready:", err)
			os.Exit(1)
		}
		time.Sleep(50 * time.Millisecond)
	}
	code := m.Run()
	client.Close()
	server.GracefulStop()
	os.Exit(code)
}

func asError(t *testing.T, err error) *pillion.Error {
	t.Helper()
	var perr *pillion.Error
	if !errors.As(err, &perr) {
		t.Fatalf("expected a *pillion.Error, got %T: %v", err, err)
	}
	return perr
}

func TestHealthAndMetadata(t *testing.T) {
	ctx := context.Background()
	if err := client.WaitForSidecar(ctx, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	meta, err := client.Metadata.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if meta.GetId() != appID {
		t.Fatalf("id %q, want %q", meta.GetId(), appID)
	}
	if err := client.Metadata.Set(ctx, "go-attr", "from the go sdk"); err != nil {
		t.Fatal(err)
	}
	meta, _ = client.Metadata.Get(ctx)
	if meta.GetExtendedMetadata()["go-attr"] != "from the go sdk" {
		t.Fatalf("extended metadata %v", meta.GetExtendedMetadata())
	}
}

func TestStateRoundTripWithETags(t *testing.T) {
	ctx := context.Background()
	err := client.State.Save(ctx, "statestore", []*daprcommonv1.StateItem{{Key: "go-order", Value: pillion.JSON(map[string]any{"id": 1, "item": "tea"})}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := client.State.Get(ctx, "statestore", "go-order")
	if err != nil {
		t.Fatal(err)
	}
	if v := got.Value.(map[string]any); v["item"] != "tea" || got.Etag == "" {
		t.Fatalf("got %v etag %q", got.Value, got.Etag)
	}
	type order struct {
		ID   int    `json:"id"`
		Item string `json:"item"`
	}
	if o, err := pillion.As[order](got.Data); err != nil || o.Item != "tea" {
		t.Fatalf("As: %v %v", o, err)
	}

	stale := got.Etag
	if err := client.State.Save(ctx, "statestore", []*daprcommonv1.StateItem{{Key: "go-order", Value: pillion.JSON(order{1, "coffee"}), Etag: &daprcommonv1.Etag{Value: stale}}}); err != nil {
		t.Fatal(err)
	}
	err = client.State.Save(ctx, "statestore", []*daprcommonv1.StateItem{{Key: "go-order", Value: pillion.JSON(order{1, "juice"}), Etag: &daprcommonv1.Etag{Value: stale}}})
	if perr := asError(t, err); perr.Code != codes.Aborted {
		t.Fatalf("stale etag: %v", perr)
	}

	items, err := client.State.GetBulk(ctx, "statestore", []string{"go-order", "go-none"})
	if err != nil || len(items) != 2 {
		t.Fatalf("bulk: %v %v", items, err)
	}
	for _, it := range items {
		switch it.Key {
		case "go-order":
			if it.Value.(map[string]any)["item"] != "coffee" {
				t.Fatalf("bulk item %v", it.Value)
			}
		case "go-none":
			if it.Value != nil {
				t.Fatalf("missing key decoded as %v", it.Value)
			}
		}
	}

	err = client.State.Transaction(ctx, "statestore", []*daprruntimev1.TransactionalStateOperation{
		{OperationType: "upsert", Request: &daprcommonv1.StateItem{Key: "go-tx", Value: pillion.JSON([]int{1, 2, 3})}},
		{OperationType: "delete", Request: &daprcommonv1.StateItem{Key: "go-order"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if tx, _ := client.State.Get(ctx, "statestore", "go-tx"); fmt.Sprint(tx.Value) != "[1 2 3]" {
		t.Fatalf("after the transaction: %v", tx.Value)
	}
	if del, _ := client.State.Get(ctx, "statestore", "go-order"); del.Value != nil || del.Etag != "" {
		t.Fatalf("deleted key still there: %v", del.Value)
	}
	if err := client.State.Delete(ctx, "statestore", "go-tx"); err != nil {
		t.Fatal(err)
	}
}

func TestErrorsCarryTheGRPCCodeAndDaprsErrorCode(t *testing.T) {
	_, err := client.State.Get(context.Background(), "no-such-store", "k")
	perr := asError(t, err)
	if perr.Code != codes.InvalidArgument || perr.ErrorCode != "DAPR_STATE_NOT_FOUND" || !strings.Contains(perr.Message, "no-such-store") {
		t.Fatalf("got %+v", perr)
	}
}

func TestInvokeAMethodOfTheApp(t *testing.T) {
	ctx := context.Background()
	res, err := client.Invoke(ctx, appID, "greet", map[string]string{"name": "go"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Value.(map[string]any)["greeting"] != "hello go" || !strings.HasPrefix(res.ContentType, "application/json") {
		t.Fatalf("answer %v (%s)", res.Value, res.ContentType)
	}
	_, err = client.Invoke(ctx, appID, "fail", nil)
	if perr := asError(t, err); !strings.Contains(perr.Message, "fails on purpose") {
		t.Fatalf("failing method: %+v", perr)
	}
}

func TestPublishAndReceive(t *testing.T) {
	ctx := context.Background()
	if err := client.Pubsub.Publish(ctx, "pubsub", "orders", map[string]any{"id": 7, "item": "go"}); err != nil {
		t.Fatal(err)
	}
	e := received.waitFor(t, "the published event", func(e *pillion.TopicEvent) bool {
		m, ok := e.Data.(map[string]any)
		return ok && m["item"] == "go"
	})
	if e.Topic != "orders" || e.PubsubName != "pubsub" || e.DataContentType != "application/json" {
		t.Fatalf("event %+v", e)
	}
	err := client.Pubsub.Publish(ctx, "pubsub", "orders", "plain text", func(r *daprruntimev1.PublishEventRequest) { r.DataContentType = "text/plain" })
	if err != nil {
		t.Fatal(err)
	}
	received.waitFor(t, "the text event", func(e *pillion.TopicEvent) bool { return e.Data == "plain text" && e.DataContentType == "text/plain" })
}

func TestSecrets(t *testing.T) {
	secret, err := client.Secrets.Get(context.Background(), "secretstore", "db-password")
	if err != nil {
		t.Fatal(err)
	}
	if secret["db-password"] != "s3cret" {
		t.Fatalf("secret %v", secret)
	}
	all, err := client.Secrets.GetBulk(context.Background(), "secretstore")
	if err != nil || all["api-key"].GetSecrets()["api-key"] != "k-123" {
		t.Fatalf("bulk secrets %v %v", all, err)
	}
}

func TestConfigurationGetAndSubscribe(t *testing.T) {
	ctx := context.Background()
	items, err := client.Configuration.Get(ctx, "configstore", []string{"greeting"})
	if err != nil || len(items) != 1 || items["greeting"].GetValue() != "hello" {
		t.Fatalf("items %v %v", items, err)
	}
	var id string
	for res, err := range client.Configuration.Subscribe(ctx, "configstore", []string{"greeting"}) {
		if err != nil {
			t.Fatal(err)
		}
		id = res.GetId()
		break // ends the stream
	}
	if id == "" {
		t.Fatal("no subscription id")
	}
	if _, err := client.Configuration.Unsubscribe(ctx, "configstore", id); err != nil {
		t.Fatal(err)
	}
}

func TestLock(t *testing.T) {
	ctx := context.Background()
	if ok, err := client.Lock.TryLock(ctx, "lockstore", "go-resource", "owner-a", 30); err != nil || !ok {
		t.Fatalf("owner-a: %v %v", ok, err)
	}
	if ok, _ := client.Lock.TryLock(ctx, "lockstore", "go-resource", "owner-b", 30); ok {
		t.Fatal("owner-b took a held lock")
	}
	if st, _ := client.Lock.Unlock(ctx, "lockstore", "go-resource", "owner-b"); st != daprruntimev1.UnlockResponse_LOCK_BELONGS_TO_OTHERS {
		t.Fatalf("owner-b unlock: %v", st)
	}
	if st, _ := client.Lock.Unlock(ctx, "lockstore", "go-resource", "owner-a"); st != daprruntimev1.UnlockResponse_SUCCESS {
		t.Fatalf("owner-a unlock: %v", st)
	}
}

// The example in README.md, built as a program of its own against this module, runs.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```go\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no go example")
	}
	sdkDir, _ := filepath.Abs(".")
	dir := t.TempDir()
	gomod := "module example\n\ngo 1.23\n\nrequire github.com/pillion-dev/pillion/sdks/go v0.0.0\n\nreplace github.com/pillion-dev/pillion/sdks/go => " + sdkDir + "\n"
	sum, _ := os.ReadFile("go.sum")
	for name, text := range map[string][]byte{"go.mod": []byte(gomod), "go.sum": sum, "main.go": m[1]} {
		if err := os.WriteFile(filepath.Join(dir, name), text, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("go", "run", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "DAPR_GRPC_PORT="+os.Getenv("PILLION_GRPC_PORT"), "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(string(out), "map[id:1 item:tea]") {
		t.Fatalf("output:\n%s", out)
	}
}

func TestOutputBinding(t *testing.T) {
	ctx := context.Background()
	withFile := func(r *daprruntimev1.InvokeBindingRequest) {
		r.Metadata = map[string]string{"fileName": "go-order.json"}
	}
	if _, err := client.Bindings.Invoke(ctx, "files", "create", map[string]any{"id": 3, "item": "binding"}, withFile); err != nil {
		t.Fatal(err)
	}
	read, err := client.Bindings.Invoke(ctx, "files", "get", nil, withFile)
	if err != nil {
		t.Fatal(err)
	}
	if read.Value.(map[string]any)["item"] != "binding" {
		t.Fatalf("read back %v", read.Value)
	}
	_, err = client.Bindings.Invoke(ctx, "no-such-binding", "get", nil)
	if perr := asError(t, err); !strings.Contains(perr.Message, "no-such-binding") {
		t.Fatalf("unknown binding: %+v", perr)
	}
}

func TestJobs(t *testing.T) {
	ctx := context.Background()
	_, err := client.Jobs.Schedule(ctx, "go-job", func(r *daprruntimev1.ScheduleJobRequest) {
		r.Job.DueTime = proto.String("1h")
		r.Job.Data = &anypb.Any{Value: pillion.JSON(map[string]string{"report": "daily"})}
	})
	if err != nil {
		t.Fatal(err)
	}
	job, err := client.Jobs.Get(ctx, "go-job")
	if err != nil {
		t.Fatal(err)
	}
	if job.GetName() != "go-job" || job.GetDueTime() != "1h" || string(job.GetData().GetValue()) != `{"report":"daily"}` {
		t.Fatalf("job %v", job)
	}
	if _, err := client.Jobs.Delete(ctx, "go-job"); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Jobs.Get(ctx, "go-job"); err == nil {
		t.Fatal("the deleted job is still there")
	}
}

func TestADueJobCallsTheAppBack(t *testing.T) {
	_, err := client.Jobs.Schedule(context.Background(), "go-due", func(r *daprruntimev1.ScheduleJobRequest) {
		r.Job.DueTime = proto.String("1s")
		r.Job.Data = &anypb.Any{Value: pillion.JSON(map[string]string{"report": "now"})}
	})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case j := <-dueJobs:
		if j.Data.(map[string]any)["report"] != "now" {
			t.Fatalf("job data %v", j.Data)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the job did not call the app back")
	}
}

func TestAJobScheduledThroughTheHTTPAPIArrivesDecoded(t *testing.T) {
	port := os.Getenv("PILLION_HTTP_PORT")
	if port == "" {
		t.Fatal("PILLION_HTTP_PORT is not set")
	}
	// Dapr's HTTP API stores the data as a google.protobuf.Value; the app gets it in an Any.
	body := `{"dueTime":"0s","data":{"report":"now","n":2,"ok":true,"tags":["a","b"],"none":null}}`
	res, err := http.Post("http://127.0.0.1:"+port+"/v1.0-alpha1/jobs/go-due-http", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNoContent {
		t.Fatalf("scheduling answered %d", res.StatusCode)
	}
	select {
	case j := <-httpJobs:
		want := map[string]any{"report": "now", "n": float64(2), "ok": true, "tags": []any{"a", "b"}, "none": nil}
		if !reflect.DeepEqual(j.Data, want) {
			t.Fatalf("job data %#v, want %#v", j.Data, want)
		}
		if j.ContentType != "type.googleapis.com/google.protobuf.Value" {
			t.Fatalf("content type %q", j.ContentType)
		}
		// RawData is the Any's value: the serialized google.protobuf.Value.
		var v structpb.Value
		if err := proto.Unmarshal(j.RawData, &v); err != nil || !reflect.DeepEqual(v.AsInterface(), want) {
			t.Fatalf("raw data %x (%v)", j.RawData, err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the job did not call the app back")
	}
}
