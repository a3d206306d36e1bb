/**
 * Jobs kept in a state store component, so that they survive a sidecar
 * restart when the store does (Redis, PostgreSQL, ...). Each job is one key,
 * `pillion-jobs||<namespace>||<app id>||<job name>`, holding the job as JSON;
 * the key `pillion-jobs||<namespace>||<app id>` holds the sorted list of job
 * names (state stores cannot list keys). A job is written before it is
 * listed and unlisted before it is deleted, so a crash in between leaves at
 * worst a job that is readable but not listed (it is listed again when it is
 * next scheduled). Changes are made one at a time per sidecar; one sidecar
 * per app id is expected to own the app's jobs.
 */
import type { StateDriver } from "../state/state-store.js";
import type { JobProgress, JobStore, StoredJob } from "./job-store.js";

const noMeta: Readonly<Record<string, string>> = Object.freeze({});

export class StateJobStore implements JobStore {
  private readonly prefix: string;
  private readonly indexKey: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly state: StateDriver,
    scope: { readonly namespace: string; readonly appId: string },
  ) {
    this.indexKey = `pillion-jobs||${scope.namespace}||${scope.appId}`;
    this.prefix = `${this.indexKey}||`;
  }

  put(job: StoredJob, opts: { readonly ifAbsent: boolean }): Promise<boolean> {
    return this.serial(async () => {
      if (opts.ifAbsent && (await this.read(job.name))) return false;
      await this.write(job);
      await this.updateIndex((names) => (names.includes(job.name) ? names : [...names, job.name]));
      return true;
    });
  }

  get(name: string): Promise<StoredJob | undefined> {
    return this.serial(() => this.read(name));
  }

  delete(name: string): Promise<void> {
    return this.serial(() => this.remove([name]));
  }

  deletePrefix(prefix: string): Promise<void> {
    return this.serial(async () => this.remove((await this.readIndex()).filter((n) => n.startsWith(prefix))));
  }

  list(): Promise<StoredJob[]> {
    return this.serial(async () => {
      const names = await this.readIndex();
      const jobs = await Promise.all(names.map((n) => this.read(n)));
      return jobs.filter((j): j is StoredJob => j !== undefined);
    });
  }

  saveProgress(name: string, generation: string, progress: JobProgress): Promise<boolean> {
    return this.serial(async () => {
      const job = await this.read(name);
      if (!job || job.generation !== generation) return false;
      await this.write({ ...job, progress });
      return true;
    });
  }

  deleteIfGeneration(name: string, generation: string): Promise<void> {
    return this.serial(async () => {
      if ((await this.read(name))?.generation === generation) await this.remove([name]);
    });
  }

  /** Runs store changes one after the other, so index updates never interleave. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(name: string): Promise<StoredJob | undefined> {
    const item = await this.state.get({ key: this.prefix + name, metadata: noMeta });
    if (!item) return undefined;
    return JSON.parse(Buffer.from(item.data).toString("utf8")) as StoredJob;
  }

  private async write(job: StoredJob): Promise<void> {
    await this.state.set({ key: this.prefix + job.name, value: Buffer.from(JSON.stringify(job)), contentType: "application/json", metadata: noMeta });
  }

  private async remove(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    const gone = new Set(names);
    await this.updateIndex((all) => all.filter((n) => !gone.has(n)));
    for (const n of names) await this.state.delete({ key: this.prefix + n, metadata: noMeta });
  }

  private async readIndex(): Promise<string[]> {
    const item = await this.state.get({ key: this.indexKey, metadata: noMeta });
    return item ? (JSON.parse(Buffer.from(item.data).toString("utf8")) as string[]) : [];
  }

  private async updateIndex(change: (names: string[]) => string[]): Promise<void> {
    const before = await this.readIndex();
    const after = change(before).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (after.length === before.length && after.every((n, i) => n === before[i])) return;
    await this.state.set({ key: this.indexKey, value: Buffer.from(JSON.stringify(after)), contentType: "application/json", metadata: noMeta });
  }
}
