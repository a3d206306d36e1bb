/**
 * Reads Dapr resource files (YAML, several documents per file allowed):
 * Component, Subscription, Configuration, Resiliency and HTTPEndpoint. Every
 * problem is reported with the file, the line and the field path.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Document } from "yaml";

let yamlLib: typeof import("yaml") | undefined;
/**
 * The YAML library, loaded with the first resource or configuration file
 * read (a sidecar on its embedded defaults reads none; the library is about
 * 70 modules). Required, so that reading stays synchronous.
 */
export function yaml(): typeof import("yaml") {
  return (yamlLib ??= createRequire(import.meta.url)("yaml") as typeof import("yaml"));
}

export class ResourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${field ? `${field}: ` : ""}${detail}`);
    this.name = "ResourceError";
  }
}

/** A raw resource document with helpers to point at its fields. */
export interface RawResource {
  readonly file: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly body: Record<string, unknown>;
  /** Builds an error located at a field path such as ["spec", "metadata", 2, "value"]. */
  error(path: readonly (string | number)[], detail: string): ResourceError;
}

/** Lists resource files under the given folders (not recursive, like daprd), sorted by name. */
export function resourceFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new ResourceError(p, undefined, "", "resources path does not exist");
    }
    if (st.isFile()) files.push(p);
    else
      files.push(
        ...readdirSync(p)
          .filter((f) => /\.ya?ml$/i.test(f))
          .sort()
          .map((f) => join(p, f)),
      );
  }
  return files;
}

/** Parses every YAML document of a file into raw resources. */
export function readResourceFile(file: string, text = readFileSync(file, "utf8")): RawResource[] {
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  const out: RawResource[] = [];
  for (const doc of docs as Document[]) {
    const lineOf = (path: readonly (string | number)[]) => {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const parentNode = path.length ? (doc.getIn(path.slice(0, -1), true) as { range?: [number, number, number] } | undefined) : undefined;
      const offset = node?.range?.[0] ?? parentNode?.range?.[0] ?? doc.contents?.range?.[0];
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    };
    const error = (path: readonly (string | number)[], detail: string) => new ResourceError(file, lineOf(path), fieldPath(path), detail);
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      throw new ResourceError(file, lineCounter.linePos(e.pos[0]).line, "", `invalid YAML: ${e.message.split("\n")[0]}`);
    }
    const body = doc.toJS() as unknown;
    if (body === null || body === undefined) continue; // empty document
    out.push(resourceOf(file, body, error));
  }
  return out;
}

/** A resource given as an object rather than YAML (the embedded defaults); errors name no line. */
export function resourceFromObject(file: string, body: Record<string, unknown>): RawResource {
  return resourceOf(file, body, (path, detail) => new ResourceError(file, undefined, fieldPath(path), detail));
}

function fieldPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
}

function resourceOf(file: string, body: unknown, error: RawResource["error"]): RawResource {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw error([], "a resource must be a YAML mapping");
  const b = body as Record<string, unknown>;
  const str = (key: string) => {
    const v = b[key];
    if (typeof v !== "string" || v === "") throw error([key], "is required");
    return v;
  };
  const apiVersion = str("apiVersion");
  const kind = str("kind");
  const metadata = b["metadata"];
  if (!metadata || typeof metadata !== "object") throw error(["metadata"], "is required");
  const name = (metadata as Record<string, unknown>)["name"];
  if (typeof name !== "string" || name === "") throw error(["metadata", "name"], "is required");
  return { file, apiVersion, kind, name, body: b, error };
}
