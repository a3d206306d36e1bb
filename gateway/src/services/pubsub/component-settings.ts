/**
 * What the pub/sub block reads from a pubsub component's metadata, once per
 * component, as Dapr does when it initialises the component
 * (pkg/runtime/meta ToBaseMetadata, pkg/runtime/processor/pubsub):
 *
 * - Metadata value templates: every `{uuid}` becomes a fresh UUID (once per
 *   component and occurrence), `{podName}` the POD_NAME (an error when it is
 *   not set), `{namespace}` "<namespace>.<appId>" and `{appID}` the app id.
 * - The consumer group: `consumerID` after templates, the app id when empty.
 * - Namespace scoping: a component with `{namespace}` in any metadata value
 *   is namespaced: topics on the broker are "<namespace><topic>", published
 *   and subscribed that way and given back to the app without the prefix.
 * - Topic scopes (topic-scopes.ts) and the delivery retry policy.
 */
import { randomUUID } from "node:crypto";
import { deliveryRetryMetadata } from "../../components/pubsub/pubsub.js";
import { parseMetadata } from "../../components/metadata-schema.js";
import { retryPolicyOf, type RetryPolicy } from "./retry-policy.js";
import { topicScopesOf, type TopicScopes } from "./topic-scopes.js";

export interface PubSubSettings {
  readonly consumerGroup: string;
  /** Put before every topic on the broker: the namespace for namespaced components, else "". */
  readonly topicPrefix: string;
  readonly scopes: TopicScopes;
  readonly retry: RetryPolicy;
}

export interface TemplateContext {
  readonly appId: string;
  readonly namespace: string;
  /** POD_NAME; undefined or "" when not running in a pod. */
  readonly podName?: string | undefined;
}

/** The metadata with Dapr's value templates filled in; throws when `{podName}` is used without a pod name. */
export function expandMetadataTemplates(metadata: Readonly<Record<string, string>>, ctx: TemplateContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(metadata)) {
    let v = value;
    while (v.includes("{uuid}")) v = v.replace("{uuid}", randomUUID());
    if (v.includes("{podName}")) {
      if (!ctx.podName) throw new Error(`failed to parse metadata: property ${name} refers to {podName} but podName is not set`);
      v = v.replaceAll("{podName}", ctx.podName);
    }
    v = v.replaceAll("{namespace}", `${ctx.namespace}.${ctx.appId}`);
    v = v.replaceAll("{appID}", ctx.appId);
    out[name] = v;
  }
  return out;
}

/** The block's settings for one component; throws (with Dapr's message) when its metadata templates cannot be filled in. */
export function pubsubSettingsOf(metadata: Readonly<Record<string, string>>, ctx: TemplateContext): PubSubSettings {
  const expanded = expandMetadataTemplates(metadata, ctx);
  const consumerId = Object.entries(expanded).find(([k]) => k.toLowerCase() === "consumerid")?.[1].trim() ?? "";
  const namespaced = Object.values(metadata).some((v) => v.includes("{namespace}"));
  return {
    consumerGroup: consumerId === "" ? ctx.appId : consumerId,
    topicPrefix: namespaced ? ctx.namespace : "",
    scopes: topicScopesOf(expanded, ctx.appId),
    retry: retryPolicyOf(parseMetadata(deliveryRetryMetadata, expanded).config),
  };
}
