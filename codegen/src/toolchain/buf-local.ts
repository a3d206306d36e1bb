/**
 * Runs standard protoc plugins through buf on the model's own compiled
 * protos, in memory: the registry's files go to buf as an image, buf runs
 * the local plugins of a template built here (so options computed from the
 * model, such as Go import paths, stay scoped to their plugin), and the
 * files the plugins write come back as GeneratedFiles. `npm run generate`
 * writes them like every other generated file, and `--check` compares them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { create, toBinary, type DescFile } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { runBuf } from "../buf.js";
import type { GeneratedFile } from "../generators/types.js";
import type { ApiModel } from "../model/types.js";

export interface LocalPlugin {
  /** The plugin's command: an executable, or a command and its arguments. */
  readonly command: string | readonly string[];
  /** Plugin options. */
  readonly opt?: readonly string[];
  /** "all" runs the plugin once on every file (default: once per directory). */
  readonly strategy?: "all" | "directory";
}

/** Every file of the registry, each after the files it imports (as protoc and buf expect them). */
function filesInDependencyOrder(model: ApiModel): DescFile[] {
  const out: DescFile[] = [];
  const seen = new Set<string>();
  const visit = (f: DescFile) => {
    if (seen.has(f.name)) return;
    seen.add(f.name);
    for (const d of f.dependencies) visit(d);
    out.push(f);
  };
  const all = [...model.registry.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of all) visit(f);
  return out;
}

/** The proto files (paths such as "dapr/proto/runtime/v1/dapr.proto") of the model's own API: every file but google's. */
export function apiProtoFiles(model: ApiModel): string[] {
  return filesInDependencyOrder(model)
    .map((f) => `${f.name}.proto`)
    .filter((n) => !n.startsWith("google/"))
    .sort();
}

/**
 * Runs `plugin` through `buf generate` on the model's files under `paths`
 * (proto paths or folders) and returns what it writes, each path prefixed
 * with `out`.
 */
export function runLocalPlugin(model: ApiModel, plugin: LocalPlugin, paths: readonly string[], out: string): GeneratedFile[] {
  const dir = mkdtempSync(join(tmpdir(), "pillion-buf-local-"));
  try {
    const set = create(FileDescriptorSetSchema, { file: filesInDependencyOrder(model).map((f) => f.proto) });
    writeFileSync(join(dir, "image.binpb"), toBinary(FileDescriptorSetSchema, set));
    const template = {
      version: "v2",
      plugins: [{ local: plugin.command, out: "out", opt: plugin.opt ?? [], strategy: plugin.strategy ?? "directory" }],
    };
    writeFileSync(join(dir, "buf.gen.json"), JSON.stringify(template));
    runBuf(["generate", join(dir, "image.binpb"), "--template", join(dir, "buf.gen.json"), "-o", dir, ...paths.flatMap((p) => ["--path", p])], dir);
    const root = join(dir, "out");
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((p) => ({ path: `${out}/${relative(root, p)}`, content: readFileSync(p, "utf8") }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
