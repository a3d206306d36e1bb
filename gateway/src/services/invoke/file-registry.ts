/**
 * Name resolution for several pillion sidecars on one machine: each sidecar
 * writes one small JSON file `{appId, namespace, host, httpPort, grpcPort,
 * pid, peerToken}` into a shared folder ($PILLION_HOME/apps, or
 * <tmp>/pillion-<user>/apps), removes it when it stops, and lookups skip
 * (and clean up) entries whose process is gone. The folder is private to the
 * user (0700, files 0600) since entries carry the sidecar's peer token.
 *
 * Lookups that find an app are cached for a short while, so a busy caller
 * reads the folder about once per `cacheMs` per app id, not once per call; a
 * call that fails to connect forgets the cached entry.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import type { NameResolver, PeerAddress } from "./name-resolver.js";

export interface RegistryEntry extends PeerAddress {
  readonly pid: number;
  readonly startedAt: string;
}

interface CacheSlot {
  readonly entries: readonly RegistryEntry[];
  readonly expires: number;
  next: number;
}

/** The registry folder: $PILLION_HOME/apps, else a per-user folder under the OS temp dir. */
export function defaultRegistryDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const home = env["PILLION_HOME"];
  if (home) return join(home, "apps");
  let user: string;
  try {
    const info = userInfo();
    user = info.uid >= 0 ? String(info.uid) : info.username;
  } catch {
    user = "user";
  }
  return join(tmpdir(), `pillion-${user}`, "apps");
}

const sep = "~";
const fileKey = (appId: string, namespace: string) => `${encodeURIComponent(appId)}${sep}${encodeURIComponent(namespace)}${sep}`;

export class FileRegistry implements NameResolver {
  private readonly cache = new Map<string, CacheSlot>();
  private registered?: string;

  constructor(
    readonly dir: string = defaultRegistryDir(),
    private readonly opts: { cacheMs?: number; isAlive?: (pid: number) => boolean } = {},
  ) {}

  /** Publishes this sidecar; the file is replaced atomically. */
  async register(entry: Omit<RegistryEntry, "startedAt"> & { startedAt?: string }): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = join(this.dir, `${fileKey(entry.appId, entry.namespace)}${entry.pid}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    const full: RegistryEntry = { ...entry, startedAt: entry.startedAt ?? new Date().toISOString() };
    await writeFile(tmp, JSON.stringify(full), { mode: 0o600 });
    await rename(tmp, file);
    this.registered = file;
  }

  /** Removes this sidecar's entry (at stop). */
  async unregister(): Promise<void> {
    const file = this.registered;
    this.registered = undefined;
    if (file) await rm(file, { force: true });
  }

  async resolve(appId: string, namespace: string): Promise<PeerAddress | undefined> {
    const key = fileKey(appId, namespace);
    const now = Date.now();
    let slot = this.cache.get(key);
    if (!slot || slot.expires <= now) {
      const entries = await this.read(key);
      // Misses are not cached: an app that just started must be found at once.
      if (entries.length === 0) {
        this.cache.delete(key);
        return undefined;
      }
      slot = { entries, expires: now + (this.opts.cacheMs ?? 2000), next: 0 };
      this.cache.set(key, slot);
    }
    // Round robin over the replicas of the app.
    const entry = slot.entries[slot.next % slot.entries.length]!;
    slot.next++;
    return entry;
  }

  forget(peer: PeerAddress): void {
    this.cache.delete(fileKey(peer.appId, peer.namespace));
  }

  /** Live entries for a key; files of dead processes are removed on the way. */
  private async read(key: string): Promise<RegistryEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const isAlive = this.opts.isAlive ?? processAlive;
    const out: RegistryEntry[] = [];
    for (const name of names) {
      if (!name.startsWith(key) || !name.endsWith(".json")) continue;
      const file = join(this.dir, name);
      let entry: RegistryEntry;
      try {
        entry = JSON.parse(await readFile(file, "utf8")) as RegistryEntry;
      } catch {
        continue; // being written, or not ours
      }
      if (!isAlive(entry.pid)) {
        await rm(file, { force: true }).catch(() => undefined);
        continue;
      }
      out.push(entry);
    }
    return out;
  }
}

/** Whether a process with this pid exists (EPERM: it does, owned by someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
