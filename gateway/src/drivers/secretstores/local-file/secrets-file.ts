/**
 * Turns the JSON document of a secrets file into secrets, as Dapr's
 * secretstores.local.file does:
 *
 * - Single-valued (the default): every leaf of the document is a secret whose
 *   name is the path to it, joined with the nested separator (":" by
 *   default); array items are named by their index. {"db": {"user": "u"},
 *   "hosts": ["a"]} holds "db:user" and "hosts:0".
 * - Multi-valued: every top-level entry is a secret. A string is a secret with
 *   one value; an object is a secret whose keys are the (flattened) paths
 *   inside it: {"db": {"user": "u", "conn": {"host": "h"}}} holds "db" with
 *   the keys "user" and "conn:host".
 *
 * Where Dapr is quietly odd, pillion is explicit (see the driver's notes):
 * numbers, booleans and null become their JSON text ("42", "true", "") where
 * Go's fmt gives "%!s(float64=42)"; two leaves that flatten to the same name
 * are an error where Dapr stops reading the file midway; a multi-valued entry
 * that is neither a string nor an object is skipped with a warning where Dapr
 * skips it silently.
 */

/** A secret: one value (answered as {name: value}) or several key/value pairs. */
export type FileSecret = string | Readonly<Record<string, string>>;

export class SecretsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretsFileError";
  }
}

export interface ParsedSecrets {
  readonly secrets: ReadonlyMap<string, FileSecret>;
  /** Entries left out, and why (multi-valued files only). */
  readonly skipped: readonly string[];
}

export function parseSecretsDocument(text: string, opts: { separator: string; multiValued: boolean }): ParsedSecrets {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new SecretsFileError(`is not valid JSON: ${jsonErrorWhere(text, e)}`);
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw new SecretsFileError(`must hold a JSON object of secrets, not ${Array.isArray(doc) ? "an array" : doc === null ? "null" : `a ${typeof doc}`}`);
  }
  const top = doc as Record<string, unknown>;
  const secrets = new Map<string, FileSecret>();
  const skipped: string[] = [];
  if (!opts.multiValued) {
    for (const [name, value] of flatten(top, opts.separator)) secrets.set(name, value);
    return { secrets, skipped };
  }
  for (const [name, value] of Object.entries(top)) {
    if (typeof value === "string") secrets.set(name, value);
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) secrets.set(name, Object.fromEntries(flatten(value as Record<string, unknown>, opts.separator)));
    else skipped.push(`"${name}": a multi-valued secret must be a string or an object, not ${Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`}`);
  }
  return { secrets, skipped };
}

/** The leaves of an object as [path joined with the separator, text]. */
function flatten(obj: Record<string, unknown>, separator: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (value: unknown, path: string[]) => {
    if (value !== null && typeof value === "object") {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as Record<string, unknown>);
      for (const [k, v] of entries) visit(v, [...path, k]);
      return;
    }
    const name = path.join(separator);
    if (out.has(name)) throw new SecretsFileError(`holds two values named "${name}" once nested keys are joined with "${separator}"`);
    out.set(name, leafText(value));
  };
  for (const [k, v] of Object.entries(obj)) visit(v, [k]);
  return out;
}

function leafText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null) return "";
  return String(value);
}

/** JSON.parse's message with the line and column of the position it names. */
function jsonErrorWhere(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos).split("\n");
  return `${message} (line ${before.length}, column ${before.at(-1)!.length + 1})`;
}
