import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { delimiter, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createFileRegistry, fromBinary, type FileRegistry } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";

const require = createRequire(import.meta.url);
/** node_modules/.bin of the repository, where buf.gen.yaml's local plugins (protoc-gen-es) live. */
const binDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../node_modules/.bin");

/** The buf CLI shipped by the @bufbuild/buf npm package. */
export function bufBinary(): string {
  return require.resolve("@bufbuild/buf/bin/buf");
}

/** Runs buf with the given arguments in a directory, failing with buf's own message. */
export function runBuf(args: readonly string[], cwd: string): Buffer {
  try {
    const env = { ...process.env, PATH: `${binDir}${delimiter}${process.env["PATH"] ?? ""}` };
    return execFileSync(bufBinary(), args, { cwd, env, maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    const detail = err.stderr?.toString().trim() || err.message;
    throw new Error(`buf ${args.join(" ")} failed:\n${detail}`);
  }
}

/**
 * Compiles the buf workspace in `dir` (with source info, for comments and
 * line numbers) and returns its registry.
 */
export function compileWorkspace(dir: string): FileRegistry {
  const image = runBuf(["build", "--as-file-descriptor-set", "-o", "-"], dir);
  return createFileRegistry(fromBinary(FileDescriptorSetSchema, image));
}
