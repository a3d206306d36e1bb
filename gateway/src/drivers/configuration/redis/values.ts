/**
 * How daprd's Redis configuration store lays items out: a string key per
 * item holding "value||version" (a value without "||" has no version), and
 * changes announced on the keyspace channel "__keyspace@<db>__:<key>".
 */

const separator = "||";

/** Value and version of a stored string, as daprd splits it (the first two parts). */
export function parseStoredValue(stored: string): { value: string; version: string } {
  const parts = stored.split(separator);
  return { value: parts[0] ?? "", version: parts[1] ?? "" };
}

/** The stored form of an item. */
export function storedValue(value: string, version: string): string {
  return version === "" ? value : `${value}${separator}${version}`;
}

export function keyspacePrefix(db: number): string {
  return `__keyspace@${db}__:`;
}

/** The notify-keyspace-events flags daprd sets: keyspace events (K) for generic (g), string ($), expired (x) and evicted (e) keys. */
export const requiredEventFlags = "Kg$xe";

/**
 * The notify-keyspace-events value that adds daprd's flags to what the
 * server has, or undefined when it already has them ("A" stands for
 * g$lshzxet and more).
 */
export function missingEventFlags(current: string): string | undefined {
  const has = (f: string) => current.includes(f) || (current.includes("A") && f !== "K" && f !== "E");
  const missing = [...requiredEventFlags].filter((f) => !has(f));
  return missing.length === 0 ? undefined : current + missing.join("");
}
