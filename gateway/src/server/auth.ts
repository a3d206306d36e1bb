import { timingSafeEqual, createHash } from "node:crypto";

/** The header (and gRPC metadata key) carrying the API token, as in Dapr. */
export const apiTokenHeader = "dapr-api-token";

/**
 * Checks API tokens in constant time. Both sides are hashed first, so the
 * comparison takes the same time whatever the length of the given token.
 */
export class TokenCheck {
  private readonly expected?: Buffer;

  constructor(token: string | undefined) {
    if (token) this.expected = digest(token);
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
}

function digest(s: string): Buffer {
  return createHash("sha256").update(s).digest();
}
