import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listGeneratedFiles } from "./generated-files.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function tree(files: readonly string[]): string {
  dir = mkdtempSync(join(tmpdir(), "pillion-generated-files-"));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), "x");
  }
  return dir;
}

describe("listGeneratedFiles", () => {
  it("lists every file below the folder, sorted, with paths relative to it", () => {
    const d = tree(["b.py", "a/z.py", "a/b/c.go"]);
    expect(listGeneratedFiles(d)).toEqual([join("a", "b", "c.go"), join("a", "z.py"), "b.py"]);
  });

  it("leaves out the caches Python, pytest, mypy, ruff and macOS write beside the sources", () => {
    const d = tree([
      "pkg/__init__.py",
      "pkg/__pycache__/__init__.cpython-312.pyc",
      "pkg/stray.pyc",
      "pkg/old.pyo",
      ".pytest_cache/v/cache/nodeids",
      "pkg/.mypy_cache/3.12/x.json",
      ".ruff_cache/CACHEDIR.TAG",
      "pkg/.DS_Store",
    ]);
    expect(listGeneratedFiles(d)).toEqual([join("pkg", "__init__.py")]);
  });

  it("keeps files that only resemble caches", () => {
    const d = tree(["pycache.py", "cache/__pycache__.py", "x.pyc.txt"]);
    expect(listGeneratedFiles(d)).toEqual([join("cache", "__pycache__.py"), "pycache.py", "x.pyc.txt"]);
  });

  it("is empty for a folder that does not exist", () => {
    expect(listGeneratedFiles(join(tmpdir(), "pillion-no-such-folder-for-generated-files"))).toEqual([]);
  });
});
