import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sdkFiles } from "./sdk-folders.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("sdkFiles (what an SDK archive packs)", () => {
  it("leaves out the caches, environments and build output a developer makes in an SDK folder", () => {
    dir = mkdtempSync(join(tmpdir(), "pillion-sdk-folder-"));
    const files = [
      "pyproject.toml",
      "src/pillion/__init__.py",
      "src/pillion/proto/__pycache__/x.cpython-312.pyc",
      "src/pillion/stray.pyc",
      ".pytest_cache/v/cache/nodeids",
      "tests/.mypy_cache/3.12/x.json",
      ".ruff_cache/CACHEDIR.TAG",
      ".venv/bin/python",
      "node_modules/x/index.js",
      "src/.DS_Store",
    ];
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), "x");
    }
    expect(sdkFiles(dir).map((f) => f.path)).toEqual(["pyproject.toml", "src/pillion/__init__.py"]);
  });
});
