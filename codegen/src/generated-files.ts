/**
 * The files in a folder of generated code, as `npm run generate` sees them
 * when it removes what is no longer generated and as `--check` compares them.
 * Caches that tools write next to the sources they read (Python's
 * __pycache__ and .pyc files when the SDK is imported or tested, pytest's,
 * mypy's and ruff's caches, macOS's .DS_Store) are not generated files:
 * they are neither removed nor reported.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

const toolCacheDirs: ReadonlySet<string> = new Set(["__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"]);
const toolCacheFiles: ReadonlySet<string> = new Set([".DS_Store"]);
const toolCacheSuffixes: readonly string[] = [".pyc", ".pyo"];

/** Whether a file or folder name is a tool's cache rather than a source. */
export function isToolCache(name: string, isDirectory: boolean): boolean {
  if (isDirectory) return toolCacheDirs.has(name);
  return toolCacheFiles.has(name) || toolCacheSuffixes.some((s) => name.endsWith(s));
}

/** Every file below `dir` (paths relative to it, sorted), tool caches left out; [] when `dir` does not exist. */
export function listGeneratedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (at: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      if (isToolCache(e.name, e.isDirectory())) continue;
      const abs = join(at, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) out.push(relative(dir, abs));
    }
  };
  walk(dir);
  return out.sort();
}
