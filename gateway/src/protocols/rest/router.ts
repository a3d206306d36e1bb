import type { RestRoute } from "./route.js";

/** A route matched against a request path, with its path variable values. */
export interface RouteMatch {
  readonly route: RestRoute;
  /** Decoded values of the route's path variables, in route.vars order. */
  readonly values: readonly string[];
}

interface Node {
  readonly literals: Map<string, Node>;
  wildcard?: Node;
  /** Routes ending here, keyed by verb ("*" for any), plus " :custom" for custom verbs. */
  readonly routes: Map<string, RestRoute>;
  /** Routes whose last segment takes the rest of the path, same keys. */
  readonly deep: Map<string, RestRoute>;
}

const newNode = (): Node => ({ literals: new Map(), routes: new Map(), deep: new Map() });
const key = (verb: string, custom: string | undefined) => (custom ? `${verb} :${custom}` : verb);

/**
 * A segment trie over the route table. Literal segments win over single
 * wildcards, which win over a deep wildcard, as in Dapr's router (so
 * /v1.0/publish/bulk/... reaches bulk publish, not publish to a pubsub named
 * "bulk").
 */
export class RestRouter {
  private readonly root = newNode();

  constructor(routes: readonly RestRoute[]) {
    for (const route of routes) this.add(route);
  }

  private add(route: RestRoute): void {
    let node = this.root;
    const k = key(route.verb, route.customVerb);
    for (const seg of route.segments) {
      if (seg === 1) {
        node.deep.set(k, route);
        return;
      }
      if (seg === 0) node = node.wildcard ??= newNode();
      else {
        let next = node.literals.get(seg);
        if (!next) node.literals.set(seg, (next = newNode()));
        node = next;
      }
    }
    node.routes.set(k, route);
  }

  /**
   * Finds the route for an HTTP method and a raw (still percent-encoded) path
   * without its query. Returns "method-not-allowed" when the path exists for
   * other methods only.
   */
  match(method: string, rawPath: string): RouteMatch | "method-not-allowed" | undefined {
    const parts = rawPath.split("/");
    const last = parts[parts.length - 1]!;
    const colon = last.lastIndexOf(":");
    if (colon > 0) {
      const custom = last.slice(colon + 1);
      const stripped = [...parts.slice(0, -1), last.slice(0, colon)];
      const m = this.find(stripped, method, custom);
      if (m) return m;
    }
    const m = this.find(parts, method, undefined);
    if (m) return m;
    return this.find(parts, undefined, undefined) ? "method-not-allowed" : undefined;
  }

  private find(parts: readonly string[], method: string | undefined, custom: string | undefined): RouteMatch | undefined {
    return walk(this.root, parts, 1, method, custom);
  }
}

function walk(node: Node, parts: readonly string[], i: number, method: string | undefined, custom: string | undefined): RouteMatch | undefined {
  if (i === parts.length) {
    const route = pick(node.routes, method, custom);
    return route && { route, values: extract(route, parts) };
  }
  const part = parts[i]!;
  const lit = node.literals.get(part);
  if (lit) {
    const m = walk(lit, parts, i + 1, method, custom);
    if (m) return m;
  }
  if (node.wildcard && part !== "") {
    const m = walk(node.wildcard, parts, i + 1, method, custom);
    if (m) return m;
  }
  if (part === "") return undefined;
  const deep = pick(node.deep, method, custom);
  return deep && { route: deep, values: extract(deep, parts) };
}

function pick(routes: Map<string, RestRoute>, method: string | undefined, custom: string | undefined): RestRoute | undefined {
  if (routes.size === 0) return undefined;
  if (method === undefined) return routes.values().next().value;
  return routes.get(key(method, custom)) ?? routes.get(key("*", custom));
}

function extract(route: RestRoute, parts: readonly string[]): string[] {
  // parts[0] is the empty string before the leading "/", so segment k is parts[k + 1].
  const vars = route.vars;
  const values = new Array<string>(vars.length);
  for (let i = 0; i < vars.length; i++) {
    const v = vars[i]!;
    const start = v.start + 1;
    const end = route.segments[v.end - 1] === 1 ? parts.length : v.end + 1;
    values[i] = end === start + 1 ? decodeSegment(parts[start]!) : parts.slice(start, end).map(decodeSegment).join("/");
  }
  return values;
}

function decodeSegment(s: string): string {
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
