/**
 * Generation is deterministic, and the generated files in the tree are what
 * the protos and generators give now (`npm run generate -- --check`).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apiRoots } from "../../codegen/src/api-roots.js";
import { compileWorkspace } from "../../codegen/src/buf.js";
import { generateAll } from "../../codegen/src/generate-all.js";
import { buildModel } from "../../codegen/src/model/build-model.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("generated files", () => {
  it("come out identical from two separate compilations", () => {
    const once = () => generateAll(buildModel(compileWorkspace(root), { include: apiRoots(root) }));
    const a = once();
    const b = once();
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    a.forEach((f, i) => expect(f.content === b[i]!.content, `${f.path} differs between runs`).toBe(true));
    // The SDKs' stub generators (protoc through buf) run twice here.
  }, 120_000);

  it("in the tree are current (npm run generate -- --check)", () => {
    const require = createRequire(import.meta.url);
    const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), "codegen/src/cli.ts", "--check"], { cwd: root, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/generated files are current/);
  }, 120_000);
});
