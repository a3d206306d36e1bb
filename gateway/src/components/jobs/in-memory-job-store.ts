import type { JobProgress, JobStore, StoredJob } from "./job-store.js";

/** Jobs in the sidecar's memory: they end with the process. The default job store. */
export class InMemoryJobStore implements JobStore {
  private readonly jobs = new Map<string, StoredJob>();

  async put(job: StoredJob, opts: { readonly ifAbsent: boolean }): Promise<boolean> {
    if (opts.ifAbsent && this.jobs.has(job.name)) return false;
    this.jobs.set(job.name, job);
    return true;
  }

  async get(name: string): Promise<StoredJob | undefined> {
    return this.jobs.get(name);
  }

  async delete(name: string): Promise<void> {
    this.jobs.delete(name);
  }

  async deletePrefix(prefix: string): Promise<void> {
    for (const name of [...this.jobs.keys()]) if (name.startsWith(prefix)) this.jobs.delete(name);
  }

  async list(): Promise<StoredJob[]> {
    return [...this.jobs.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async saveProgress(name: string, generation: string, progress: JobProgress): Promise<boolean> {
    const job = this.jobs.get(name);
    if (!job || job.generation !== generation) return false;
    this.jobs.set(name, { ...job, progress });
    return true;
  }

  async deleteIfGeneration(name: string, generation: string): Promise<void> {
    if (this.jobs.get(name)?.generation === generation) this.jobs.delete(name);
  }
}
