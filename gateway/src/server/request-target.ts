/**
 * The request target of an HTTP/1.1 request, split into path and query.
 * An ordinary target ("/v1.0/state/s/k?metadata.x=1": a rooted path and
 * query of plain URL characters, no dot segments) is split by hand, since
 * WHATWG URL parsing would leave it exactly as it is; anything else goes
 * through `new URL`, which percent-encodes, resolves dot segments and turns
 * backslashes into slashes. Either way the same pathname and query come out,
 * and the URL object itself is only made when a handler asks for it.
 */

export interface RequestTarget {
  /** The path as WHATWG URL gives it (still percent-encoded). */
  readonly pathname: string;
  /** The query parameters, parsed on first use. */
  readonly searchParams: URLSearchParams;
  /** The whole target as a URL on host "sidecar", made on first use. */
  url(): URL;
}

/**
 * A rooted target of RFC 3986 path characters (but for "'", which URL
 * encodes in a query) and an optional query of the same plus "?". URL
 * parsing leaves such a target unchanged unless it has a dot segment.
 */
const plainTarget = /^\/[A-Za-z0-9\-._~!$&()*+,;=:@/%]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@/?%]*)?$/;

class SplitTarget implements RequestTarget {
  private params: URLSearchParams | undefined;
  private parsed: URL | undefined;

  constructor(
    private readonly raw: string,
    readonly pathname: string,
    private readonly query: string,
  ) {}

  get searchParams(): URLSearchParams {
    return (this.params ??= new URLSearchParams(this.query));
  }

  url(): URL {
    return (this.parsed ??= new URL(`http://sidecar${this.raw}`));
  }
}

class ParsedTarget implements RequestTarget {
  constructor(private readonly parsed: URL) {}

  get pathname(): string {
    return this.parsed.pathname;
  }

  get searchParams(): URLSearchParams {
    return this.parsed.searchParams;
  }

  url(): URL {
    return this.parsed;
  }
}

/**
 * The target of a request. A path that starts with "//" stays a path (as a
 * relative reference it would name a host, and "//" alone would not parse);
 * undefined when the target is not a valid URL at all.
 */
export function requestTarget(target: string | undefined): RequestTarget | undefined {
  const raw = target ?? "/";
  if (plainTarget.test(raw)) {
    const q = raw.indexOf("?");
    const pathname = q < 0 ? raw : raw.slice(0, q);
    // "." and ".." segments, also spelled %2e, are what URL parsing would change.
    if (!pathname.includes("/.") && !pathname.includes("%2e") && !pathname.includes("%2E")) {
      return new SplitTarget(raw, pathname, q < 0 ? "" : raw.slice(q + 1));
    }
  }
  try {
    return new ParsedTarget(raw.startsWith("/") ? new URL(`http://sidecar${raw}`) : new URL(raw, "http://sidecar"));
  } catch {
    return undefined;
  }
}
