/**
 * Request behaviours of Dapr's hand-written HTTP handlers that the REST
 * options cannot express (docs/reference/dapr-http-api.md, section 4),
 * applied to the decoded request message before the service sees it.
 */
import type { Message } from "@bufbuild/protobuf";
import type { ContextValues } from "@connectrpc/connect";
import { jobNameInRestBody } from "../../services/jobs/rest-context.js";
import type { ScheduleJobRequest } from "../../gen/dapr/proto/runtime/v1/jobs_pb.js";
import type { SaveStateRequest } from "../../gen/dapr/proto/runtime/v1/state_pb.js";

export type Adjust = (msg: Message, query: URLSearchParams) => void;

const metadataPrefix = "metadata.";

/** The metadata.<key> query parameters (first value of a repeated one), as Dapr reads them. */
export function queryMetadata(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of query) {
    if (!k.startsWith(metadataPrefix)) continue;
    const key = k.slice(metadataPrefix.length);
    if (!Object.hasOwn(out, key)) out[key] = v;
  }
  return out;
}

function trimJobName(msg: Message): void {
  const job = (msg as ScheduleJobRequest).job;
  if (job) job.name = job.name.trim();
}

const adjusters: ReadonlyMap<string, Adjust> = new Map<string, Adjust>([
  [
    // Section 4.1: SaveStateRequest has no top-level metadata; Dapr copies the
    // query metadata into every item's metadata, the query winning.
    "dapr.proto.runtime.v1.Dapr/SaveState",
    (msg, query) => {
      const meta = queryMetadata(query);
      if (Object.keys(meta).length === 0) return;
      for (const item of (msg as SaveStateRequest).states) item.metadata = { ...item.metadata, ...meta };
    },
  ],
  // Section 4.8: Dapr trims spaces around the job name of the URL (an empty result is "Name is empty").
  ["dapr.proto.runtime.v1.Dapr/ScheduleJob", trimJobName],
  ["dapr.proto.runtime.v1.Dapr/ScheduleJobAlpha1", trimJobName],
]);

/** The hand-coded behaviour of a route's RPC, if it has one (looked up once per route). */
export function requestAdjuster(service: string, method: string): Adjust | undefined {
  return adjusters.get(`${service}/${method}`);
}

/** Applies the hand-coded behaviour of a route's RPC, if it has one. */
export function adjustRequest(service: string, method: string, msg: Message, query: URLSearchParams): void {
  requestAdjuster(service, method)?.(msg, query);
}

/** Rewrites a request body before it is decoded; may leave facts for the service in the call's context values. */
export type BodyAdjust = (body: Uint8Array, values: ContextValues) => Uint8Array;

/**
 * Section 4.8: a `name` in a ScheduleJob body is refused (the service
 * answers DAPR_SCHEDULER_JOB_NAME). (Its `data`, any JSON value, is the
 * codec's: rest_field.value_as_any on Job.data.) The body goes on unchanged;
 * one that is not a JSON object is left for the decoder to refuse.
 */
const scheduleJobBody: BodyAdjust = (body, values) => {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.length).toString("utf8"));
  } catch {
    return body;
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) return body;
  const name = (json as Record<string, unknown>)["name"];
  if (typeof name === "string" && name !== "") values.set(jobNameInRestBody, true);
  return body;
};

const bodyAdjusters: ReadonlyMap<string, BodyAdjust> = new Map<string, BodyAdjust>([
  ["dapr.proto.runtime.v1.Dapr/ScheduleJob", scheduleJobBody],
  ["dapr.proto.runtime.v1.Dapr/ScheduleJobAlpha1", scheduleJobBody],
]);

/** The hand-coded body rewrite of a route's RPC, if it has one (looked up once per route; applied to non-empty bodies only). */
export function bodyAdjuster(service: string, method: string): BodyAdjust | undefined {
  return bodyAdjusters.get(`${service}/${method}`);
}

/** Applies the hand-coded body rewrite of a route's RPC, if it has one. */
export function adjustBody(service: string, method: string, body: Uint8Array, values: ContextValues): Uint8Array {
  const adjust = bodyAdjuster(service, method);
  return adjust && body.length > 0 ? adjust(body, values) : body;
}
