/**
 * Topic scoping from a pubsub component's metadata, as Dapr reads it
 * (pkg/scopes, pkg/runtime/pubsub IsOperationAllowed):
 *
 * - `publishingScopes` / `subscriptionScopes`: "app1=t1,t2;app2=t3". An app
 *   named there may publish (subscribe) only to its listed topics; "app1="
 *   lists no topic, so app1 may use none. Apps not named are not limited.
 * - `allowedTopics`: "t1,t2": no app may use any other topic.
 * - `protectedTopics`: "t1,t2": only apps whose scope lists the topic may
 *   use it.
 *
 * Names are matched case-insensitively; spaces are removed from the values.
 */

export interface TopicScopes {
  /** Topics this app may subscribe to, from subscriptionScopes ([] when it is not named). */
  readonly scopedSubscriptions: readonly string[];
  /** Topics this app may publish to, from publishingScopes ([] when it is not named). */
  readonly scopedPublishings: readonly string[];
  readonly allowedTopics: readonly string[];
  readonly protectedTopics: readonly string[];
}

/** The scopes for `appId` in a component's (resolved) metadata. */
export function topicScopesOf(metadata: Readonly<Record<string, string>>, appId: string): TopicScopes {
  return {
    scopedSubscriptions: scopedTopics(param(metadata, "subscriptionScopes"), appId),
    scopedPublishings: scopedTopics(param(metadata, "publishingScopes"), appId),
    allowedTopics: topicList(param(metadata, "allowedTopics")),
    protectedTopics: topicList(param(metadata, "protectedTopics")),
  };
}

/** Whether the app may publish to `topic`. */
export const mayPublish = (topic: string, s: TopicScopes): boolean => isOperationAllowed(topic, s, s.scopedPublishings);

/** Whether the app may subscribe to `topic`. */
export const maySubscribe = (topic: string, s: TopicScopes): boolean => isOperationAllowed(topic, s, s.scopedSubscriptions);

function isOperationAllowed(topic: string, s: TopicScopes, scoped: readonly string[]): boolean {
  if (s.allowedTopics.length > 0 && !s.allowedTopics.includes(topic)) return false;
  const isProtected = s.protectedTopics.includes(topic);
  if (!isProtected && scoped.length === 0) return true;
  return scoped.includes(topic);
}

function param(metadata: Readonly<Record<string, string>>, name: string): string {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(metadata)) if (k.toLowerCase() === lower) return v;
  return "";
}

function scopedTopics(value: string, appId: string): string[] {
  const out: string[] = [];
  if (value === "") return out;
  for (const app of value.replaceAll(" ", "").split(";")) {
    const parts = app.split("=");
    if (parts.length < 2 || parts[0] !== appId) continue;
    for (const t of parts[1]!.split(",")) if (!out.includes(t)) out.push(t);
  }
  return out;
}

function topicList(value: string): string[] {
  const out: string[] = [];
  if (value === "") return out;
  for (const t of value.replaceAll(" ", "").split(",")) if (!out.includes(t)) out.push(t);
  return out;
}
