/**
 * Finds the sidecar that serves an app id, for calls to apps other than this
 * sidecar's own. Implementations: the local file registry (several sidecars
 * on one machine); others (mDNS, DNS, Consul) can follow the same interface.
 */

/** Where another sidecar listens, and how to prove to it that we are a sidecar too. */
export interface PeerAddress {
  readonly appId: string;
  readonly namespace: string;
  readonly host: string;
  readonly httpPort: number;
  readonly grpcPort: number;
  /** Sent as pillion-peer-token so the peer accepts the forwarded call without its API token. */
  readonly peerToken: string;
}

export interface NameResolver {
  /** A sidecar serving `appId` in `namespace`, or undefined when none is known. */
  resolve(appId: string, namespace: string): Promise<PeerAddress | undefined>;
  /** Forgets what was cached about an address that just failed. */
  forget?(peer: PeerAddress): void;
}

/** An http://host:port origin (IPv6 hosts in brackets). */
export function originOf(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}
