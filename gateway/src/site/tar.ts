/**
 * A reproducible tar writer (POSIX ustar, with pax headers for long paths):
 * entries in the order given, every header field fixed but the name, mode and
 * size, so the same files always give the same bytes. Paths are
 * "/"-separated, relative; directories end with "/".
 *
 * Every header has: mtime `fixedMtime`, uid/gid 0, owner and group names
 * "root", mode 0755 for directories and executables and 0644 otherwise.
 */

export interface TarEntry {
  /** Relative path; a directory's ends with "/". */
  readonly path: string;
  /** File contents; absent for directories. */
  readonly data?: Uint8Array;
  /** Whether the file is executable (mode 0755 instead of 0644). */
  readonly executable?: boolean;
}

/** 2020-01-01T00:00:00Z: a fixed modification time for every entry (not 1970, which some unpackers warn about). */
export const fixedMtime = 1577836800;

const block = 512;
const encoder = new TextEncoder();

/** The tar archive of `entries`, ending with the two zero blocks. */
export function tarArchive(entries: readonly TarEntry[]): Buffer {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    checkPath(e.path);
    const isDir = e.path.endsWith("/");
    if (isDir && e.data !== undefined) throw new Error(`tar: directory ${e.path} cannot have contents`);
    const data = e.data ?? new Uint8Array(0);
    const mode = isDir || e.executable ? 0o755 : 0o644;
    const name = splitUstarName(e.path);
    if (!name) {
      // The path fits no ustar name: a pax extended header carries it.
      const record = paxRecord("path", e.path);
      parts.push(header({ name: paxName(e.path), prefix: "", mode: 0o644, size: record.length, type: "x" }), record, padding(record.length));
    }
    parts.push(header({ name: name?.name ?? truncateName(e.path), prefix: name?.prefix ?? "", mode, size: isDir ? 0 : data.length, type: isDir ? "5" : "0" }));
    if (!isDir) parts.push(data, padding(data.length));
  }
  parts.push(new Uint8Array(block * 2));
  return Buffer.concat(parts);
}

function checkPath(path: string): void {
  if (path === "" || path.startsWith("/") || path.split("/").some((s, i, all) => s === ".." || s === "." || (s === "" && i < all.length - 1))) {
    throw new Error(`tar: "${path}" is not a clean relative path`);
  }
}

interface HeaderFields {
  readonly name: string;
  readonly prefix: string;
  readonly mode: number;
  readonly size: number;
  /** "0" file, "5" directory, "x" pax extended header. */
  readonly type: string;
}

function header(f: HeaderFields): Uint8Array {
  const h = new Uint8Array(block);
  writeString(h, 0, 100, f.name);
  writeOctal(h, 100, 8, f.mode);
  writeOctal(h, 108, 8, 0); // uid
  writeOctal(h, 116, 8, 0); // gid
  writeOctal(h, 124, 12, f.size);
  writeOctal(h, 136, 12, fixedMtime);
  h.fill(0x20, 148, 156); // checksum counts as spaces while it is computed
  h[156] = f.type.charCodeAt(0);
  writeString(h, 257, 6, "ustar"); // "ustar\0"
  writeString(h, 263, 2, "00");
  writeString(h, 265, 32, "root");
  writeString(h, 297, 32, "root");
  writeOctal(h, 329, 8, 0); // devmajor
  writeOctal(h, 337, 8, 0); // devminor
  writeString(h, 345, 155, f.prefix);
  let sum = 0;
  for (const b of h) sum += b;
  // Six octal digits, NUL, space: the form GNU and BSD tar write.
  writeString(h, 148, 7, sum.toString(8).padStart(6, "0"));
  h[155] = 0x20;
  return h;
}

function writeString(h: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = encoder.encode(value);
  if (bytes.length > length) throw new Error(`tar: "${value}" does not fit a ${length}-byte header field`);
  h.set(bytes, offset);
}

/** Zero-padded octal digits and a NUL terminator. */
function writeOctal(h: Uint8Array, offset: number, length: number, value: number): void {
  const digits = value.toString(8);
  if (digits.length > length - 1) throw new Error(`tar: ${value} does not fit a ${length}-byte header field`);
  writeString(h, offset, length - 1, digits.padStart(length - 1, "0"));
}

/** ustar splits a long path at a "/" into a prefix (155 bytes) and a name (100 bytes); undefined when it cannot. */
function splitUstarName(path: string): { name: string; prefix: string } | undefined {
  const bytes = encoder.encode(path).length;
  if (bytes <= 100) return { name: path, prefix: "" };
  // The directory's own trailing "/" stays in the name part.
  const body = path.endsWith("/") ? path.slice(0, -1) : path;
  for (let i = body.indexOf("/"); i > 0; i = body.indexOf("/", i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(name).length <= 100 && name !== "") return { name, prefix };
  }
  return undefined;
}

/** The name field of an entry whose real path is in a pax header: what old unpackers show. */
function truncateName(path: string): string {
  let name = path;
  while (encoder.encode(name).length > 100) name = name.slice(1);
  return name;
}

/** The conventional name of a pax header entry, shortened to fit. */
function paxName(path: string): string {
  const base = path.replace(/\/$/, "").split("/").pop()!;
  return truncateName(`PaxHeader/${base}`);
}

/** One pax record, "<length> <key>=<value>\n", where the length counts itself. */
function paxRecord(key: string, value: string): Uint8Array {
  const text = ` ${key}=${value}\n`;
  const n = encoder.encode(text).length;
  let length = n + String(n).length;
  if (String(length).length !== String(n).length) length = n + String(length).length;
  return encoder.encode(`${length}${text}`);
}

function padding(size: number): Uint8Array {
  const rest = size % block;
  return new Uint8Array(rest === 0 ? 0 : block - rest);
}
