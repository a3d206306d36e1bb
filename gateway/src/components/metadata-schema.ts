/**
 * A driver declares its component metadata once, as a schema. The parsed
 * config type, validation with errors that name the field, the generated
 * driver reference in the README and the conformance suite all read it.
 */

export type FieldType = "string" | "number" | "boolean" | "duration" | "list";

export interface FieldSpec<T extends FieldType = FieldType> {
  readonly type: T;
  readonly description: string;
  readonly required?: boolean;
  readonly default?: ValueOf<T>;
  /** Allowed values, for strings. */
  readonly oneOf?: readonly string[];
  /** Dapr field names that mean the same (matched case-insensitively, like all names). */
  readonly aliases?: readonly string[];
  /** Hidden from logs and the metadata API. */
  readonly sensitive?: boolean;
}

type ValueOf<T extends FieldType> = T extends "string"
  ? string
  : T extends "number"
    ? number
    : T extends "boolean"
      ? boolean
      : T extends "duration"
        ? number /* milliseconds */
        : string[];

export type MetadataSchema = Readonly<Record<string, FieldSpec>>;

/** The config object a schema parses into. */
export type ConfigOf<S extends MetadataSchema> = {
  readonly [K in keyof S]: S[K] extends { required: true } | { default: unknown }
    ? ValueOf<S[K]["type"]>
    : ValueOf<S[K]["type"]> | undefined;
};

export class MetadataError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`spec.metadata.${field}: ${detail}`);
    this.name = "MetadataError";
  }
}

/** Identity function that keeps the literal types of a schema. */
export function defineMetadata<const S extends MetadataSchema>(schema: S): S {
  return schema;
}

/**
 * Parses raw string metadata (names case-insensitive, as in Dapr) against a
 * schema. Unknown names are kept in `rest` for drivers that pass options
 * through. Throws MetadataError naming the field.
 */
export function parseMetadata<S extends MetadataSchema>(
  schema: S,
  raw: Readonly<Record<string, string>>,
): { config: ConfigOf<S>; rest: Record<string, string> } {
  const byLower = new Map<string, string>();
  for (const [k, v] of Object.entries(raw)) byLower.set(k.toLowerCase(), v);
  const used = new Set<string>();
  const config: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const names = [name, ...(spec.aliases ?? [])].map((n) => n.toLowerCase());
    const hit = names.find((n) => byLower.has(n));
    if (hit === undefined) {
      if (spec.required) throw new MetadataError(name, "is required");
      config[name] = spec.default;
      continue;
    }
    used.add(hit);
    config[name] = parseValue(name, spec, byLower.get(hit)!);
  }
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (!used.has(k.toLowerCase())) rest[k] = v;
  return { config: config as ConfigOf<S>, rest };
}

function parseValue(name: string, spec: FieldSpec, text: string): unknown {
  const t = text.trim();
  switch (spec.type) {
    case "string":
      if (spec.oneOf && !spec.oneOf.includes(t)) {
        throw new MetadataError(name, `"${t}" is not one of ${spec.oneOf.map((v) => `"${v}"`).join(", ")}`);
      }
      if (spec.required && t === "") throw new MetadataError(name, "is required and cannot be empty");
      return text;
    case "number": {
      const n = Number(t);
      if (t === "" || !Number.isFinite(n)) throw new MetadataError(name, `"${text}" is not a number`);
      return n;
    }
    case "boolean": {
      const v = t.toLowerCase();
      if (["true", "1", "yes", "on", "y"].includes(v)) return true;
      if (["false", "0", "no", "off", "n", ""].includes(v)) return false;
      throw new MetadataError(name, `"${text}" is not a boolean`);
    }
    case "duration": {
      const ms = parseDuration(t);
      if (ms === undefined) throw new MetadataError(name, `"${text}" is not a duration (e.g. "30s", "1m30s", "500ms" or seconds)`);
      return ms;
    }
    case "list":
      return t === "" ? [] : t.split(",").map((s) => s.trim()).filter(Boolean);
  }
}

const unitMs: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses Go-style durations ("1m30s", "250ms") or a bare number of seconds, into milliseconds. */
export function parseDuration(text: string): number | undefined {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * unitMs[m[2]!]!;
    matched = re.lastIndex;
  }
  return matched === text.length && matched > 0 ? total : undefined;
}
