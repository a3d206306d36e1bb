/**
 * The generated SDKs on disk: one folder per language under sdks/ (the
 * OpenAPI document's folder aside). Which languages there are is read from
 * the folders themselves, so a new SDK generator needs no change here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Folders of sdks/ that hold no SDK. */
const notSdks: ReadonlySet<string> = new Set(["openapi"]);

/**
 * Names never packed: installed dependencies, virtual environments, caches
 * and build output a developer may have made inside an SDK folder.
 */
const skipped: ReadonlySet<string> = new Set([
  ".git",
  "node_modules",
  ".venv",
  "venv",
  "__pycache__",
  ".pytest_cache",
  ".mypy_cache",
  ".ruff_cache",
  ".tox",
  ".gradle",
  ".idea",
  ".vscode",
  ".DS_Store",
  "target",
  "build",
  "dist",
  "coverage",
]);
const skippedSuffixes = [".pyc", ".pyo", ".class", ".tsbuildinfo", ".egg-info", ".log"];

/** A language name as a folder name: lower case letters, digits and dashes. */
export const languagePattern = /^[a-z][a-z0-9-]*$/;

/** The repository's (or installed package's) sdks/ folder: the nearest one above this module. */
export function defaultSdksDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "sdks")) && existsSync(join(dir, "package.json"))) return join(dir, "sdks");
    const up = dirname(dir);
    if (up === dir) return resolve("sdks");
    dir = up;
  }
}

/** The languages with an SDK folder, sorted. */
export function sdkLanguages(sdksDir: string): string[] {
  if (!existsSync(sdksDir)) return [];
  return readdirSync(sdksDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !notSdks.has(e.name) && languagePattern.test(e.name))
    .map((e) => e.name)
    .sort();
}

export interface SdkFile {
  /** "/"-separated path inside the SDK folder. */
  readonly path: string;
  readonly absolutePath: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly executable: boolean;
}

/** Every file of an SDK folder that belongs in its archive, in code-unit order of their paths. */
export function sdkFiles(folder: string): SdkFile[] {
  const out: SdkFile[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (skipped.has(e.name) || skippedSuffixes.some((s) => e.name.endsWith(s))) continue;
      const abs = join(dir, e.name);
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(abs, path);
      else if (e.isFile()) {
        const st = statSync(abs);
        out.push({ path, absolutePath: abs, size: st.size, mtimeMs: st.mtimeMs, executable: (st.mode & 0o111) !== 0 });
      }
      // Symbolic links and other special files are left out: an archive holds plain files only.
    }
  };
  walk(folder, "");
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * How each language's package manifest gives its version, tried in order;
 * the first that answers wins. A folder with none gets the caller's fallback.
 */
const versionReaders: readonly { readonly file: string; readonly read: (text: string) => string | undefined }[] = [
  { file: "package.json", read: (t) => stringField(JSON.parse(t) as unknown, "version") },
  { file: "pyproject.toml", read: (t) => /^\s*version\s*=\s*"([^"]+)"/m.exec(t)?.[1] },
  { file: "setup.cfg", read: (t) => /^\s*version\s*=\s*(\S+)/m.exec(t)?.[1] },
  // The project's own <version>, not a parent's or a dependency's: the first one after </parent>, outside <dependencies>.
  { file: "pom.xml", read: (t) => /<version>([^<]+)<\/version>/.exec(t.replace(/<parent>[\s\S]*?<\/parent>/, "").replace(/<dependencies>[\s\S]*/, ""))?.[1] },
  { file: "gradle.properties", read: (t) => /^\s*version\s*=\s*(\S+)/m.exec(t)?.[1] },
  { file: "VERSION", read: (t) => t.trim() || undefined },
];

/** The SDK's version from its manifest, or `fallback`. */
export function sdkVersion(folder: string, fallback: string): string {
  for (const r of versionReaders) {
    const path = join(folder, r.file);
    if (!existsSync(path)) continue;
    try {
      const v = r.read(readFileSync(path, "utf8"))?.trim();
      if (v) return v;
    } catch {
      // An unreadable manifest gives no version; the next reader or the fallback does.
    }
  }
  return fallback;
}

function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === "string" ? v : undefined;
}
