/**
 * Small proto workspaces for tests: inline proto sources written to a
 * temporary buf workspace that also holds the google.api HTTP annotations
 * and pillion's REST options, compiled with the buf CLI into a registry.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileRegistry } from "@bufbuild/protobuf";
import { compileWorkspace } from "../buf.js";

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Files every test workspace gets, by path in the workspace: where they come from. */
function dependencies(): Record<string, string> {
  const googleapis = dirname(require.resolve("google-proto-files/package.json"));
  return {
    "google/api/annotations.proto": join(googleapis, "google/api/annotations.proto"),
    "google/api/http.proto": join(googleapis, "google/api/http.proto"),
    "pillion/api/v1/rest.proto": join(repoRoot, "api/pillion/api/v1/rest.proto"),
    "pillion/api/v1/sdk.proto": join(repoRoot, "api/pillion/api/v1/sdk.proto"),
  };
}

export interface ProtoWorkspace {
  /** The workspace folder (it has a buf.yaml). */
  readonly dir: string;
  remove(): void;
}

/** Writes `files` (path in the workspace → proto source) and the dependencies into a new buf workspace. */
export function protoWorkspace(files: Readonly<Record<string, string>>): ProtoWorkspace {
  const dir = mkdtempSync(join(tmpdir(), "pillion-protos-"));
  writeFileSync(join(dir, "buf.yaml"), "version: v2\n");
  for (const [path, from] of Object.entries(dependencies())) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(from, join(dir, path));
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Compiles inline proto sources (with source info, for comments and lines) into a registry. */
export function compileProtos(files: Readonly<Record<string, string>>): FileRegistry {
  const ws = protoWorkspace(files);
  try {
    return compileWorkspace(ws.dir);
  } finally {
    ws.remove();
  }
}

/** The usual header of a test proto: proto3, a package and the option imports. */
export function protoHeader(pkg: string, ...imports: string[]): string {
  return [
    'syntax = "proto3";',
    "",
    `package ${pkg};`,
    "",
    'import "google/api/annotations.proto";',
    'import "pillion/api/v1/rest.proto";',
    ...imports.map((i) => `import "${i}";`),
    "",
  ].join("\n");
}
