/**
 * Reads Dapr resource files (YAML, several documents per file allowed):
 * Component, Subscription, Configuration, Resiliency and HTTPEndpoint. Every
 * problem is reported with the file, the line and the field path.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseAllDocuments, type Document } from "yaml";

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
    const error = (path: readonly (string | number)[], detail: string) =>
      new ResourceError(file, lineOf(path), path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join(""), detail);
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      throw new ResourceError(file, lineCounter.linePos(e.pos[0]).line, "", `invalid YAML: ${e.message.split("\n")[0]}`);
    }
    const body = doc.toJS() as unknown;
    if (body === null || body === undefined) continue; // empty document
    if (typeof body !== "object" || Array.isArray(body)) throw error([], "a resource must be a YAML mapping");
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
    out.push({ file, apiVersion, kind, name, body: b, error });
  }
  return out;
}
