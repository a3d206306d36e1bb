/**
 * `npm run generate`: compiles api/ once, checks the model (an invalid
 * annotation stops here, naming its proto file and line), runs the standard
 * protobuf generators through buf (buf.gen.yaml), then pillion's own
 * generators on the intermediate model, and writes every generated file.
 *
 *   npm run generate                  write the generated files
 *   npm run generate -- --check       write nothing; fail listing the generated files that are not current
 *   npm run generate -- --root DIR    use the buf workspace in DIR (tests)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { apiRoots } from "./api-roots.js";
import { compileWorkspace, runBuf } from "./buf.js";
import { GenerationError } from "./errors.js";
import { generateAll, generatedDirs } from "./generate-all.js";
import { listGeneratedFiles } from "./generated-files.js";
import { buildModel } from "./model/build-model.js";
import { generateReadmeDrivers } from "./readme-drivers.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Where buf.gen.yaml's plugins write (every "out"); every file in them is generated. */
function bufOuts(root: string): string[] {
  const config = parseYaml(readFileSync(join(root, "buf.gen.yaml"), "utf8")) as { plugins?: { out?: string }[] };
  return (config.plugins ?? []).map((p) => p.out).filter((o): o is string => typeof o === "string");
}

interface Args {
  readonly root: string;
  readonly check: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let root = repoRoot;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--check") check = true;
    else if (a === "--root" && argv[i + 1] !== undefined) root = resolve(argv[++i]!);
    else throw new UsageError(`unknown argument "${a}" (expected --check or --root DIR)`);
  }
  return { root, check };
}

class UsageError extends Error {}

async function main(args: Args): Promise<number> {
  const registry = compileWorkspace(args.root);
  const model = buildModel(registry, { include: apiRoots(args.root) });
  const files = [...generateAll(model), ...(await generateReadmeDrivers(args.root))];
  if (args.check) return check(args.root, files);
  runBuf(["generate"], args.root);
  for (const f of files) {
    const target = join(args.root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  const written = new Set(files.map((f) => f.path));
  for (const dir of generatedDirs) {
    for (const path of listGeneratedFiles(join(args.root, dir))) {
      if (!written.has(join(dir, path))) rmSync(join(args.root, dir, path));
    }
  }
  console.log(`generated ${files.length} files from ${model.services.length} services`);
  return 0;
}

/** Generates everything into memory and a temporary folder and compares it with the files in the tree. */
function check(root: string, files: readonly { path: string; content: string }[]): number {
  const stale: string[] = [];
  const expected = new Map<string, string>();
  for (const f of files) expected.set(f.path, f.content);
  const tmp = mkdtempSync(join(tmpdir(), "pillion-generate-check-"));
  try {
    runBuf(["generate", "-o", tmp], root);
    for (const bufOut of bufOuts(root)) {
      for (const path of listGeneratedFiles(join(tmp, bufOut))) expected.set(join(bufOut, path), readFileSync(join(tmp, bufOut, path), "utf8"));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const [path, content] of expected) {
    const target = join(root, path);
    if (!existsSync(target)) stale.push(`${path} (missing)`);
    else if (readFileSync(target, "utf8") !== content) stale.push(`${path} (differs)`);
  }
  for (const dir of [...bufOuts(root), ...generatedDirs]) {
    for (const path of listGeneratedFiles(join(root, dir))) {
      if (!expected.has(join(dir, path))) stale.push(`${join(dir, path)} (no longer generated)`);
    }
  }
  if (stale.length === 0) {
    console.log(`${expected.size} generated files are current`);
    return 0;
  }
  console.error(`generated files are not current; run npm run generate:\n${stale.map((s) => `  ${s}`).join("\n")}`);
  return 1;
}

try {
  process.exitCode = await main(parseArgs(process.argv.slice(2)));
} catch (e) {
  if (e instanceof GenerationError || e instanceof UsageError) {
    console.error(`error: ${e.message}`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
