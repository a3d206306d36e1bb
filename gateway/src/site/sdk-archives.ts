/**
 * SDK archives: sdks/<language>/ as a reproducible .tar.gz, every file under
 * one top folder "pillion-sdk-<language>/" (so `npm install x.tar.gz` and
 * `pip install x.tar.gz` see one package). Entries are sorted, headers fixed
 * (tar.ts) and gzip has no timestamp or name, so the same sources always give
 * the same bytes. The sidecar's download routes and `pillion sdk` share this
 * code. An archive is built once and rebuilt only when a file of its folder
 * changes (name, size or modification time).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { constants, gzipSync } from "node:zlib";
import { languagePattern, sdkFiles, sdkLanguages, sdkVersion, type SdkFile } from "./sdk-folders.js";
import { tarArchive, type TarEntry } from "./tar.js";

export interface SdkArchive {
  readonly language: string;
  readonly version: string;
  /** "<language>.tar.gz": the name the sidecar serves it under. */
  readonly fileName: string;
  /** The name a download is saved as: "pillion-sdk-<language>-<version>.tar.gz". */
  readonly downloadName: string;
  /** The top folder every entry is under, "pillion-sdk-<language>/". */
  readonly root: string;
  readonly bytes: Buffer;
  /** Hex SHA-256 of `bytes`. */
  readonly sha256: string;
  readonly fileCount: number;
}

/** The archive's top folder. */
export const archiveRoot = (language: string) => `pillion-sdk-${language}/`;

/** The tar entries of an SDK folder's files: the top folder, each directory once, each file. */
export function sdkEntries(language: string, files: readonly SdkFile[]): TarEntry[] {
  const root = archiveRoot(language);
  const entries: TarEntry[] = [{ path: root }];
  const dirs = new Set<string>();
  for (const f of files) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = `${parts.slice(0, i).join("/")}/`;
      if (!dirs.has(dir)) {
        dirs.add(dir);
        entries.push({ path: root + dir });
      }
    }
    entries.push({ path: root + f.path, data: readFileSync(f.absolutePath), executable: f.executable });
  }
  return entries;
}

/**
 * gzip with fixed settings: level 9, no name, mtime 0 and the OS byte zlib
 * writes (the same for a given zlib build), so equal input gives equal bytes.
 */
export function gzipReproducibly(data: Uint8Array): Buffer {
  return gzipSync(data, { level: 9, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY });
}

export class SdkArchives {
  private readonly cache = new Map<string, { fingerprint: string; archive: SdkArchive }>();

  constructor(
    readonly sdksDir: string,
    /** Version of SDKs whose manifest names none: pillion's own. */
    private readonly fallbackVersion: string,
  ) {}

  /** The languages with an SDK, sorted. */
  languages(): string[] {
    return sdkLanguages(this.sdksDir);
  }

  /** The archive of one SDK, or undefined when there is no such SDK. */
  get(language: string): SdkArchive | undefined {
    if (!languagePattern.test(language) || !this.languages().includes(language)) return undefined;
    const folder = join(this.sdksDir, language);
    const files = sdkFiles(folder);
    const fingerprint = files.map((f) => `${f.path}\0${f.size}\0${f.mtimeMs}\0${f.executable ? 1 : 0}`).join("\n");
    const cached = this.cache.get(language);
    if (cached?.fingerprint === fingerprint) return cached.archive;
    const version = sdkVersion(folder, this.fallbackVersion);
    const bytes = gzipReproducibly(tarArchive(sdkEntries(language, files)));
    const archive: SdkArchive = {
      language,
      version,
      fileName: `${language}.tar.gz`,
      downloadName: `pillion-sdk-${language}-${version}.tar.gz`,
      root: archiveRoot(language),
      bytes,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      fileCount: files.length,
    };
    this.cache.set(language, { fingerprint, archive });
    return archive;
  }

  /** Every SDK's archive, in language order. */
  all(): SdkArchive[] {
    return this.languages().flatMap((l) => this.get(l) ?? []);
  }
}
