/**
 * The `items` metadata of configuration.in-memory: the store's initial
 * items as a YAML or JSON mapping from key to either a plain value or
 * {value, version, metadata}:
 *
 *   greeting: hello
 *   maxOrders: 10
 *   theme: { value: dark, version: "7", metadata: { owner: web } }
 *
 * Numbers and booleans become their text. Errors name the key.
 */
import { parse } from "yaml";

export interface ItemSpec {
  readonly value: string;
  readonly version?: string;
  readonly metadata?: Readonly<Record<string, string>>;
}

export class ItemsError extends Error {
  override name = "ItemsError";
}

export function parseItems(text: string): Record<string, ItemSpec> {
  if (text.trim() === "") return {};
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ItemsError(`is not YAML or JSON: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  if (doc === null || doc === undefined) return {};
  if (!isMapping(doc)) throw new ItemsError("must be a mapping from key to value, or to {value, version, metadata}");
  const out: Record<string, ItemSpec> = {};
  for (const [key, spec] of Object.entries(doc)) {
    if (key === "") throw new ItemsError("has an empty key");
    out[key] = item(key, spec);
  }
  return out;
}

function item(key: string, spec: unknown): ItemSpec {
  const scalar = text(spec);
  if (scalar !== undefined) return { value: scalar };
  if (!isMapping(spec)) throw new ItemsError(`${key}: must be a value or {value, version, metadata}`);
  for (const k of Object.keys(spec)) {
    if (k !== "value" && k !== "version" && k !== "metadata") throw new ItemsError(`${key}.${k}: is not an item field (use value, version and metadata)`);
  }
  const value = text(spec["value"]);
  if (value === undefined) throw new ItemsError(`${key}.value: is required and must be a string, number or boolean`);
  const out: { value: string; version?: string; metadata?: Record<string, string> } = { value };
  if (spec["version"] !== undefined && spec["version"] !== null) {
    const version = text(spec["version"]);
    if (version === undefined) throw new ItemsError(`${key}.version: must be a string or number`);
    out.version = version;
  }
  if (spec["metadata"] !== undefined && spec["metadata"] !== null) {
    const md = spec["metadata"];
    if (!isMapping(md)) throw new ItemsError(`${key}.metadata: must be a mapping of names to values`);
    out.metadata = {};
    for (const [name, v] of Object.entries(md)) {
      const t = text(v);
      if (t === undefined) throw new ItemsError(`${key}.metadata.${name}: must be a string, number or boolean`);
      out.metadata[name] = t;
    }
  }
  return out;
}

function text(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if ((typeof v === "number" && Number.isFinite(v)) || typeof v === "boolean") return String(v);
  return undefined;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
