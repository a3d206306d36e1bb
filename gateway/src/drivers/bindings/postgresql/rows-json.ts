/**
 * Query results as Dapr's PostgreSQL binding returns them: a JSON array of
 * rows, each row an array of its column values as pgx and Go's encoding/json
 * give them: numbers as JSON numbers (exact digits), booleans, json/jsonb
 * as JSON, bytea as base64, timestamps and dates in RFC 3339, NULL as null,
 * anything else as its text.
 */

/** PostgreSQL type OIDs that are numbers in JSON. */
const numeric = new Set([20, 21, 23, 26, 700, 701, 1700]);
const BOOL = 16;
const BYTEA = 17;
const JSON_OID = 114;
const JSONB = 3802;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/** Rows of raw text values (node-postgres with every type left as text) as Dapr's JSON. */
export function rowsJson(rows: readonly (readonly (string | null)[])[], typeOids: readonly number[]): string {
  return `[${rows.map((row) => `[${row.map((v, i) => valueJson(v, typeOids[i] ?? 25)).join(",")}]`).join(",")}]`;
}

function valueJson(v: string | null, oid: number): string {
  if (v === null) return "null";
  if (numeric.has(oid)) return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(v) ? v : JSON.stringify(v);
  switch (oid) {
    case BOOL:
      return v === "t" ? "true" : "false";
    case JSON_OID:
    case JSONB:
      return v;
    case BYTEA:
      return JSON.stringify(v.startsWith("\\x") ? Buffer.from(v.slice(2), "hex").toString("base64") : Buffer.from(v).toString("base64"));
    case DATE:
      return /^\d{4}-\d{2}-\d{2}$/.test(v) ? JSON.stringify(`${v}T00:00:00Z`) : JSON.stringify(v);
    case TIMESTAMP:
      return JSON.stringify(timestamp(v, "Z"));
    case TIMESTAMPTZ:
      return JSON.stringify(timestampTz(v));
    default:
      return JSON.stringify(v);
  }
}

/** "2024-01-02 03:04:05.5" → "2024-01-02T03:04:05.5Z". */
function timestamp(v: string, zone: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)?$/.exec(v);
  if (!m) return v;
  const frac = (m[3] ?? "").replace(/0+$/, "");
  return `${m[1]}T${m[2]}${frac === "." ? "" : frac}${zone}`;
}

/** "2024-01-02 03:04:05.5+00" → "2024-01-02T03:04:05.5Z"; other offsets as "+hh:mm". */
function timestampTz(v: string): string {
  const m = /^(.*?)([+-]\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(v);
  if (!m) return v;
  const offset = m[2] === "+00" && (m[3] ?? "00") === "00" ? "Z" : `${m[2]}:${m[3] ?? "00"}`;
  return timestamp(m[1]!, offset);
}
