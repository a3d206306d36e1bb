import { timingSafeEqual, createHash } from "node:crypto";

/** The header (and gRPC metadata key) carrying the API token, as in Dapr. */
export const apiTokenHeader = "dapr-api-token";

/**
 * Carries a sidecar's peer token when another pillion sidecar forwards a
 * service call to it (the peer token is published in the local name
 * registry). It stands in for the API token on invocation only, and is never
 * passed on to the app.
 */
export const peerTokenHeader = "pillion-peer-token";

/**
 * Checks API tokens in constant time. Both sides are hashed first, so the
 * comparison takes the same time whatever the length of the given token.
 */
export class TokenCheck {
  private readonly expected?: Buffer;
  private readonly peer?: Buffer;

  constructor(token: string | undefined, peerToken?: string) {
    if (token) this.expected = digest(token);
    if (peerToken) this.peer = digest(peerToken);
  }

  get enabled(): boolean {
    return this.expected !== undefined;
  }

  accepts(given: string | string[] | null | undefined): boolean {
    if (!this.expected) return true;
    const value = Array.isArray(given) ? given[0] : given;
    if (typeof value !== "string") return false;
    return timingSafeEqual(digest(value), this.expected);
  }

  /** Whether `given` is this sidecar's peer token (a service call forwarded by another pillion sidecar). */
  acceptsPeer(given: string | string[] | null | undefined): boolean {
    if (!this.peer) return false;
    const value = Array.isArray(given) ? given[0] : given;
    if (typeof value !== "string") return false;
    return timingSafeEqual(digest(value), this.peer);
  }
}

function digest(s: string): Buffer {
  return createHash("sha256").update(s).digest();
}
