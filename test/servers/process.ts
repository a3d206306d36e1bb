/**
 * What every real-server fixture needs: find (or install) a binary, start a
 * server process, wait until it accepts connections, stop it, and make sure
 * it never outlives the test process (a watchdog kills it even when the test
 * worker dies with SIGKILL).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

// ---- binaries -----------------------------------------------------------------

export interface BinarySpec {
  /** The executable's name, e.g. "redis-server". */
  readonly name: string;
  /** The Debian package that ships it, e.g. "redis-server". */
  readonly debianPackage: string;
  /** Folders searched besides PATH; a "*" segment matches any entry, highest version first (e.g. /usr/lib/postgresql/ * /bin). */
  readonly extraDirs?: readonly string[];
  /** Install the package when the binary is missing (default true). */
  readonly install?: boolean;
}

/**
 * The absolute path of a binary. When it is missing, installs its Debian
 * package with apt-get (as root, where apt exists), otherwise throws with the
 * exact command to run.
 */
export function ensureBinary(spec: BinarySpec): string {
  const found = findBinary(spec);
  if (found) return found;
  const command = `apt-get install -y ${spec.debianPackage}`;
  const canInstall = spec.install !== false && process.getuid?.() === 0 && findOnPath("apt-get") !== undefined;
  if (!canInstall) {
    throw new Error(`${spec.name} is not installed; the tests need it. Install it with: sudo ${command}`);
  }
  withInstallLock(() => {
    if (findBinary(spec)) return; // another test process installed it meanwhile
    aptInstall(spec.debianPackage);
  });
  const installed = findBinary(spec);
  if (!installed) throw new Error(`${spec.name} is still missing after "${command}"; install it by hand: ${command}`);
  return installed;
}

function findBinary(spec: BinarySpec): string | undefined {
  const onPath = findOnPath(spec.name);
  if (onPath) return onPath;
  for (const pattern of spec.extraDirs ?? []) {
    for (const dir of expandStar(pattern)) {
      const p = join(dir, spec.name);
      if (isExecutable(p)) return p;
    }
  }
  return undefined;
}

function findOnPath(name: string): string | undefined {
  const dirs = (process.env["PATH"] ?? "").split(delimiter).concat(["/usr/sbin", "/sbin", "/usr/local/sbin"]);
  for (const d of dirs) {
    if (!d) continue;
    const p = join(d, name);
    if (isExecutable(p)) return p;
  }
  return undefined;
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Expands one "*" path segment, newest (highest numeric) entry first. */
function expandStar(pattern: string): string[] {
  const i = pattern.indexOf("*");
  if (i < 0) return [pattern];
  const base = pattern.slice(0, i);
  const rest = pattern.slice(i + 1);
  let entries: string[];
  try {
    entries = readdirSync(base);
  } catch {
    return [];
  }
  return entries.sort((a, b) => b.localeCompare(a, undefined, { numeric: true })).map((e) => base + e + rest);
}

function aptInstall(pkg: string): void {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => spawnSync("apt-get", ["install", "-y", "--no-install-recommends", pkg], { env, encoding: "utf8" });
  let r = install();
  if (r.status !== 0 && /Unable to locate package|has no installation candidate|Failed to fetch/.test(`${r.stdout}${r.stderr}`)) {
    spawnSync("apt-get", ["update"], { env, stdio: "ignore" });
    r = install();
  }
  if (r.status !== 0) throw new Error(`apt-get install -y ${pkg} failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
}

/** Serialises apt-get between parallel test processes (dpkg takes one at a time). */
function withInstallLock(fn: () => void): void {
  const lock = join(tmpdir(), "pillion-test-apt.lock");
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 10 minutes belongs to a process that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmdirSync(lock);
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock} (another apt-get install)`);
      execFileSync("sleep", ["1"]);
    }
  }
  try {
    fn();
  } finally {
    rmdirSync(lock);
  }
}

// ---- users --------------------------------------------------------------------

export interface RunAs {
  readonly uid: number;
  readonly gid: number;
  readonly name: string;
  readonly home: string;
}

/** The uid/gid of a system user (e.g. "postgres"), or undefined if there is none. */
export function systemUser(name: string): RunAs | undefined {
  const r = spawnSync("getent", ["passwd", name], { encoding: "utf8" });
  if (r.status !== 0) return undefined;
  const [, , uid, gid, , home] = r.stdout.trim().split(":");
  return { uid: Number(uid), gid: Number(gid), name, home: home ?? "/" };
}

// ---- ports --------------------------------------------------------------------

/** Resolves once something accepts TCP connections on host:port; rejects after the timeout or when `alive()` turns false. */
export async function waitForPort(port: number, opts: { host?: string; timeoutMs?: number; alive?: () => boolean; what?: string } = {}): Promise<void> {
  const host = opts.host ?? "127.0.0.1";
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    if (await canConnect(host, port)) return;
    if (opts.alive && !opts.alive()) throw new Error(`${opts.what ?? "the server"} exited before it listened on ${host}:${port}`);
    if (Date.now() > deadline) throw new Error(`${opts.what ?? "the server"} did not listen on ${host}:${port} within ${opts.timeoutMs ?? 30_000} ms`);
    await sleep(50);
  }
}

export function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(1000, () => done(false));
    s.once("connect", () => done(true));
    s.once("error", () => done(false));
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---- processes ----------------------------------------------------------------

export interface StartProcessOptions {
  /** A name for messages, e.g. "redis-server". */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Run as this system user (the test process must be root). */
  readonly runAs?: RunAs;
  /** Resolves when the server is ready to serve; called repeatedly by the caller's own logic. */
  readonly ready: (proc: ManagedProcess) => Promise<void>;
  /** Signal for a graceful stop (default SIGTERM). */
  readonly stopSignal?: NodeJS.Signals;
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** True until the process exits. */
  alive(): boolean;
  /** Everything it wrote to stdout and stderr (last 64 KiB). */
  output(): string;
  /** Graceful stop, SIGKILL after `graceMs` (default 10 s); resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const live = new Set<ManagedProcess>();
let exitHookInstalled = false;

/** Starts a server process, waits until `ready` resolves, and guards it against outliving the test process. */
export async function startProcess(opts: StartProcessOptions): Promise<ManagedProcess> {
  installExitHook();
  const child = spawn(opts.command, [...opts.args], {
    cwd: opts.cwd,
    env: { ...process.env, ...(opts.runAs && { HOME: opts.runAs.home, USER: opts.runAs.name, LOGNAME: opts.runAs.name }), ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
    ...(opts.runAs && { uid: opts.runAs.uid, gid: opts.runAs.gid }),
  });
  let out = "";
  const keep = (d: Buffer) => {
    out += d.toString();
    if (out.length > 65_536) out = out.slice(-65_536);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      resolve();
    });
    child.once("error", (e) => {
      out += `\n[spawn error] ${e.message}`;
      exited = true;
      resolve();
    });
  });
  const proc: ManagedProcess = {
    name: opts.name,
    child,
    alive: () => !exited,
    output: () => out,
    stop: async (graceMs = 10_000) => {
      if (!exited) {
        child.kill(opts.stopSignal ?? "SIGTERM");
        const t = setTimeout(() => child.kill("SIGKILL"), graceMs);
        await exitedPromise;
        clearTimeout(t);
      }
      live.delete(proc);
    },
  };
  live.add(proc);
  if (child.pid !== undefined) startWatchdog(child.pid);
  try {
    await opts.ready(proc);
  } catch (e) {
    await proc.stop(2000);
    throw new Error(`${opts.name} did not become ready: ${e instanceof Error ? e.message : String(e)}\n--- ${opts.name} output ---\n${out}`);
  }
  return proc;
}

/** Kills what is left when the test process exits normally or by a signal. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const p of live) if (p.alive()) p.child.kill("SIGKILL");
  });
}

/**
 * A detached shell that kills the server once the test process is gone, for
 * the cases the exit hook cannot catch (the worker killed with SIGKILL).
 */
function startWatchdog(pid: number): void {
  const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${pid} 2>/dev/null; do sleep 1; done; kill -TERM ${pid} 2>/dev/null; sleep 5; kill -KILL ${pid} 2>/dev/null; exit 0`;
  const w = spawn("sh", ["-c", script], { detached: true, stdio: "ignore" });
  w.unref();
}

/** Creates a folder (and parents) owned by `owner`, mode 0700. */
export function ownedDir(path: string, owner?: RunAs): string {
  if (!existsSync(path)) mkdirSync(path, { recursive: true, mode: 0o700 });
  if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, path]);
  return path;
}
