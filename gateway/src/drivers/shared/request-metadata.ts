/**
 * Per-request settings Dapr's components read from a request's metadata:
 * `ttl` / `ttlInSeconds` (a Go duration or a whole number of seconds above
 * zero) and `priority` (a whole number, clamped to 0..255), with Dapr's
 * error messages.
 */
import { parseDuration } from "../../components/metadata-schema.js";

/** The TTL in milliseconds, or undefined when the request has none. */
export function requestTtlMs(metadata: Readonly<Record<string, string>>): number | undefined {
  const val = lookup(metadata, "ttl") || lookup(metadata, "ttlInSeconds");
  if (!val) return undefined;
  if (/[a-zµ]/i.test(val)) {
    const ms = parseDuration(val.startsWith("-") ? val.slice(1) : val);
    if (ms !== undefined) return val.startsWith("-") ? 0 : ms;
  }
  if (!/^[+-]?\d+$/.test(val)) throw new Error(`ttl value must be a valid integer: actual is '${val}'`);
  const n = Number(val);
  if (n <= 0) throw new Error(`ttl value must be higher than zero: actual is '${n}'`);
  return n * 1000;
}

/** The priority, or undefined when the request has none. */
export function requestPriority(metadata: Readonly<Record<string, string>>): number | undefined {
  const val = metadata["priority"];
  if (val === undefined || val === "") return undefined;
  if (!/^[+-]?\d+$/.test(val)) throw new Error(`priority value must be a valid integer: actual is '${val}'`);
  return Math.min(Math.max(Number(val), 0), 255);
}

/** A metadata value by name, case-insensitively (as Dapr's GetMetadataProperty). */
export function lookup(metadata: Readonly<Record<string, string>>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(metadata)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
