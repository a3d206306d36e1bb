/**
 * Fires the app's jobs: one alarm per job at its next time, a trigger to the
 * app when it rings, and the outcome written back to the job store before
 * the next alarm is set (see job-timeline.ts for the rules). Jobs whose time
 * passed while the sidecar was down fire as soon as it runs again.
 *
 * A job replaced or deleted while its trigger is in flight keeps its new
 * state: the store refuses the old trigger's progress (generation check).
 * Triggers start only once `run()` is called (when the app listens).
 */
import type { JobStore, StoredJob } from "../../components/jobs/job-store.js";
import { setAlarm } from "../../util/alarm.js";
import type { Logger } from "../../util/logger.js";
import { parseSchedule, storedFailurePolicy } from "./job-spec.js";
import { JobTimeline, type JobTick } from "./job-timeline.js";

/** Hands one trigger to the app: "success" (taken, or refused as not found) or "failure". */
export type JobTrigger = (job: StoredJob, signal: AbortSignal) => Promise<"success" | "failure">;

interface Entry {
  job: StoredJob;
  timeline: JobTimeline;
  tick: JobTick;
  cancel?: () => void;
  running: boolean;
}

export class JobScheduler {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly stopSignal = new AbortController();
  private trigger?: JobTrigger;

  constructor(
    private readonly store: JobStore,
    private readonly log: Logger,
  ) {}

  /** Loads the stored jobs (their alarms wait for run()). */
  async load(): Promise<number> {
    const jobs = await this.store.list();
    for (const j of jobs) this.track(j);
    return jobs.length;
  }

  /** Starts firing jobs through `trigger`. */
  run(trigger: JobTrigger): void {
    this.trigger = trigger;
    for (const e of this.entries.values()) this.arm(e);
  }

  /** A job was created or replaced. */
  added(job: StoredJob): void {
    this.track(job);
  }

  /** A job was deleted. */
  removed(name: string): void {
    this.forget(name);
  }

  /** Jobs with this name prefix were deleted. */
  removedPrefix(prefix: string): void {
    for (const name of [...this.entries.keys()]) if (name.startsWith(prefix)) this.forget(name);
  }

  /** Stops every alarm; triggers in flight are aborted and their outcome not recorded (they fire again after a restart). */
  async stop(): Promise<void> {
    this.stopSignal.abort(new Error("the sidecar is stopping"));
    for (const e of this.entries.values()) e.cancel?.();
    this.entries.clear();
    await Promise.all(this.inFlight);
  }

  private track(job: StoredJob): void {
    this.forget(job.name);
    let timeline: JobTimeline;
    try {
      timeline = new JobTimeline(job, job.schedule !== undefined ? parseSchedule(job.schedule) : undefined, storedFailurePolicy(job));
    } catch (e) {
      this.log.error("a stored job cannot be scheduled; it is left as it is", { job: job.name, error: e });
      return;
    }
    const entry: Entry = { job, timeline, tick: timeline.start(), running: false };
    if (entry.tick.next === undefined) {
      // Nothing left to fire (e.g. its ttl passed while the sidecar was down).
      void this.store.deleteIfGeneration(job.name, job.generation).catch((e: unknown) => this.log.warn("could not delete a finished job", { job: job.name, error: e }));
      return;
    }
    this.entries.set(job.name, entry);
    this.arm(entry);
  }

  private forget(name: string): void {
    const e = this.entries.get(name);
    if (!e) return;
    e.cancel?.();
    this.entries.delete(name);
  }

  private arm(e: Entry): void {
    if (!this.trigger || e.running || e.tick.next === undefined || this.stopSignal.signal.aborted) return;
    e.cancel?.();
    e.cancel = setAlarm(e.tick.next, () => {
      e.cancel = undefined;
      const run = this.fire(e).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    });
  }

  private async fire(e: Entry): Promise<void> {
    if (this.entries.get(e.job.name) !== e) return;
    e.running = true;
    const due = e.tick.next!;
    let outcome: "success" | "failure";
    try {
      outcome = await this.trigger!(e.job, this.stopSignal.signal);
    } catch (err) {
      this.log.error("failed to invoke schedule app job", { job: e.job.name, error: err });
      outcome = "failure";
    }
    e.running = false;
    if (this.stopSignal.signal.aborted) return;
    const tick = outcome === "success" ? e.timeline.succeeded(e.tick.progress) : e.timeline.failed(e.tick.progress, due);
    // Replaced or deleted meanwhile: the new job (if any) has its own entry.
    if (this.entries.get(e.job.name) !== e) return;
    try {
      if (tick.next === undefined) {
        this.entries.delete(e.job.name);
        await this.store.deleteIfGeneration(e.job.name, e.job.generation);
        return;
      }
      const kept = await this.store.saveProgress(e.job.name, e.job.generation, tick.progress);
      if (!kept) {
        if (this.entries.get(e.job.name) === e) this.entries.delete(e.job.name);
        return;
      }
    } catch (err) {
      // The store is unavailable: keep going from memory; the progress is saved with a later trigger.
      this.log.warn("could not save a job's progress", { job: e.job.name, error: err });
    }
    if (this.entries.get(e.job.name) !== e) return;
    e.tick = tick;
    this.arm(e);
  }
}
