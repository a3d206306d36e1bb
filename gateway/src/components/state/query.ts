/**
 * Dapr's state query language (QueryStateAlpha1), parsed and validated once
 * for every driver that has the QUERY_API feature, plus the reference
 * semantics (matching, ordering, paging) that a driver evaluating queries in
 * memory uses and that SQL translations must agree with.
 *
 *   { "filter": { "AND": [ { "EQ": { "person.org": "A" } }, { "IN": { "state": ["CA", "WA"] } } ] },
 *     "sort": [ { "key": "person.id", "order": "DESC" } ],
 *     "page": { "limit": 10, "token": "20" } }
 *
 * Keys are dotted paths into the stored JSON value (a numeric segment also
 * indexes arrays). Comparison semantics: EQ/NEQ/IN compare JSON values
 * exactly by type (1 equals 1.0, "1" does not equal 1); NEQ and the range
 * operators only match items where the field exists; GT/GTE/LT/LTE take a
 * number or a string and only match fields of that same type.
 */

export type JsonScalar = string | number | boolean | null;

export type ComparisonOp = "EQ" | "NEQ" | "GT" | "GTE" | "LT" | "LTE";

export type QueryFilter =
  | { readonly op: ComparisonOp; readonly key: string; readonly path: readonly string[]; readonly value: JsonScalar }
  | { readonly op: "IN"; readonly key: string; readonly path: readonly string[]; readonly values: readonly JsonScalar[] }
  | { readonly op: "AND" | "OR"; readonly filters: readonly QueryFilter[] };

export interface QuerySort {
  readonly key: string;
  readonly path: readonly string[];
  readonly order: "ASC" | "DESC";
}

/** A parsed, valid query. */
export interface StateQuery {
  readonly filter?: QueryFilter;
  readonly sort: readonly QuerySort[];
  /** 0 means no limit. */
  readonly limit: number;
  /** Items to skip, from the page token. */
  readonly offset: number;
}

/** A query that is not valid; the message names the place, e.g. `filter.AND[1].EQ`. */
export class QueryError extends Error {
  constructor(
    readonly at: string,
    detail: string,
  ) {
    super(at ? `${at}: ${detail}` : detail);
    this.name = "QueryError";
  }
}

const comparisonOps: readonly string[] = ["EQ", "NEQ", "GT", "GTE", "LT", "LTE"];
const allOps = [...comparisonOps, "IN", "AND", "OR"];
const maxDepth = 32;

/** Parses the query document (JSON text, or the already-parsed object). Throws QueryError. */
export function parseStateQuery(input: string | unknown): StateQuery {
  let doc: unknown = input;
  if (typeof input === "string") {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      throw new QueryError("", `failed to parse JSON query body: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (!isObject(doc)) throw new QueryError("", "the query must be a JSON object with filter, sort and page");
  for (const k of Object.keys(doc)) {
    if (!["filter", "sort", "page"].includes(k)) throw new QueryError(k, 'is not a query field (use "filter", "sort" and "page")');
  }
  const filterDoc = doc["filter"];
  const filter = filterDoc === undefined || filterDoc === null || (isObject(filterDoc) && Object.keys(filterDoc).length === 0) ? undefined : parseFilter(filterDoc, "filter", 0);
  return {
    ...(filter && { filter }),
    sort: parseSort(doc["sort"]),
    ...parsePage(doc["page"]),
  };
}

function parseFilter(node: unknown, at: string, depth: number): QueryFilter {
  if (depth > maxDepth) throw new QueryError(at, `filters nest deeper than ${maxDepth} levels`);
  if (!isObject(node)) throw new QueryError(at, "a filter must be an object such as {\"EQ\": {\"key\": \"value\"}}");
  const entries = Object.entries(node);
  if (entries.length !== 1) throw new QueryError(at, `a filter must have exactly one operator (one of ${allOps.join(", ")})`);
  const [op, arg] = entries[0]!;
  const here = `${at}.${op}`;
  if (op === "AND" || op === "OR") {
    if (!Array.isArray(arg)) throw new QueryError(here, "must be an array of filters");
    if (arg.length < 2) throw new QueryError(here, "must contain at least two filters");
    return { op, filters: arg.map((f, i) => parseFilter(f, `${here}[${i}]`, depth + 1)) };
  }
  if (!comparisonOps.includes(op) && op !== "IN") throw new QueryError(at, `unsupported filter "${op}" (use one of ${allOps.join(", ")})`);
  if (!isObject(arg)) throw new QueryError(here, "must be an object with a single key/value pair");
  const pairs = Object.entries(arg);
  if (pairs.length !== 1) throw new QueryError(here, "must contain a single key/value pair");
  const [key, value] = pairs[0]!;
  const path = parseKey(key, here);
  if (op === "IN") {
    if (!Array.isArray(value)) throw new QueryError(`${here}.${key}`, "IN takes an array of values");
    if (value.length === 0) throw new QueryError(`${here}.${key}`, "IN needs at least one value");
    return { op, key, path, values: value.map((v, i) => scalar(v, `${here}.${key}[${i}]`)) };
  }
  const v = scalar(value, `${here}.${key}`);
  if (op !== "EQ" && op !== "NEQ" && typeof v !== "number" && typeof v !== "string") {
    throw new QueryError(`${here}.${key}`, `${op} compares a number or a string, not ${v === null ? "null" : typeof v}`);
  }
  return { op: op as ComparisonOp, key, path, value: v };
}

function parseKey(key: string, at: string): string[] {
  const path = key.split(".");
  if (key === "" || path.some((p) => p === "")) throw new QueryError(at, `"${key}" is not a key (use a dotted path such as "person.org")`);
  return path;
}

function scalar(v: unknown, at: string): JsonScalar {
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new QueryError(at, "the value must be a string, number, boolean or null");
}

function parseSort(node: unknown): QuerySort[] {
  if (node === undefined || node === null) return [];
  if (!Array.isArray(node)) throw new QueryError("sort", 'must be an array of {"key", "order"}');
  return node.map((s, i) => {
    const at = `sort[${i}]`;
    if (!isObject(s)) throw new QueryError(at, 'must be an object {"key", "order"}');
    const key = s["key"];
    if (typeof key !== "string") throw new QueryError(`${at}.key`, "is required");
    const order = s["order"] ?? "ASC";
    if (order !== "ASC" && order !== "DESC") throw new QueryError(`${at}.order`, `"${String(order)}" is not ASC or DESC`);
    return { key, path: parseKey(key, `${at}.key`), order };
  });
}

function parsePage(node: unknown): { limit: number; offset: number } {
  if (node === undefined || node === null) return { limit: 0, offset: 0 };
  if (!isObject(node)) throw new QueryError("page", 'must be an object {"limit", "token"}');
  const limit = node["limit"] ?? 0;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0) throw new QueryError("page.limit", "must be a whole number, 0 or more");
  const token = node["token"];
  if (token === undefined || token === null || token === "") return { limit, offset: 0 };
  if (typeof token !== "string") throw new QueryError("page.token", "must be the string a previous query returned");
  return { limit, offset: decodePageToken(token) };
}

/** Page tokens are offsets, as in Dapr's SQL stores. */
export function decodePageToken(token: string): number {
  if (!/^\d{1,15}$/.test(token)) throw new QueryError("page.token", `"${token}" is not a token a previous query returned`);
  return Number(token);
}

export function encodePageToken(offset: number): string {
  return String(offset);
}

// ---- reference semantics ---------------------------------------------------------

const missing = Symbol("missing");
type Found = unknown | typeof missing;

/** The value at a path in a JSON document (numeric segments index arrays), or `missing`. */
export function valueAt(doc: unknown, path: readonly string[]): Found {
  let cur: unknown = doc;
  for (const seg of path) {
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(seg)) return missing;
      cur = cur[Number(seg)];
      if (cur === undefined) return missing;
    } else if (isObject(cur)) {
      if (!Object.hasOwn(cur, seg)) return missing;
      cur = cur[seg];
    } else return missing;
  }
  return cur;
}

/** Whether a JSON document matches a filter. */
export function matchesFilter(doc: unknown, f: QueryFilter): boolean {
  switch (f.op) {
    case "AND":
      return f.filters.every((x) => matchesFilter(doc, x));
    case "OR":
      return f.filters.some((x) => matchesFilter(doc, x));
    case "IN": {
      const v = valueAt(doc, f.path);
      return v !== missing && f.values.some((x) => jsonEquals(v, x));
    }
    default: {
      const v = valueAt(doc, f.path);
      if (v === missing) return false;
      switch (f.op) {
        case "EQ":
          return jsonEquals(v, f.value);
        case "NEQ":
          return !jsonEquals(v, f.value);
        default: {
          if (typeof v !== typeof f.value) return false;
          const c = (v as number | string) < (f.value as number | string) ? -1 : v === f.value ? 0 : 1;
          return f.op === "GT" ? c > 0 : f.op === "GTE" ? c >= 0 : f.op === "LT" ? c < 0 : c <= 0;
        }
      }
    }
  }
}

/** Exact JSON equality (numbers by value, objects by members, arrays in order). */
export function jsonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEquals(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEquals(a[k], b[k]));
  }
  return false;
}

/**
 * Orders two documents by the sort keys, the way PostgreSQL orders jsonb:
 * by type (null < string < number < boolean < array < object), then by value;
 * a missing field sorts after every value in ASC and before them in DESC.
 */
export function compareForSort(a: unknown, b: unknown, sort: readonly QuerySort[]): number {
  for (const s of sort) {
    const va = valueAt(a, s.path);
    const vb = valueAt(b, s.path);
    let c: number;
    if (va === missing || vb === missing) c = va === vb ? 0 : va === missing ? 1 : -1;
    else c = compareJson(va, vb);
    if (c !== 0) return s.order === "DESC" ? -c : c;
  }
  return 0;
}

const typeRank = (v: unknown): number =>
  v === null ? 0 : typeof v === "string" ? 1 : typeof v === "number" ? 2 : typeof v === "boolean" ? 3 : Array.isArray(v) ? 4 : 5;

function compareJson(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "string") return a < (b as string) ? -1 : a === b ? 0 : 1;
  if (typeof a === "number") return a - (b as number);
  if (typeof a === "boolean") return Number(a) - Number(b);
  // Arrays and objects: compare their JSON text (a stable, if arbitrary, order).
  const ta = JSON.stringify(a);
  const tb = JSON.stringify(b);
  return ta < tb ? -1 : ta === tb ? 0 : 1;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
