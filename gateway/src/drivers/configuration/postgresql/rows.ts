/**
 * Reading daprd's PostgreSQL configuration table (columns key, value,
 * version, metadata; a key may have several rows) and the notifications its
 * trigger sends ({"table", "action", "data": the row as JSON}).
 */
import type { ConfigurationItem } from "../../../components/configuration/configuration-store.js";

/** Names Dapr accepts for the table and the notify channel: lower-case letters, digits, ".", "/" and "_", at most 64 characters. */
export const identifierPattern = /^[a-z0-9./_]{1,64}$/;
/** Keys Dapr accepts in a get. */
export const keyPattern = /^[a-zA-Z0-9./_]*$/;

export interface ConfigRow {
  readonly key: string;
  readonly value: string;
  readonly version: string;
  readonly metadata: unknown;
}

/** The item of each key: when a key has several rows, the one with the highest numeric version (daprd's rule; a non-number counts as -1, ties keep the first row). */
export function latestPerKey(rows: readonly ConfigRow[]): Record<string, ConfigurationItem> {
  const out: Record<string, ConfigurationItem> = {};
  const best = new Map<string, number>();
  for (const row of rows) {
    const n = numericVersion(row.version);
    const seen = best.get(row.key);
    if (seen !== undefined && n <= seen) continue;
    best.set(row.key, n);
    out[row.key] = { value: row.value ?? "", version: row.version ?? "", metadata: stringMap(row.metadata) };
  }
  return out;
}

function numericVersion(v: string): number {
  return /^[+-]?\d+$/.test(v ?? "") ? Number(v) : -1;
}

function stringMap(m: unknown): Record<string, string> {
  const parsed = typeof m === "string" ? safeJson(m) : m;
  const out: Record<string, string> = {};
  if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
    for (const [k, v] of Object.entries(parsed)) out[k] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The key and item of a trigger notification, or undefined when the payload
 * is not one. Column names are matched case-insensitively, as daprd does; a
 * DELETE gives the key with an empty value (a deleted item).
 */
export function parseNotification(payload: string): { key: string; item: ConfigurationItem } | undefined {
  const msg = safeJson(payload) as { action?: unknown; data?: unknown } | undefined;
  if (!msg || typeof msg !== "object" || !msg.data || typeof msg.data !== "object") return undefined;
  const cols: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(msg.data as Record<string, unknown>)) cols[k.toLowerCase()] = v;
  if (typeof cols.key !== "string") return undefined;
  const deleted = typeof msg.action === "string" && msg.action.toUpperCase() === "DELETE";
  return {
    key: cols.key,
    item: {
      value: deleted ? "" : typeof cols.value === "string" ? cols.value : "",
      version: typeof cols.version === "string" ? cols.version : "",
      metadata: deleted ? {} : stringMap(cols.metadata),
    },
  };
}
