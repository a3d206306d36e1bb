/**
 * When a job fires and what a trigger's outcome does to it, as Dapr's
 * scheduler counts it (go-etcd-cron's counter and schedules), as pure
 * functions over the stored job:
 *
 * - A job without a schedule fires once, at its due time.
 * - A job with a schedule fires at its due time (if it has one) and then at
 *   each activation of the schedule after the last trigger; without a due
 *   time the first activation after its creation. It ends after `repeats`
 *   triggers, or when its next activation is after its expiration (ttl).
 * - A trigger the app took moves the job on. A failed trigger is tried
 *   again after the constant policy's interval while its retries last (each
 *   failure counts), then given up (and the job moves on); with the drop
 *   policy it is given up at once.
 */
import type { JobProgress, StoredJob } from "../../components/jobs/job-store.js";
import type { JobFailurePolicy } from "../../gen/dapr/proto/common/v1/common_pb.js";
import type { CronSchedule } from "../../util/cron-schedule.js";

/** The state of a job between triggers: its progress and when it fires next (none: it is done). */
export interface JobTick {
  readonly progress: JobProgress;
  readonly next?: number;
}

export class JobTimeline {
  constructor(
    private readonly job: StoredJob,
    /** Undefined for a job without a schedule. */
    private readonly cron: CronSchedule | undefined,
    private readonly policy: JobFailurePolicy | undefined,
  ) {}

  /** The schedule's activation after `count` triggers, the last at `last`; undefined when there is none. */
  private scheduled(count: number, last: number | undefined): number | undefined {
    const j = this.job;
    if (!this.cron) return count >= 1 ? undefined : j.begin;
    if (j.repeats !== undefined && count >= j.repeats) return undefined;
    if (last === undefined) return j.beginIsDueTime ? j.begin : this.cron.next(j.begin);
    const next = this.cron.next(last);
    if (next === undefined || (j.expiration !== undefined && next > j.expiration)) return undefined;
    return next;
  }

  /** When a job with `progress` fires next; undefined when it is done. */
  nextTime(progress: JobProgress): number | undefined {
    if (this.job.repeats !== undefined && progress.count >= this.job.repeats) return undefined;
    const next = this.scheduled(progress.count, progress.lastTrigger);
    if (next === undefined) return undefined;
    if (this.job.expiration !== undefined && next > this.job.expiration) return undefined;
    return next;
  }

  /** Where the job stands when it is loaded or created. */
  start(): JobTick {
    return this.tick(this.job.progress);
  }

  /** After the app took the trigger that was due at `firedAt`. */
  succeeded(progress: JobProgress): JobTick {
    const last = this.scheduled(progress.count, progress.lastTrigger) ?? progress.lastTrigger;
    return this.tick({ count: progress.count + 1, attempts: 0, ...(last !== undefined && { lastTrigger: last }) });
  }

  /** After the trigger that was attempted at `attemptedAt` failed. */
  failed(progress: JobProgress, attemptedAt: number): JobTick {
    const attempts = progress.attempts + 1;
    const p = this.policy?.policy;
    if (p?.case === "constant") {
      const max = p.value.maxRetries;
      if (max === undefined || max >= attempts) {
        const interval = p.value.interval ? Number(p.value.interval.seconds) * 1000 + p.value.interval.nanos / 1e6 : 0;
        return { progress: { ...progress, attempts }, next: attemptedAt + interval };
      }
      const last = this.scheduled(progress.count, progress.lastTrigger) ?? progress.lastTrigger;
      return this.tick({ count: progress.count + 1, attempts: 0, ...(last !== undefined && { lastTrigger: last }) });
    }
    // Drop (and no policy): this trigger is given up, the schedule goes on from it.
    return this.tick({ count: progress.count + 1, attempts: 0, lastTrigger: attemptedAt });
  }

  private tick(progress: JobProgress): JobTick {
    const next = this.nextTime(progress);
    return next === undefined ? { progress } : { progress, next };
  }
}
