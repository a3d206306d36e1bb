import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { JobSchema } from "../../gen/dapr/proto/runtime/v1/jobs_pb.js";
import { jobKey, jobNameError, JobSpecError, toApiJob, toStoredJob } from "./job-spec.js";

const now = Date.UTC(2030, 0, 1, 12, 0, 0, 750);
const stored = (fields: MessageInitShape<typeof JobSchema>) => toStoredJob(create(JobSchema, { name: "j", ...fields }), now);
const refusal = (fields: MessageInitShape<typeof JobSchema>) => {
  try {
    stored(fields);
  } catch (e) {
    if (e instanceof JobSpecError) return e.message;
    throw e;
  }
  throw new Error("accepted");
};

describe("toStoredJob", () => {
  it("counts from the current second, with due times as RFC 3339, Go durations or ISO 8601 periods", () => {
    const second = Date.UTC(2030, 0, 1, 12, 0, 0);
    expect(stored({ schedule: "@hourly" })).toMatchObject({ begin: second, beginIsDueTime: false });
    expect(stored({ dueTime: "1m30s" })).toMatchObject({ begin: second + 90_000, beginIsDueTime: true });
    expect(stored({ dueTime: "2030-02-01T00:00:00Z" }).begin).toBe(Date.UTC(2030, 1, 1));
    expect(stored({ dueTime: "P1D" }).begin).toBe(second + 86_400_000);
    expect(stored({ schedule: "@daily", dueTime: "10s", ttl: "1h" }).expiration).toBe(second + 10_000 + 3_600_000);
  });

  it("refuses what Dapr's scheduler refuses, with its words, in its order", () => {
    expect(refusal({})).toBe("job must have either a due time or a schedule");
    expect(refusal({ dueTime: "1s", repeats: 2 })).toBe("job must have a schedule to repeat");
    expect(refusal({ schedule: "@hourly", repeats: 0 })).toBe("defined repeats must be greater than 0");
    expect(refusal({ dueTime: "1s", ttl: "1h" })).toBe("job must have a schedule to have a ttl");
    expect(refusal({ schedule: "* * * * *" })).toBe("expected exactly 6 fields, found 5: [* * * * *]");
    expect(refusal({ dueTime: "soon" })).toBe("due time format not recognized");
    expect(refusal({ dueTime: "R2/PT1S" })).toBe("repeats not supported for due time");
    expect(refusal({ schedule: "@hourly", ttl: "forever" })).toBe("ttl format not recognized");
    expect(refusal({ schedule: "@hourly", dueTime: "2h", ttl: "2030-01-01T13:00:00Z" })).toBe("ttl must be greater than due time");
  });

  it("keeps the data and shows the job back with the default failure policy", () => {
    const job = toApiJob(stored({ schedule: "@every 5s", repeats: 2, data: { typeUrl: "x/y", value: new Uint8Array([1, 2]) } }));
    expect(job.data?.typeUrl).toBe("x/y");
    expect([...job.data!.value]).toEqual([1, 2]);
    expect(job.failurePolicy?.policy).toMatchObject({ case: "constant", value: { maxRetries: 3, interval: { seconds: 1n } } });
  });
});

describe("jobNameError", () => {
  it("checks each || segment as a DNS subdomain after dropping _ : - and spaces and lower-casing", () => {
    expect(jobNameError(jobKey("default", "my-app", "Report_2030: Q1"))).toBeUndefined();
    expect(jobNameError(jobKey("default", "app", "a..b"))).toMatch(/^job name is invalid "app\|\|default\|\|app\|\|a..b": a lowercase RFC 1123 subdomain/);
    expect(jobNameError(jobKey("default", "app", "x".repeat(254)))).toContain("must be no more than 253 characters");
  });
});
