/**
 * `npm run generate`: compiles api/ once, runs the standard protobuf
 * generators through buf (buf.gen.yaml), then pillion's own generators on the
 * intermediate model, and writes every generated file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileWorkspace, runBuf } from "./buf.js";
import { GenerationError } from "./errors.js";
import { generateAll } from "./generate-all.js";
import { buildModel } from "./model/build-model.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function main(): void {
  const registry = compileWorkspace(root);
  const model = buildModel(registry, { include: ["dapr/", "pillion/"] });
  runBuf(["generate"], root);
  const files = generateAll(model);
  for (const f of files) {
    const target = join(root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  console.log(`generated ${files.length} files from ${model.services.length} services`);
}

try {
  main();
} catch (e) {
  if (e instanceof GenerationError) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
