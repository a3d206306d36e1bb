/**
 * bindings.localstorage: files under one root folder, as components-contrib's
 * bindings/localstorage keeps them. The request metadata `fileName` names
 * the file, relative to `rootPath`:
 * - create: writes the data (a JSON string is unquoted first, and data that
 *   is valid standard base64 is decoded, as Dapr does); a random UUID names
 *   the file when fileName is empty; answers {"fileName": <relative path>}.
 * - get: answers the file's bytes.
 * - delete: removes the file.
 * - list: answers a JSON array of the absolute paths of every file under the
 *   folder fileName names (the root when empty), recursively (null when there
 *   are none, as Go encodes an empty list).
 *
 * Unlike Dapr, which quietly confines such names to the root, a fileName
 * that would leave the root is refused: an absolute path, `..` segments that
 * climb out of it, or a path through a symbolic link that points outside it.
 */
import { randomUUID } from "node:crypto";
import { constants, promises as fs } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { BindingDriver, BindingInvokeRequest, BindingInvokeResponse } from "../../../components/bindings/binding.js";

export const localStorageOperations = ["create", "get", "list", "delete"] as const;

/** A fileName that would reach outside the root. */
export class PathEscapeError extends Error {
  constructor(fileName: string, why: string) {
    super(`file name ${JSON.stringify(fileName)} is outside the binding's rootPath: ${why}`);
    this.name = "PathEscapeError";
  }
}

export class LocalStorage implements BindingDriver {
  /** @param root the resolved root folder (no symbolic links in it). */
  constructor(private readonly root: string) {}

  async invoke(req: BindingInvokeRequest): Promise<BindingInvokeResponse | undefined> {
    let fileName = req.metadata["fileName"] ?? "";
    if (fileName === "" && req.operation === "create") fileName = randomUUID();
    switch (req.operation) {
      case "create":
        return this.create(fileName, req.data);
      case "get":
        return this.get(fileName);
      case "delete":
        return this.delete(fileName);
      case "list":
        return this.list(fileName);
      default:
        throw new Error(`unsupported operation ${req.operation}`);
    }
  }

  private async create(fileName: string, data: Uint8Array): Promise<BindingInvokeResponse> {
    const abs = await this.securePath(fileName);
    const bytes = decodeCreateData(data);
    try {
      await fs.mkdir(dirname(abs), { recursive: true, mode: 0o777 });
    } catch (e) {
      throw new Error(`error creating directory ${dirname(abs)}: ${(e as Error).message}`);
    }
    // The directories were checked above; O_NOFOLLOW refuses a link planted at the file itself.
    let handle;
    try {
      handle = await fs.open(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o666);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ELOOP") throw new PathEscapeError(fileName, "it is a symbolic link");
      throw new Error(`error creating file ${abs}: ${(e as Error).message}`);
    }
    try {
      await handle.writeFile(bytes);
    } catch (e) {
      throw new Error(`error writing to file ${abs}: ${(e as Error).message}`);
    } finally {
      await handle.close();
    }
    return { data: Buffer.from(JSON.stringify({ fileName: relative(this.root, abs) })) };
  }

  private async get(fileName: string): Promise<BindingInvokeResponse> {
    const abs = await this.securePath(fileName);
    let handle;
    try {
      handle = await fs.open(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new Error(`file not found: ${abs}`);
      if (code === "ELOOP") throw new PathEscapeError(fileName, "it is a symbolic link");
      throw new Error(`error opening path ${abs}: ${(e as Error).message}`);
    }
    try {
      const b = await handle.readFile();
      return { data: new Uint8Array(b.buffer, b.byteOffset, b.length) };
    } catch (e) {
      throw new Error(`error reading file ${abs}: ${(e as Error).message}`);
    } finally {
      await handle.close();
    }
  }

  private async delete(fileName: string): Promise<undefined> {
    const abs = await this.securePath(fileName);
    if (abs === this.root) throw new Error(`error deleting file ${abs}: it is the binding's rootPath`);
    try {
      await fs.rm(abs);
    } catch (e) {
      throw new Error(`error deleting file ${abs}: ${(e as Error).message}`);
    }
    return undefined;
  }

  private async list(fileName: string): Promise<BindingInvokeResponse> {
    const abs = await this.securePath(fileName);
    let st;
    try {
      st = await fs.stat(abs);
    } catch (e) {
      throw new Error(`error getting stats for path ${abs}: ${(e as Error).message}`);
    }
    if (!st.isDirectory()) throw new Error(`unable to list files as the file specified is not a directory: ${abs}`);
    const files: string[] = [];
    await walk(abs, files);
    return { data: Buffer.from(files.length === 0 ? "null" : JSON.stringify(files)) };
  }

  async close(): Promise<void> {}

  /**
   * The absolute path of a file name under the root, refusing names that
   * leave it: absolute paths, `..` that climbs out, and symbolic links (in
   * the folders on the way) that lead outside.
   */
  private async securePath(fileName: string): Promise<string> {
    if (fileName.includes("\0")) throw new PathEscapeError(fileName, "it contains a NUL character");
    if (isAbsolute(fileName) || /^[A-Za-z]:/.test(fileName)) throw new PathEscapeError(fileName, "absolute paths are not allowed");
    const abs = resolve(this.root, fileName);
    if (!within(this.root, abs)) throw new PathEscapeError(fileName, '".." climbs out of it');
    // The deepest part of the path that exists must really be inside the root once links are followed.
    let existing = abs;
    for (;;) {
      try {
        const real = await fs.realpath(existing);
        if (!within(this.root, real)) throw new PathEscapeError(fileName, "a symbolic link on the way leads outside it");
        break;
      } catch (e) {
        if (e instanceof PathEscapeError) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
        if (existing === this.root) break;
        existing = dirname(existing);
      }
    }
    return abs;
  }
}

function within(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Files (not folders) under a folder, depth first in name order, as Go's filepath.Walk lists them; links are not followed. */
async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else out.push(p);
  }
}

/**
 * The bytes written by create, as Dapr decides them: a Go-quoted string is
 * unquoted (JSON strings are, since REST data is JSON), then text that is
 * valid standard base64 (padded) is decoded.
 */
export function decodeCreateData(data: Uint8Array): Uint8Array {
  let bytes = Buffer.from(data.buffer, data.byteOffset, data.length);
  const text = bytes.toString("utf8");
  const unquoted = goUnquote(text);
  if (unquoted !== undefined) bytes = Buffer.from(unquoted, "utf8");
  const b64 = bytes.toString("latin1").replace(/[\r\n]/g, "");
  if (/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(b64)) bytes = Buffer.from(b64, "base64");
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Go's strconv.Unquote for double-quoted (JSON-compatible escapes) and back-quoted strings; undefined when it fails. */
function goUnquote(s: string): string | undefined {
  if (s.length >= 2 && s.startsWith("`") && s.endsWith("`")) {
    const inner = s.slice(1, -1);
    return inner.includes("`") || inner.includes("\r") ? undefined : inner;
  }
  if (s.length < 2 || !s.startsWith('"') || !s.endsWith('"')) return undefined;
  try {
    const v: unknown = JSON.parse(s);
    return typeof v === "string" ? v : undefined;
  } catch {
    return undefined;
  }
}
