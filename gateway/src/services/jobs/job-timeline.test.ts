import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { JobSchema } from "../../gen/dapr/proto/runtime/v1/jobs_pb.js";
import { parseSchedule, storedFailurePolicy, toStoredJob } from "./job-spec.js";
import { JobTimeline } from "./job-timeline.js";

const t0 = Date.UTC(2030, 0, 1, 0, 0, 0);
const s = 1000;

function timeline(fields: MessageInitShape<typeof JobSchema>, now = t0) {
  const job = toStoredJob(create(JobSchema, { name: "j", ...fields }), now);
  return { job, tl: new JobTimeline(job, job.schedule !== undefined ? parseSchedule(job.schedule) : undefined, storedFailurePolicy(job)) };
}

describe("JobTimeline", () => {
  it("fires a job without a schedule once, at its due time", () => {
    const { tl } = timeline({ dueTime: "10s" });
    const start = tl.start();
    expect(start.next).toBe(t0 + 10 * s);
    expect(tl.succeeded(start.progress).next).toBeUndefined();
  });

  it("fires a schedule after its creation, `repeats` times, each from the last activation", () => {
    const { tl } = timeline({ schedule: "@every 5s", repeats: 3 });
    let tick = tl.start();
    const times: number[] = [];
    while (tick.next !== undefined) {
      times.push(tick.next);
      tick = tl.succeeded(tick.progress);
    }
    expect(times).toEqual([t0 + 5 * s, t0 + 10 * s, t0 + 15 * s]);
    expect(tick.progress.count).toBe(3);
  });

  it("fires at the due time first when a schedule has one, and stops at the ttl", () => {
    const { tl } = timeline({ schedule: "@every 10s", dueTime: "1s", ttl: "25s" });
    let tick = tl.start();
    const times: number[] = [];
    while (tick.next !== undefined) {
      times.push(tick.next);
      tick = tl.succeeded(tick.progress);
    }
    // ttl counts from the due time: expiration t0+26s.
    expect(times).toEqual([t0 + 1 * s, t0 + 11 * s, t0 + 21 * s]);
  });

  it("retries a failed trigger at the constant interval while retries last, then moves on", () => {
    const { tl } = timeline({ schedule: "@every 60s", repeats: 2, failurePolicy: { policy: { case: "constant", value: { interval: { seconds: 2n }, maxRetries: 2 } } } });
    const first = tl.start();
    const r1 = tl.failed(first.progress, first.next!);
    expect(r1.next).toBe(t0 + 62 * s);
    const r2 = tl.failed(r1.progress, r1.next!);
    expect(r2.next).toBe(t0 + 64 * s);
    const gaveUp = tl.failed(r2.progress, r2.next!);
    // Given up: counted as a trigger; the schedule continues from the activation.
    expect(gaveUp.progress).toMatchObject({ count: 1, attempts: 0, lastTrigger: t0 + 60 * s });
    expect(gaveUp.next).toBe(t0 + 120 * s);
  });

  it("uses the default policy (1s, three retries) and gives up at once with drop", () => {
    const { tl } = timeline({ dueTime: "0s" });
    let tick = tl.start();
    let attempts = 0;
    while (tick.next !== undefined) {
      attempts++;
      tick = tl.failed(tick.progress, tick.next);
    }
    expect(attempts).toBe(4);
    const drop = timeline({ dueTime: "0s", failurePolicy: { policy: { case: "drop", value: {} } } }).tl;
    expect(drop.failed(drop.start().progress, t0).next).toBeUndefined();
  });

  it("resumes from stored progress: missed activations fire from the last one done", () => {
    const { job } = timeline({ schedule: "@every 5s", repeats: 4 });
    const resumed = new JobTimeline({ ...job, progress: { count: 2, attempts: 0, lastTrigger: t0 + 10 * s } }, parseSchedule("@every 5s"), storedFailurePolicy(job));
    expect(resumed.start().next).toBe(t0 + 15 * s);
  });
});
