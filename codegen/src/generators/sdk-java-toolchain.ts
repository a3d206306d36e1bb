/**
 * The Java SDK's stub generators, run through buf as local plugins:
 * protoc's built-in java generator (protoc from Debian's protobuf-compiler,
 * installed with apt-get when missing) and protoc-gen-grpc-java (from Maven
 * Central with mvn, cached outside the tree in node_modules/.cache/pillion).
 * Both are pinned, so that every machine generates the same files.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { create, toBinary, type DescFile } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { runBuf } from "../buf.js";
import type { ApiModel } from "../model/types.js";
import type { GeneratedFile } from "./types.js";

/** Debian 12's protobuf-compiler; its java generator writes the message classes. */
export const PROTOC_VERSION = "3.21.12";
/** io.grpc:protoc-gen-grpc-java; keep in step with grpc.version in sdks/java/pom.xml. */
export const GRPC_JAVA_VERSION = "1.68.1";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const cacheRoot = join(repoRoot, "node_modules", ".cache", "pillion");

export class JavaToolchainError extends Error {
  override readonly name = "JavaToolchainError";
}

function run(cmd: string, args: readonly string[], timeout = 600_000, env: Record<string, string> = {}): string {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout, env: { ...process.env, ...env } });
}

function protocVersion(): string | undefined {
  const r = spawnSync("protoc", ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim().replace(/^libprotoc\s+/, "") : undefined;
}

/** protoc at PROTOC_VERSION; installs Debian's protobuf-compiler when there is none and we are root. */
export function protoc(): string {
  let version = protocVersion();
  if (version === undefined) {
    if (process.getuid?.() !== 0) throw new JavaToolchainError(`protoc is not installed; the Java SDK's stubs need protoc ${PROTOC_VERSION}: apt-get install -y protobuf-compiler`);
    try {
      const install = () => run("apt-get", ["install", "-y", "-qq", "protobuf-compiler"], 600_000, { DEBIAN_FRONTEND: "noninteractive" });
      try {
        install();
      } catch {
        run("apt-get", ["update", "-qq"], 600_000, { DEBIAN_FRONTEND: "noninteractive" });
        install();
      }
    } catch (e) {
      throw new JavaToolchainError(`could not install protobuf-compiler with apt-get: ${(e as { stderr?: string }).stderr ?? (e as Error).message}`);
    }
    version = protocVersion();
  }
  if (version !== PROTOC_VERSION) {
    throw new JavaToolchainError(`the Java SDK's stubs are generated with protoc ${PROTOC_VERSION} (Debian 12's protobuf-compiler), this machine has ${version ?? "none"}; other versions write different code`);
  }
  return run("sh", ["-c", "command -v protoc"]).trim();
}

/** protoc-gen-grpc-java at GRPC_JAVA_VERSION, fetched from Maven Central by mvn into the cache on first use. */
export function grpcJavaPlugin(): string {
  const dir = join(cacheRoot, `protoc-gen-grpc-java-${GRPC_JAVA_VERSION}`);
  const bin = join(dir, "protoc-gen-grpc-java");
  if (existsSync(bin)) return bin;
  const arch = process.arch === "arm64" ? "aarch_64" : "x86_64";
  const artifact = `io.grpc:protoc-gen-grpc-java:${GRPC_JAVA_VERSION}:exe:linux-${arch}`;
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  try {
    run("mvn", ["-q", "-B", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy", `-Dartifact=${artifact}`, `-DoutputDirectory=${building}`, "-Dmdep.stripVersion=true"]);
    const exe = readdirSync(building).find((f) => f.startsWith("protoc-gen-grpc-java"));
    if (!exe) throw new Error(`mvn wrote no ${artifact}`);
    renameSync(join(building, exe), join(building, "protoc-gen-grpc-java"));
    chmodSync(join(building, "protoc-gen-grpc-java"), 0o755);
    if (!existsSync(bin)) renameSync(building, dir);
  } catch (e) {
    const err = e as { stderr?: string; code?: string; message: string };
    if (err.code === "ENOENT") throw new JavaToolchainError("mvn is not installed; the Java SDK's stubs need it to fetch protoc-gen-grpc-java (apt-get install -y maven)");
    throw new JavaToolchainError(`could not fetch ${artifact} with mvn: ${err.stderr?.trim() || err.message}`);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return bin;
}

/** Every file of the registry, each after the files it imports. */
function filesInDependencyOrder(model: ApiModel): DescFile[] {
  const out: DescFile[] = [];
  const seen = new Set<string>();
  const visit = (f: DescFile) => {
    if (seen.has(f.name)) return;
    seen.add(f.name);
    for (const d of f.dependencies) visit(d);
    out.push(f);
  };
  for (const f of [...model.registry.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) visit(f);
  return out;
}

/**
 * The Java message classes and gRPC stubs of every proto of the API (not
 * google's, which protobuf-java and proto-google-common-protos ship), in
 * packages under `javaPackagePrefix` (buf managed mode, one class per
 * message), as files under `out`.
 */
export function generateJavaStubs(model: ApiModel, out: string, javaPackagePrefix: string): GeneratedFile[] {
  const protocPath = protoc();
  const grpcPlugin = grpcJavaPlugin();
  const dir = mkdtempSync(join(tmpdir(), "pillion-java-stubs-"));
  try {
    const files = filesInDependencyOrder(model);
    writeFileSync(join(dir, "image.binpb"), toBinary(FileDescriptorSetSchema, create(FileDescriptorSetSchema, { file: files.map((f) => f.proto) })));
    const template = {
      version: "v2",
      managed: {
        enabled: true,
        disable: [{ path: "google" }],
        override: [
          { file_option: "java_package_prefix", value: javaPackagePrefix },
          { file_option: "java_multiple_files", value: true },
        ],
      },
      plugins: [
        { protoc_builtin: "java", protoc_path: protocPath, out: "out", strategy: "all" },
        { local: grpcPlugin, out: "out", strategy: "all" },
      ],
    };
    writeFileSync(join(dir, "buf.gen.json"), JSON.stringify(template));
    const paths = files.map((f) => `${f.name}.proto`).filter((n) => !n.startsWith("google/"));
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
