/**
 * A job request checked and turned into what the block stores, the way
 * Dapr's scheduler does it (go-etcd-cron's name validator and
 * scheduler.Builder.Parse): the same rules, in the same order, with the same
 * words. A refusal is a JobSpecError; the service wraps it in Dapr's
 * DAPR_SCHEDULER_SCHEDULE_JOB error.
 */
import { randomUUID } from "node:crypto";
import { create, fromJson, toJson, type JsonValue } from "@bufbuild/protobuf";
import { AnySchema, DurationSchema } from "@bufbuild/protobuf/wkt";
import type { StoredJob } from "../../components/jobs/job-store.js";
import { JobFailurePolicySchema, type JobFailurePolicy } from "../../gen/dapr/proto/common/v1/common_pb.js";
import { JobSchema, type Job } from "../../gen/dapr/proto/runtime/v1/jobs_pb.js";
import { CronSyntaxError, parseCronSchedule, type CronSchedule } from "../../util/cron-schedule.js";
import { addPeriod, parseGoDuration, parseIso8601Period, parseRfc3339 } from "../../util/go-time.js";

export class JobSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JobSpecError";
  }
}

/** The key Dapr's scheduler files an app's job under: app||<namespace>||<app id>||<name>. */
export function jobKey(namespace: string, appId: string, name: string): string {
  return `app||${namespace}||${appId}||${name}`;
}

const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1123Message =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/**
 * go-etcd-cron's job name check, on the full key: with "_", ":", "-" and " "
 * removed, each "||" segment must be a DNS-1123 subdomain (lower-cased).
 * Returns the error text, or undefined when the name is fine.
 */
export function jobNameError(key: string): string | undefined {
  const sanitized = key.replace(/[_:\- ]/g, "");
  for (const segment of sanitized.toLowerCase().split("||")) {
    const errs: string[] = [];
    if (segment.length > 253) errs.push("must be no more than 253 characters");
    if (!dns1123Subdomain.test(segment)) errs.push(dns1123Message);
    if (errs.length > 0) return `job name is invalid ${JSON.stringify(sanitized)}: ${errs.join(", ")}`;
  }
  return undefined;
}

/** The default failure policy of Dapr's scheduler: retry every second, three times. */
function defaultFailurePolicy(): JobFailurePolicy {
  return create(JobFailurePolicySchema, {
    policy: { case: "constant", value: { interval: create(DurationSchema, { seconds: 1n }), maxRetries: 3 } },
  });
}

/** A job request as the block stores it, with its schedule worked out from `now`. Throws JobSpecError. */
export function toStoredJob(job: Job, now: number): StoredJob {
  const schedule = job.schedule;
  if (job.dueTime === undefined && schedule === undefined) throw new JobSpecError("job must have either a due time or a schedule");
  if (schedule === undefined && (job.repeats ?? 0) > 1) throw new JobSpecError("job must have a schedule to repeat");
  if (job.repeats !== undefined && job.repeats < 1) throw new JobSpecError("defined repeats must be greater than 0");
  if (schedule === undefined && job.ttl !== undefined) throw new JobSpecError("job must have a schedule to have a ttl");
  if (schedule !== undefined) parseSchedule(schedule);
  const failurePolicy = job.failurePolicy?.policy.case ? job.failurePolicy : defaultFailurePolicy();
  // Dapr's scheduler counts from the current second.
  now = Math.floor(now / 1000) * 1000;
  let begin = now;
  if (job.dueTime !== undefined) begin = pointInTime(job.dueTime, now, "due time format not recognized");
  let expiration: number | undefined;
  if (job.ttl !== undefined) {
    try {
      expiration = pointInTime(job.ttl, begin, "ttl format not recognized");
    } catch {
      throw new JobSpecError("ttl format not recognized");
    }
    if (job.dueTime !== undefined && begin > expiration) throw new JobSpecError("ttl must be greater than due time");
  }
  return {
    name: job.name,
    ...(schedule !== undefined && { schedule }),
    ...(job.repeats !== undefined && { repeats: job.repeats }),
    ...(job.dueTime !== undefined && { dueTime: job.dueTime }),
    ...(job.ttl !== undefined && { ttl: job.ttl }),
    ...(job.data && { data: { typeUrl: job.data.typeUrl, value: Buffer.from(job.data.value).toString("base64") } }),
    failurePolicy: toJson(JobFailurePolicySchema, failurePolicy),
    begin,
    beginIsDueTime: job.dueTime !== undefined,
    ...(expiration !== undefined && { expiration }),
    generation: randomUUID(),
    progress: { count: 0, attempts: 0 },
  };
}

/** A stored job as the API shows it. */
export function toApiJob(s: StoredJob): Job {
  return create(JobSchema, {
    name: s.name,
    ...(s.schedule !== undefined && { schedule: s.schedule }),
    ...(s.repeats !== undefined && { repeats: s.repeats }),
    ...(s.dueTime !== undefined && { dueTime: s.dueTime }),
    ...(s.ttl !== undefined && { ttl: s.ttl }),
    ...(s.data && { data: create(AnySchema, { typeUrl: s.data.typeUrl, value: Buffer.from(s.data.value, "base64") }) }),
    ...(s.failurePolicy !== undefined && { failurePolicy: storedFailurePolicy(s) }),
  });
}

export function storedFailurePolicy(s: StoredJob): JobFailurePolicy | undefined {
  return s.failurePolicy === undefined ? undefined : fromJson(JobFailurePolicySchema, s.failurePolicy as JsonValue);
}

export function parseSchedule(spec: string): CronSchedule {
  try {
    return parseCronSchedule(spec, { secondsOptional: false });
  } catch (e) {
    if (e instanceof CronSyntaxError) throw new JobSpecError(e.message);
    throw e;
  }
}

/** An RFC 3339 time, a Go duration from `now`, or an ISO 8601 period from `now` (without repetitions). */
function pointInTime(text: string, now: number, unrecognized: string): number {
  const t = parseRfc3339(text);
  if (t !== undefined) return t;
  const d = parseGoDuration(text);
  if (d !== undefined) return now + d;
  const p = parseIso8601Period(text);
  if (p === undefined) throw new JobSpecError(unrecognized);
  if (p.repetitions > 0) throw new JobSpecError("repeats not supported for due time");
  return addPeriod(now, p);
}
