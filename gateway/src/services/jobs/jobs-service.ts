/**
 * The jobs building block (Dapr's scheduler API): ScheduleJob, GetJob,
 * DeleteJob, DeleteJobsByPrefix and ListJobs, stable and Alpha1 alike, with
 * Dapr's checks in Dapr's order and its DAPR_SCHEDULER_* errors. Where Dapr
 * asks its scheduler service, pillion keeps the jobs itself, in a job store
 * (in memory, or in a state store so they survive a restart), and fires them
 * to the app once it listens.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { create } from "@bufbuild/protobuf";
import type { HandlerContext } from "@connectrpc/connect";
import type { AppChannel } from "../../app-channel/app-channel.js";
import type { JobStore } from "../../components/jobs/job-store.js";
import * as errors from "../../errors/catalog.js";
import { causeText } from "../../errors/dapr-error.js";
import {
  DeleteJobResponseSchema,
  DeleteJobsByPrefixResponseAlpha1Schema,
  DeleteJobsByPrefixResponseSchema,
  GetJobResponseSchema,
  ListJobsResponseAlpha1Schema,
  ListJobsResponseSchema,
  ScheduleJobResponseSchema,
  type DeleteJobRequest,
  type DeleteJobsByPrefixRequest,
  type DeleteJobsByPrefixRequestAlpha1,
  type GetJobRequest,
  type ScheduleJobRequest,
} from "../../gen/dapr/proto/runtime/v1/jobs_pb.js";
import type { Logger } from "../../util/logger.js";
import type { SidecarContext } from "../context.js";
import { JobAppTrigger } from "./app-trigger.js";
import { JobScheduler } from "./job-scheduler.js";
import { jobKey, jobNameError, JobSpecError, toApiJob, toStoredJob } from "./job-spec.js";
import { jobNameInRestBody } from "./rest-context.js";

export interface JobsServiceOptions {
  readonly store: JobStore;
  readonly appChannel?: AppChannel;
}

export class JobsService {
  private readonly log: Logger;
  private readonly scheduler: JobScheduler;
  private starting?: Promise<void>;

  constructor(
    private readonly ctx: SidecarContext,
    private readonly opts: JobsServiceOptions,
  ) {
    this.log = ctx.logger.child("jobs");
    this.scheduler = new JobScheduler(opts.store, this.log);
  }

  scheduleJob(req: ScheduleJobRequest, hctx?: HandlerContext) {
    return this.schedule(req, hctx);
  }

  scheduleJobAlpha1(req: ScheduleJobRequest, hctx?: HandlerContext) {
    return this.schedule(req, hctx);
  }

  getJob(req: GetJobRequest) {
    return this.get(req);
  }

  getJobAlpha1(req: GetJobRequest) {
    return this.get(req);
  }

  deleteJob(req: DeleteJobRequest) {
    return this.delete(req);
  }

  deleteJobAlpha1(req: DeleteJobRequest) {
    return this.delete(req);
  }

  async deleteJobsByPrefix(req: DeleteJobsByPrefixRequest) {
    await this.deleteByPrefix(req.namePrefix ?? "");
    return create(DeleteJobsByPrefixResponseSchema);
  }

  async deleteJobsByPrefixAlpha1(req: DeleteJobsByPrefixRequestAlpha1) {
    await this.deleteByPrefix(req.namePrefix ?? "");
    return create(DeleteJobsByPrefixResponseAlpha1Schema);
  }

  async listJobs() {
    return create(ListJobsResponseSchema, { jobs: await this.list() });
  }

  async listJobsAlpha1() {
    return create(ListJobsResponseAlpha1Schema, { jobs: await this.list() });
  }

  /** Loads the stored jobs now; they fire once the app listens (never without an app). */
  start(): void {
    this.starting ??= this.run().catch((e) => {
      if (!this.ctx.signal.aborted) this.log.error("could not start the app's jobs", { error: e });
    });
  }

  async stop(): Promise<void> {
    await this.scheduler.stop();
  }

  private async run(): Promise<void> {
    const n = await this.loadStored();
    if (n === undefined) return;
    const channel = this.opts.appChannel;
    if (!channel) {
      if (n > 0) this.log.warn("the sidecar runs without an app port: jobs are kept but not triggered", { jobs: n });
      return;
    }
    await channel.waitUntilReady(this.ctx.signal);
    this.scheduler.run(new JobAppTrigger(channel, this.log).trigger);
    if (n > 0) this.log.info("the app's jobs are scheduled", { jobs: n });
  }

  /** Loads the stored jobs, trying again (1 s, doubling up to 30 s) while the job store fails; undefined when the sidecar stops first. */
  private async loadStored(): Promise<number | undefined> {
    for (let wait = 1000; ; wait = Math.min(wait * 2, 30_000)) {
      try {
        return await this.scheduler.load();
      } catch (e) {
        if (this.ctx.signal.aborted) return undefined;
        this.log.error("could not read the app's jobs from the job store; trying again", { error: e, retryInMs: wait });
      }
      try {
        await sleep(wait, undefined, { signal: this.ctx.signal });
      } catch {
        return undefined;
      }
    }
  }

  private async schedule(req: ScheduleJobRequest, hctx?: HandlerContext) {
    const { appId, namespace } = this.ctx;
    if (hctx?.values.get(jobNameInRestBody)) throw errors.schedulerJobNameInBody(appId);
    const job = req.job;
    if (!job) throw errors.schedulerJobEmpty(appId, namespace);
    if (job.name === "") throw errors.schedulerJobNameEmpty(appId, namespace);
    if (job.schedule === undefined && job.dueTime === undefined) throw errors.schedulerScheduleEmpty(appId, namespace);
    const key = jobKey(namespace, appId, job.name);
    const badName = jobNameError(key);
    if (badName) throw errors.schedulerScheduleJob(appId, namespace, badName);
    let stored;
    try {
      stored = toStoredJob(job, Date.now());
    } catch (e) {
      if (e instanceof JobSpecError) throw errors.schedulerScheduleJob(appId, namespace, `job failed validation: ${e.message}`);
      throw e;
    }
    let added: boolean;
    try {
      added = await this.opts.store.put(stored, { ifAbsent: !req.overwrite });
    } catch (e) {
      throw errors.schedulerScheduleJob(appId, namespace, causeText(e));
    }
    if (!added) throw errors.schedulerScheduleJob(appId, namespace, `job already exists: '${key}'`, true);
    this.scheduler.added(stored);
    return create(ScheduleJobResponseSchema);
  }

  private async get(req: GetJobRequest) {
    const { appId, namespace } = this.ctx;
    if (req.name === "") throw errors.schedulerJobNameEmpty(appId, namespace);
    const badName = jobNameError(jobKey(namespace, appId, req.name));
    if (badName) throw errors.schedulerGetJob(appId, namespace, badName);
    let stored;
    try {
      stored = await this.opts.store.get(req.name);
    } catch (e) {
      throw errors.schedulerGetJob(appId, namespace, causeText(e));
    }
    if (!stored) throw errors.schedulerGetJob(appId, namespace, `job not found: ${req.name}`, true);
    return create(GetJobResponseSchema, { job: toApiJob(stored) });
  }

  private async delete(req: DeleteJobRequest) {
    const { appId, namespace } = this.ctx;
    if (req.name === "") throw errors.schedulerJobNameEmpty(appId, namespace);
    const badName = jobNameError(jobKey(namespace, appId, req.name));
    if (badName) throw errors.schedulerDeleteJob(appId, namespace, badName);
    try {
      await this.opts.store.delete(req.name);
    } catch (e) {
      throw errors.schedulerDeleteJob(appId, namespace, causeText(e));
    }
    this.scheduler.removed(req.name);
    return create(DeleteJobResponseSchema);
  }

  private async deleteByPrefix(prefix: string): Promise<void> {
    const { appId, namespace } = this.ctx;
    // Dapr checks the prefix as a name with a character added.
    const badName = jobNameError(`${jobKey(namespace, appId, prefix)}a`);
    if (badName) throw errors.schedulerDeleteJob(appId, namespace, badName);
    try {
      await this.opts.store.deletePrefix(prefix);
    } catch (e) {
      throw errors.schedulerDeleteJob(appId, namespace, causeText(e));
    }
    this.scheduler.removedPrefix(prefix);
  }

  private async list() {
    const { appId, namespace } = this.ctx;
    try {
      return (await this.opts.store.list()).map(toApiJob);
    } catch (e) {
      throw errors.schedulerListJobs(appId, namespace, causeText(e));
    }
  }
}
