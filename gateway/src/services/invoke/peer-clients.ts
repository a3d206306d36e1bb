/**
 * Connections to other sidecars, one per address and kept alive: an undici
 * pool for HTTP invocation and a Connect gRPC client (HTTP/2) for
 * InvokeService.
 */
import { createClient, type Client, type Transport } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import type { Pool } from "undici";
import { Dapr } from "../../gen/dapr/proto/runtime/v1/dapr_pb.js";
import { undici } from "../../util/undici.js";
import { originOf, type PeerAddress } from "./name-resolver.js";

export class PeerClients {
  private readonly pools = new Map<string, Pool>();
  private readonly grpc = new Map<string, Client<typeof Dapr>>();
  private readonly transports = new Map<string, Transport>();

  /** The HTTP connection pool to a sidecar's HTTP port. */
  http(peer: PeerAddress): Pool {
    const origin = originOf(peer.host, peer.httpPort);
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new (undici().Pool)(origin, { connections: 128, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 0, bodyTimeout: 0 });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  /** A Dapr API client on a sidecar's gRPC port. */
  dapr(peer: PeerAddress): Client<typeof Dapr> {
    const origin = originOf(peer.host, peer.grpcPort);
    let client = this.grpc.get(origin);
    if (!client) {
      client = createClient(Dapr, this.transport(peer));
      this.grpc.set(origin, client);
    }
    return client;
  }

  /** The gRPC transport (one HTTP/2 connection) to a sidecar's gRPC port, for clients of any service it serves. */
  transport(peer: PeerAddress): Transport {
    const origin = originOf(peer.host, peer.grpcPort);
    let transport = this.transports.get(origin);
    if (!transport) {
      transport = createGrpcTransport({ baseUrl: origin, pingIntervalMs: 30_000, idleConnectionTimeoutMs: 5 * 60_000 });
      this.transports.set(origin, transport);
    }
    return transport;
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    this.grpc.clear();
    this.transports.clear();
    await Promise.all(pools.map((p) => p.close().catch(() => undefined)));
  }
}
