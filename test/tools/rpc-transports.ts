/**
 * Every way a client can reach the sidecar's RPC services, as connect-node
 * transports: Connect (JSON and binary) and gRPC-Web on the HTTP port
 * (HTTP/1.1) and on the gRPC port (HTTP/2), and gRPC on the gRPC port.
 */
import type { Interceptor, Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";

export interface RpcTransport {
  /** e.g. "connect+json on the HTTP port". */
  readonly name: string;
  create(ports: { httpUrl: string; grpcUrl: string }, opts?: { interceptors?: Interceptor[] }): Transport;
}

export const rpcTransports: readonly RpcTransport[] = [
  {
    name: "gRPC on the gRPC port",
    create: (p, o) => createGrpcTransport({ baseUrl: p.grpcUrl, interceptors: o?.interceptors ?? [] }),
  },
  {
    name: "Connect JSON on the HTTP port (HTTP/1.1)",
    create: (p, o) => createConnectTransport({ baseUrl: p.httpUrl, httpVersion: "1.1", useBinaryFormat: false, interceptors: o?.interceptors ?? [] }),
  },
  {
    name: "Connect binary on the HTTP port (HTTP/1.1)",
    create: (p, o) => createConnectTransport({ baseUrl: p.httpUrl, httpVersion: "1.1", useBinaryFormat: true, interceptors: o?.interceptors ?? [] }),
  },
  {
    name: "Connect JSON on the gRPC port (HTTP/2)",
    create: (p, o) => createConnectTransport({ baseUrl: p.grpcUrl, httpVersion: "2", useBinaryFormat: false, interceptors: o?.interceptors ?? [] }),
  },
  {
    name: "Connect binary on the gRPC port (HTTP/2)",
    create: (p, o) => createConnectTransport({ baseUrl: p.grpcUrl, httpVersion: "2", useBinaryFormat: true, interceptors: o?.interceptors ?? [] }),
  },
  {
    name: "gRPC-Web on the HTTP port (HTTP/1.1)",
    create: (p, o) => createGrpcWebTransport({ baseUrl: p.httpUrl, httpVersion: "1.1", interceptors: o?.interceptors ?? [] }),
  },
  {
    name: "gRPC-Web on the gRPC port (HTTP/2)",
    create: (p, o) => createGrpcWebTransport({ baseUrl: p.grpcUrl, httpVersion: "2", interceptors: o?.interceptors ?? [] }),
  },
];

/** An interceptor that sends a header with every call (e.g. dapr-api-token). */
export function withHeader(name: string, value: string): Interceptor {
  return (next) => (req) => {
    req.header.set(name, value);
    return next(req);
  };
}
