package pillion

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
)

// Client calls the sidecar over gRPC. Its building blocks are fields
// (client.State.Get(ctx, store, key)); calls that belong to none are methods
// (client.Invoke(ctx, appID, method, data)).
type Client struct {
	facade
	conn    *grpc.ClientConn
	address string
}

// Option configures NewClient.
type Option func(*clientConfig)

type clientConfig struct {
	address  string
	token    *string
	dialOpts []grpc.DialOption
}

// WithAddress sets the sidecar's gRPC address ("host:port").
func WithAddress(address string) Option { return func(c *clientConfig) { c.address = address } }

// WithAPIToken sets the token sent as dapr-api-token (default: $DAPR_API_TOKEN).
func WithAPIToken(token string) Option { return func(c *clientConfig) { c.token = &token } }

// WithDialOptions adds gRPC dial options.
func WithDialOptions(opts ...grpc.DialOption) Option {
	return func(c *clientConfig) { c.dialOpts = append(c.dialOpts, opts...) }
}

// DefaultAddress is the sidecar's gRPC address from the environment the
// sidecar gives its app: DAPR_GRPC_ENDPOINT, else DAPR_RUNTIME_HOST
// (127.0.0.1) and DAPR_GRPC_PORT (50001).
func DefaultAddress() string {
	if ep := os.Getenv("DAPR_GRPC_ENDPOINT"); ep != "" {
		for _, scheme := range []string{"http://", "dns:///"} {
			ep = strings.TrimPrefix(ep, scheme)
		}
		return ep
	}
	host := os.Getenv("DAPR_RUNTIME_HOST")
	if host == "" {
		host = "127.0.0.1"
	}
	port := os.Getenv("DAPR_GRPC_PORT")
	if port == "" {
		port = "50001"
	}
	return host + ":" + port
}

// NewClient creates a client of the sidecar at DefaultAddress (or
// WithAddress). It connects lazily; WaitForSidecar waits until it is ready.
func NewClient(opts ...Option) (*Client, error) {
	cfg := clientConfig{address: DefaultAddress()}
	for _, o := range opts {
		o(&cfg)
	}
	token := os.Getenv("DAPR_API_TOKEN")
	if cfg.token != nil {
		token = *cfg.token
	}
	dial := []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	if token != "" {
		dial = append(dial,
			grpc.WithChainUnaryInterceptor(func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, o ...grpc.CallOption) error {
				return invoker(metadata.AppendToOutgoingContext(ctx, "dapr-api-token", token), method, req, reply, cc, o...)
			}),
			grpc.WithChainStreamInterceptor(func(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, o ...grpc.CallOption) (grpc.ClientStream, error) {
				return streamer(metadata.AppendToOutgoingContext(ctx, "dapr-api-token", token), desc, cc, method, o...)
			}),
		)
	}
	conn, err := grpc.NewClient(cfg.address, append(dial, cfg.dialOpts...)...)
	if err != nil {
		return nil, fmt.Errorf("pillion: cannot create a client of %s: %w", cfg.address, err)
	}
	return &Client{facade: newFacade(newStubs(conn)), conn: conn, address: cfg.address}, nil
}

// Conn is the gRPC connection, for the raw clients in proto/.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// WaitForSidecar waits until the sidecar answers its outbound health probe
// (its components are ready), or the timeout passes.
func (c *Client) WaitForSidecar(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		probe, stop := context.WithTimeout(ctx, time.Second)
		_, err := c.Health.Outbound(probe)
		stop()
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("pillion: the sidecar at %s is not ready after %s: %w", c.address, timeout, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
