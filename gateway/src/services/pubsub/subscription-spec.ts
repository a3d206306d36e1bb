/**
 * An app's topic subscriptions, read the way Dapr reads them
 * (pkg/runtime/pubsub/subscriptions.go): the HTTP app's `GET /dapr/subscribe`
 * JSON (v1 `route` or v2 `routes: {rules, default}`), the gRPC app's
 * ListTopicSubscriptions answer, and how they are listed by the metadata API.
 */
import { create } from "@bufbuild/protobuf";
import type { ListTopicSubscriptionsResponse } from "../../gen/dapr/proto/runtime/v1/appcallback_pb.js";
import {
  PubsubSubscriptionRuleSchema,
  PubsubSubscriptionRulesSchema,
  PubsubSubscriptionSchema,
  PubsubSubscriptionType,
  type PubsubSubscription,
} from "../../gen/dapr/proto/runtime/v1/metadata_pb.js";
import { JsonNumber, parseFirstJson, type JsonMap, type JsonValue } from "./go-json.js";
import { compileRules, MatchCompileError } from "./routing-rules.js";

export interface RoutingRule {
  /** A CEL expression over `event`; "" matches every event. */
  readonly match: string;
  readonly path: string;
}

export interface SubscriptionSpec {
  readonly pubsubName: string;
  readonly topic: string;
  readonly metadata: Readonly<Record<string, string>>;
  /** In evaluation order; the default route (if any) is the last rule, with an empty match. */
  readonly rules: readonly RoutingRule[];
  readonly deadLetterTopic: string;
  readonly bulkSubscribe?: { readonly enabled: boolean; readonly maxMessagesCount: number; readonly maxAwaitDurationMs: number };
  readonly type: "PROGRAMMATIC" | "DECLARATIVE" | "STREAMING";
  /** The Subscription resource's name, for declarative subscriptions. */
  readonly name?: string;
}

export class SubscriptionsError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "SubscriptionsError";
  }
}

/**
 * Parses the JSON body of `GET /dapr/subscribe`. Property names are matched
 * case-insensitively (Go's encoding/json); a value of the wrong type fails the
 * whole list, as it does in Dapr. Subscriptions without any route are left
 * out; `warn` is told about each.
 */
export function parseHttpSubscriptions(body: Uint8Array, warn: (msg: string, fields: Record<string, unknown>) => void): SubscriptionSpec[] {
  if (Buffer.from(body).toString("utf8").trim() === "") return [];
  let doc: JsonValue;
  try {
    doc = parseFirstJson(body);
  } catch (e) {
    throw new SubscriptionsError(`error getting topics from app: ${(e as Error).message}`);
  }
  if (doc === null) return [];
  if (!Array.isArray(doc)) throw new SubscriptionsError("error getting topics from app: the answer is not a JSON array of subscriptions");
  const out: SubscriptionSpec[] = [];
  doc.forEach((item, i) => {
    const at = `subscription [${i}]`;
    if (item === null) item = new Map();
    if (!(item instanceof Map)) throw new SubscriptionsError(`${at} is not a JSON object`);
    const routes = objectField(item, "routes", at);
    const rules: RoutingRule[] = [];
    const ruleList = routes ? field(routes, "rules") : undefined;
    if (ruleList !== undefined && ruleList !== null) {
      if (!Array.isArray(ruleList)) throw new SubscriptionsError(`${at}.routes.rules is not a list`);
      ruleList.forEach((r, j) => {
        const rat = `${at}.routes.rules[${j}]`;
        if (r !== null && !(r instanceof Map)) throw new SubscriptionsError(`${rat} is not a JSON object`);
        const rule = r ?? new Map();
        rules.push({ match: stringField(rule, "match", rat).trim(), path: stringField(rule, "path", rat) });
      });
    }
    const def = routes ? stringField(routes, "default", `${at}.routes`) : "";
    const route = stringField(item, "route", at);
    if (def !== "") rules.push({ match: "", path: def });
    else if (route !== "") rules.push({ match: "", path: route });
    const bulk = objectField(item, "bulkSubscribe", at);
    const spec: SubscriptionSpec = {
      pubsubName: stringField(item, "pubsubname", at),
      topic: stringField(item, "topic", at),
      metadata: stringMapField(item, "metadata", at),
      rules,
      deadLetterTopic: stringField(item, "deadLetterTopic", at),
      type: "PROGRAMMATIC",
      ...(bulk && {
        bulkSubscribe: {
          enabled: boolField(bulk, "enabled", `${at}.bulkSubscribe`),
          maxMessagesCount: int32Field(bulk, "maxMessagesCount", `${at}.bulkSubscribe`),
          maxAwaitDurationMs: int32Field(bulk, "maxAwaitDurationMs", `${at}.bulkSubscribe`),
        },
      }),
    };
    if (spec.rules.length === 0) {
      warn("the app's subscription has no route; it is left out", { pubsubname: spec.pubsubName, topic: spec.topic });
      return;
    }
    out.push(spec);
  });
  return out;
}

/** The subscriptions of a gRPC app's ListTopicSubscriptions answer (a subscription without routes goes to the default path ""). */
export function grpcSubscriptions(res: ListTopicSubscriptionsResponse): SubscriptionSpec[] {
  return res.subscriptions.map((s) => {
    const rules: RoutingRule[] = [];
    if (!s.routes) rules.push({ match: "", path: "" });
    else {
      for (const r of s.routes.rules) rules.push({ match: r.match.trim(), path: r.path });
      if (s.routes.default !== "") rules.push({ match: "", path: s.routes.default });
      if (rules.length === 0) rules.push({ match: "", path: "" });
    }
    return {
      pubsubName: s.pubsubName,
      topic: s.topic,
      metadata: { ...s.metadata },
      rules,
      deadLetterTopic: s.deadLetterTopic,
      type: "PROGRAMMATIC",
      ...(s.bulkSubscribe && {
        bulkSubscribe: { enabled: s.bulkSubscribe.enabled, maxMessagesCount: s.bulkSubscribe.maxMessagesCount, maxAwaitDurationMs: s.bulkSubscribe.maxAwaitDurationMs },
      }),
    };
  });
}

/** A subscription as GET /v1.0/metadata lists it. */
export function toMetadataSubscription(s: SubscriptionSpec): PubsubSubscription {
  return create(PubsubSubscriptionSchema, {
    pubsubName: s.pubsubName,
    topic: s.topic,
    metadata: { ...s.metadata },
    rules: create(PubsubSubscriptionRulesSchema, { rules: s.rules.map((r) => create(PubsubSubscriptionRuleSchema, { match: r.match, path: r.path })) }),
    deadLetterTopic: s.deadLetterTopic,
    type: PubsubSubscriptionType[s.type],
  });
}

/**
 * Checks that every match expression of the app's subscriptions compiles;
 * throws SubscriptionsError naming the subscription and the expression (Dapr
 * rejects the app's whole subscription list then).
 */
export function checkRoutingRules(specs: readonly SubscriptionSpec[]): void {
  for (const s of specs) {
    try {
      compileRules(s.rules);
    } catch (e) {
      if (!(e instanceof MatchCompileError)) throw e;
      throw new SubscriptionsError(`the subscription of pubsub ${s.pubsubName} to topic ${s.topic} has a routing rule that does not compile: ${e.message}`);
    }
  }
}

// ---- Go encoding/json style field access ----------------------------------------

/** The value of a property matched like Go matches struct fields: case-insensitively, the last match winning. */
function field(obj: JsonMap, name: string): JsonValue | undefined {
  let hit: JsonValue | undefined;
  const lower = name.toLowerCase();
  for (const [k, v] of obj) if (k === name || k.toLowerCase() === lower) hit = v;
  return hit;
}

function stringField(obj: JsonMap, name: string, at: string): string {
  const v = field(obj, name);
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") throw new SubscriptionsError(`${at}.${name} must be a string`);
  return v;
}

function boolField(obj: JsonMap, name: string, at: string): boolean {
  const v = field(obj, name);
  if (v === undefined || v === null) return false;
  if (typeof v !== "boolean") throw new SubscriptionsError(`${at}.${name} must be true or false`);
  return v;
}

function int32Field(obj: JsonMap, name: string, at: string): number {
  const v = field(obj, name);
  if (v === undefined || v === null) return 0;
  if (!(v instanceof JsonNumber) || !/^-?\d+$/.test(v.text) || Math.abs(v.toNumber()) > 2 ** 31 - 1) {
    throw new SubscriptionsError(`${at}.${name} must be a whole number`);
  }
  return v.toNumber();
}

function objectField(obj: JsonMap, name: string, at: string): JsonMap | undefined {
  const v = field(obj, name);
  if (v === undefined || v === null) return undefined;
  if (!(v instanceof Map)) throw new SubscriptionsError(`${at}.${name} must be a JSON object`);
  return v;
}

function stringMapField(obj: JsonMap, name: string, at: string): Record<string, string> {
  const m = objectField(obj, name, at);
  const out: Record<string, string> = {};
  if (!m) return out;
  for (const [k, v] of m) {
    if (v !== null && typeof v !== "string") throw new SubscriptionsError(`${at}.${name}.${k} must be a string`);
    Object.defineProperty(out, k, { value: v ?? "", enumerable: true, writable: true, configurable: true });
  }
  return out;
}
