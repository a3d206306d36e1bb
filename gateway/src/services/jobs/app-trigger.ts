/**
 * A job's trigger to the app, as Dapr's app channels send it
 * (pkg/channel/http TriggerJob, pkg/channel/grpc TriggerJob) and its
 * scheduler streamer reads the answer:
 *
 * HTTP: `POST /job/<name>`, `Content-Type: application/json`, with the job's
 * data as the body: a google.protobuf.Value as its JSON, any other Any as its
 * raw value bytes (trimmed), nothing without data; and a new `traceparent`
 * (none when the Configuration turns tracing off with samplingRate 0).
 *
 * gRPC: AppCallback/OnJobEvent {name, data, method "job/<name>",
 * content_type (the data's type URL), http_extension POST}; an app that
 * answers Unimplemented gets AppCallbackAlpha/OnJobEventAlpha1 instead.
 *
 * The app took the trigger when it answers 2xx / OK. NotFound (404) also
 * counts as done, so that Dapr's scheduler does not trigger it again; any
 * other answer or a failed call is a failure, for the job's failure policy.
 */
import { create, fromBinary, toJson, type JsonValue } from "@bufbuild/protobuf";
import { AnySchema, ValueSchema } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError } from "@connectrpc/connect";
import type { AppChannel } from "../../app-channel/app-channel.js";
import { madeTraceparent } from "../../app-channel/traceparent.js";
import type { StoredJob } from "../../components/jobs/job-store.js";
import { HTTPExtension_Verb } from "../../gen/dapr/proto/common/v1/common_pb.js";
import { JobEventRequestSchema } from "../../gen/dapr/proto/runtime/v1/appcallback_pb.js";
import type { Logger } from "../../util/logger.js";
import { codeFromHttpStatus } from "../invoke/status-codes.js";

const valueTypeUrl = "type.googleapis.com/google.protobuf.Value";

export class JobAppTrigger {
  constructor(
    private readonly channel: AppChannel,
    private readonly log: Logger,
  ) {}

  readonly trigger = async (job: StoredJob, signal: AbortSignal): Promise<"success" | "failure"> => {
    const code = this.channel.protocol === "grpc" ? await this.viaGrpc(job, signal) : await this.viaHttp(job, signal);
    if (code === undefined) return "success";
    if (code === Code.NotFound) {
      this.log.error("non-retriable error returned from app while processing triggered job", { job: job.name, code: Code[code] });
      return "success";
    }
    this.log.error("unexpected status code returned from app while processing triggered job", { job: job.name, code: Code[code] });
    return "failure";
  };

  /** The gRPC code of the app's answer; undefined for OK. */
  private async viaHttp(job: StoredJob, signal: AbortSignal): Promise<Code | undefined> {
    const body = httpBody(job);
    const traceparent = madeTraceparent();
    const res = await this.channel.http!.request({
      method: "POST",
      path: `/job/${encodeURI(job.name.replace(/^\//, ""))}`,
      headers: { "content-type": "application/json", ...(traceparent && { traceparent }) },
      body,
      signal,
    });
    return codeFromHttpStatus(res.status);
  }

  private async viaGrpc(job: StoredJob, signal: AbortSignal): Promise<Code | undefined> {
    const data = job.data ? create(AnySchema, { typeUrl: job.data.typeUrl, value: Buffer.from(job.data.value, "base64") }) : undefined;
    const req = create(JobEventRequestSchema, {
      name: job.name,
      ...(data && { data }),
      method: `job/${job.name}`,
      contentType: data?.typeUrl ?? "",
      httpExtension: { verb: HTTPExtension_Verb.POST },
    });
    const traceparent = madeTraceparent();
    const opts = { signal, headers: traceparent ? { traceparent } : {} };
    const grpc = this.channel.grpc!;
    try {
      await grpc.callback.onJobEvent(req, opts);
      return undefined;
    } catch (e) {
      const err = ConnectError.from(e);
      if (err.code !== Code.Unimplemented) return err.code;
    }
    try {
      await grpc.alpha.onJobEventAlpha1(req, opts);
      return undefined;
    } catch (e) {
      return ConnectError.from(e).code;
    }
  }
}

/** The body Dapr's HTTP channel sends for a job's data. */
export function httpBody(job: StoredJob): Uint8Array {
  if (!job.data) return new Uint8Array(0);
  const raw = Buffer.from(job.data.value, "base64");
  if (job.data.typeUrl === valueTypeUrl) {
    const v = fromBinary(ValueSchema, raw);
    // Go's protojson writes a Struct's keys sorted.
    return v.kind.case === undefined ? new Uint8Array(0) : Buffer.from(JSON.stringify(sortKeys(toJson(ValueSchema, v))));
  }
  // Go's bytes.TrimSpace on what is usually text.
  return Buffer.from(raw.toString("latin1").replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, ""), "latin1");
}

function sortKeys(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v === null || typeof v !== "object") return v;
  const out: { [k: string]: JsonValue } = {};
  for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]!);
  return out;
}
