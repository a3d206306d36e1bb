/**
 * The job store contract: where the jobs building block keeps an app's jobs
 * and their progress, so that a restarted sidecar picks them up where they
 * were. The block (services/jobs) owns all scheduling semantics; a store
 * only keeps records, one per job name, and tells the block when a record
 * it is about to update was replaced meanwhile (by its `generation`).
 *
 * Stores are scoped to one app (namespace and app id) when they are made.
 */

/** How far a job has got, as Dapr's scheduler counts it. */
export interface JobProgress {
  /** Triggers done (succeeded, or failed and given up). */
  readonly count: number;
  /** Failed attempts at the current trigger. */
  readonly attempts: number;
  /** The scheduled time (epoch ms) of the last trigger done; the schedule continues from it. */
  readonly lastTrigger?: number;
}

/** One job as the block stores it. Everything is JSON-safe. */
export interface StoredJob {
  readonly name: string;
  readonly schedule?: string;
  readonly repeats?: number;
  readonly dueTime?: string;
  readonly ttl?: string;
  /** The job's data: a google.protobuf.Any (type URL and base64 value). */
  readonly data?: { readonly typeUrl: string; readonly value: string };
  /** The failure policy in protobuf JSON (JobFailurePolicy), after defaulting. */
  readonly failurePolicy?: unknown;
  /** Epoch ms from which the schedule runs: the due time (fires then) or the creation time (does not). */
  readonly begin: number;
  readonly beginIsDueTime: boolean;
  /** Epoch ms after which the job never fires (from ttl). */
  readonly expiration?: number;
  /** Changes whenever the job is (re)created. */
  readonly generation: string;
  readonly progress: JobProgress;
}

export interface JobStore {
  /** Adds or replaces a job; with `ifAbsent`, resolves false (and changes nothing) when one of that name exists. */
  put(job: StoredJob, opts: { readonly ifAbsent: boolean }): Promise<boolean>;
  get(name: string): Promise<StoredJob | undefined>;
  /** Deleting a job that does not exist succeeds. */
  delete(name: string): Promise<void>;
  /** Deletes every job whose name starts with `prefix` ("" for all). */
  deletePrefix(prefix: string): Promise<void>;
  /** Every job, sorted by name. */
  list(): Promise<StoredJob[]>;
  /** Saves progress unless the job was replaced or deleted since `generation` (then false, nothing changed). */
  saveProgress(name: string, generation: string, progress: JobProgress): Promise<boolean>;
  /** Deletes a finished job unless it was replaced since `generation`. */
  deleteIfGeneration(name: string, generation: string): Promise<void>;
}
