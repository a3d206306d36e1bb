/**
 * The pinned code generators of the Python and Go SDKs, installed on first
 * use into node_modules/.cache/pillion (outside the tree, reused by later
 * runs): grpcio-tools (protoc with its Python and gRPC-Python generators)
 * in a virtualenv from PyPI, and protoc-gen-go / protoc-gen-go-grpc built
 * with `go install module@version`. Pinned here, so that generation gives
 * the same files on every machine; a half-built install is never reused.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
/** A toolchain that could not be installed, with how to install it by hand. */
export class ToolchainError extends Error {
  override readonly name = "ToolchainError";
}

/** grpcio-tools on PyPI: protoc and the grpc_python generator it bundles. */
export const GRPCIO_TOOLS_VERSION = "1.85.1";
/** google.golang.org/protobuf/cmd/protoc-gen-go */
export const PROTOC_GEN_GO_VERSION = "v1.36.11";
/** google.golang.org/grpc/cmd/protoc-gen-go-grpc */
export const PROTOC_GEN_GO_GRPC_VERSION = "v1.6.2";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** Where the toolchains live: outside the tree's tracked files, shared by every run. */
export const toolCacheRoot = join(repoRoot, "node_modules", ".cache", "pillion");

function failure(what: string, e: unknown, byHand: string): ToolchainError {
  const err = e as { stderr?: Buffer | string; message: string };
  const detail = err.stderr?.toString().trim() || err.message;
  return new ToolchainError(`could not install ${what}: ${detail}\nTo do it by hand: ${byHand}`);
}

/** Builds `dir` through `build(tmp)` in a sibling temp folder and renames it into place, unless another process finished first. */
function installOnce(dir: string, marker: string, stamp: string, build: (tmp: string) => void): void {
  if (existsSync(marker) && readFileSync(marker, "utf8").trim() === stamp) return;
  mkdirSync(dirname(dir), { recursive: true });
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  try {
    build(building);
    writeFileSync(join(building, basename(marker)), `${stamp}\n`);
    if (!(existsSync(marker) && readFileSync(marker, "utf8").trim() === stamp)) {
      rmSync(dir, { recursive: true, force: true });
      try {
        renameSync(building, dir);
      } catch (e) {
        if (!existsSync(marker)) throw e;
      }
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

const basename = (p: string) => p.slice(p.lastIndexOf("/") + 1);

/** The python3 of the machine (it must be able to create virtualenvs). */
function systemPython(): string {
  const probe = spawnSync("python3", ["-c", "import venv, ensurepip"], { encoding: "utf8" });
  if (probe.error) throw new ToolchainError("python3 is not installed; the Python SDK's stubs need it. Install it with: apt-get install -y python3 python3-venv");
  if (probe.status !== 0) throw new ToolchainError(`python3 cannot create virtualenvs (${probe.stderr.trim().split("\n").at(-1)}). Install it with: apt-get install -y python3-venv`);
  return "python3";
}

/** The python of a virtualenv holding grpcio-tools (run it as `python -m grpc_tools.protoc`). */
export function grpcioToolsPython(): string {
  const dir = join(toolCacheRoot, `python-grpcio-tools-${GRPCIO_TOOLS_VERSION}`);
  const stamp = `grpcio-tools==${GRPCIO_TOOLS_VERSION}`;
  const python = join(dir, "bin", "python");
  installOnce(dir, join(dir, "installed.txt"), stamp, (tmp) => {
    try {
      execFileSync(systemPython(), ["-m", "venv", tmp], { stdio: ["ignore", "pipe", "pipe"] });
      execFileSync(join(tmp, "bin", "python"), ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", stamp], { stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
    } catch (e) {
      throw failure(stamp, e, `python3 -m venv ${dir} && ${python} -m pip install ${stamp} && echo ${stamp} > ${dir}/installed.txt`);
    }
  });
  return python;
}

/** A Go protoc plugin built from `module@version`, as an executable path (its name carries the version). */
export function goPlugin(module: string, version: string): string {
  const name = basename(module);
  const dir = join(toolCacheRoot, "go-plugins", `${name}-${version}`);
  const bin = join(dir, name);
  installOnce(dir, join(dir, "installed.txt"), `${module}@${version}`, (tmp) => {
    try {
      mkdirSync(tmp, { recursive: true });
      execFileSync("go", ["install", `${module}@${version}`], {
        env: { ...process.env, GOBIN: tmp, GOFLAGS: "-mod=mod", CGO_ENABLED: "0" },
        stdio: ["ignore", "pipe", "pipe"],
        timeout: 300_000,
      });
    } catch (e) {
      const err = e as { code?: string };
      if (err.code === "ENOENT") throw new ToolchainError("go is not installed; the Go SDK's stubs need it (https://go.dev/dl/, Go 1.22 or later)");
      throw failure(`${module}@${version}`, e, `GOBIN=${dir} go install ${module}@${version} && echo ${module}@${version} > ${dir}/installed.txt`);
    }
  });
  return bin;
}

/** protoc-gen-go and protoc-gen-go-grpc at their pinned versions. */
export function goPlugins(): { go: string; goGrpc: string } {
  return {
    go: goPlugin("google.golang.org/protobuf/cmd/protoc-gen-go", PROTOC_GEN_GO_VERSION),
    goGrpc: goPlugin("google.golang.org/grpc/cmd/protoc-gen-go-grpc", PROTOC_GEN_GO_GRPC_VERSION),
  };
}
