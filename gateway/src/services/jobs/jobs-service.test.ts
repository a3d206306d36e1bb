import { describe, expect, it, vi } from "vitest";
import { ComponentStore } from "../../components/component-store.js";
import { InMemoryJobStore } from "../../components/jobs/in-memory-job-store.js";
import type { StoredJob } from "../../components/jobs/job-store.js";
import { silentLogger } from "../../util/logger.js";
import { JobsService } from "./jobs-service.js";

/** An in-memory job store whose first `failures` list() calls fail, as a store that is not reachable yet. */
class FlakyStore extends InMemoryJobStore {
  listCalls = 0;
  constructor(private failures: number) {
    super();
  }
  override async list(): Promise<StoredJob[]> {
    this.listCalls++;
    if (this.failures-- > 0) throw new Error("connection refused");
    return super.list();
  }
}

describe("JobsService start-up", () => {
  it("reads the stored jobs again when the job store fails at first", async () => {
    const stop = new AbortController();
    const store = new FlakyStore(1);
    const service = new JobsService({ appId: "a", namespace: "default", components: new ComponentStore(), logger: silentLogger, signal: stop.signal }, { store });
    service.start();
    await vi.waitFor(() => expect(store.listCalls).toBe(2), { timeout: 5000 });
    stop.abort();
    await service.stop();
  });

  it("stops trying when the sidecar stops", async () => {
    const stop = new AbortController();
    const store = new FlakyStore(100);
    const service = new JobsService({ appId: "a", namespace: "default", components: new ComponentStore(), logger: silentLogger, signal: stop.signal }, { store });
    service.start();
    await vi.waitFor(() => expect(store.listCalls).toBe(1));
    stop.abort();
    await service.stop();
    await new Promise((r) => setTimeout(r, 1200));
    expect(store.listCalls).toBe(1);
  });
});
