/**
 * Subscription resources (declarative subscriptions), as Dapr reads them:
 * `dapr.io/v2alpha1` with `spec.routes: {rules, default}` and
 * `dapr.io/v1alpha1` with `spec.route` (the v1 route is the v2 default), the
 * app's id in `scopes` when scopes are given. A resource with a field of the
 * wrong shape, or (for this app's subscriptions) a routing rule whose CEL
 * match expression does not compile, stops start-up with its file, line and
 * field, like a bad Component does.
 */
import type { RawResource } from "../../components/resources.js";
import { MatchCompileError, MatchExpression } from "./routing-rules.js";
import type { RoutingRule, SubscriptionSpec } from "./subscription-spec.js";

const apiVersions = ["dapr.io/v1alpha1", "dapr.io/v2alpha1"];

/** The Subscription resources among `resources` that apply to `appId`, in file order. */
export function declarativeSubscriptions(resources: readonly RawResource[], appId: string): SubscriptionSpec[] {
  const out: SubscriptionSpec[] = [];
  for (const r of resources) {
    if (r.kind !== "Subscription") continue;
    if (!apiVersions.includes(r.apiVersion)) throw r.error(["apiVersion"], `"${r.apiVersion}" is not a Subscription apiVersion (use ${apiVersions.join(" or ")})`);
    const scopes = r.body["scopes"] ?? [];
    if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === "string")) throw r.error(["scopes"], "must be a list of app ids");
    const spec = r.body["spec"];
    if (!spec || typeof spec !== "object" || Array.isArray(spec)) throw r.error(["spec"], "is required");
    const s = spec as Record<string, unknown>;
    const str = (path: (string | number)[], v: unknown, required = false): string => {
      if (v === undefined || v === null) {
        if (required) throw r.error(path, "is required");
        return "";
      }
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw r.error(path, "must be a string");
      const text = String(v);
      if (required && text === "") throw r.error(path, "is required");
      return text;
    };
    const pubsubName = str(["spec", "pubsubname"], s["pubsubname"], true);
    const topic = str(["spec", "topic"], s["topic"], true);
    const metadata: Record<string, string> = {};
    const md = s["metadata"];
    if (md !== undefined && md !== null) {
      if (typeof md !== "object" || Array.isArray(md)) throw r.error(["spec", "metadata"], "must be a mapping of names to values");
      for (const [k, v] of Object.entries(md as Record<string, unknown>)) metadata[k] = str(["spec", "metadata", k], v);
    }
    const rules: RoutingRule[] = [];
    if (r.apiVersion === "dapr.io/v2alpha1") {
      const routes = s["routes"];
      if (routes !== undefined && routes !== null) {
        if (typeof routes !== "object" || Array.isArray(routes)) throw r.error(["spec", "routes"], "must be a mapping with rules and default");
        const rt = routes as Record<string, unknown>;
        const list = rt["rules"] ?? [];
        if (!Array.isArray(list)) throw r.error(["spec", "routes", "rules"], "must be a list of {match, path}");
        list.forEach((rule: unknown, i) => {
          if (!rule || typeof rule !== "object") throw r.error(["spec", "routes", "rules", i], "must be a {match, path} mapping");
          const ru = rule as Record<string, unknown>;
          rules.push({ match: str(["spec", "routes", "rules", i, "match"], ru["match"]).trim(), path: str(["spec", "routes", "rules", i, "path"], ru["path"]) });
        });
        const def = str(["spec", "routes", "default"], rt["default"]);
        if (def !== "") rules.push({ match: "", path: def });
      }
    } else {
      const route = str(["spec", "route"], s["route"]);
      if (route !== "") rules.push({ match: "", path: route });
    }
    const bulk = s["bulkSubscribe"];
    let bulkSubscribe: SubscriptionSpec["bulkSubscribe"];
    if (bulk !== undefined && bulk !== null) {
      if (typeof bulk !== "object" || Array.isArray(bulk)) throw r.error(["spec", "bulkSubscribe"], "must be a mapping");
      const b = bulk as Record<string, unknown>;
      const int = (k: string) => {
        const v = b[k] ?? 0;
        if (typeof v !== "number" || !Number.isInteger(v)) throw r.error(["spec", "bulkSubscribe", k], "must be a whole number");
        return v;
      };
      if (b["enabled"] !== undefined && typeof b["enabled"] !== "boolean") throw r.error(["spec", "bulkSubscribe", "enabled"], "must be true or false");
      bulkSubscribe = { enabled: b["enabled"] === true, maxMessagesCount: int("maxMessagesCount"), maxAwaitDurationMs: int("maxAwaitDurationMs") };
    }
    if (scopes.length > 0 && !scopes.includes(appId)) continue;
    // Only the subscriptions of this app are compiled, as in Dapr.
    rules.forEach((rule, i) => {
      if (rule.match === "" || r.apiVersion !== "dapr.io/v2alpha1") return;
      try {
        MatchExpression.compile(rule.match);
      } catch (e) {
        if (e instanceof MatchCompileError) throw r.error(["spec", "routes", "rules", i, "match"], e.message);
        throw e;
      }
    });
    out.push({
      pubsubName,
      topic,
      metadata,
      rules,
      deadLetterTopic: str(["spec", "deadLetterTopic"], s["deadLetterTopic"]),
      type: "DECLARATIVE",
      name: r.name,
      ...(bulkSubscribe && { bulkSubscribe }),
    });
  }
  return out;
}

/**
 * The subscriptions in effect, as Dapr merges them: one per pubsub and topic;
 * among declarative ones the first wins, and a programmatic one replaces
 * whatever came before it for the same pubsub and topic.
 */
export function mergeSubscriptions(declarative: readonly SubscriptionSpec[], programmatic: readonly SubscriptionSpec[]): SubscriptionSpec[] {
  const out: SubscriptionSpec[] = [];
  const taken = new Map<string, number>();
  const key = (s: SubscriptionSpec) => `${s.pubsubName}||${s.topic}`;
  for (const s of declarative) {
    if (taken.has(key(s))) continue;
    taken.set(key(s), out.length);
    out.push(s);
  }
  for (const s of programmatic) {
    const at = taken.get(key(s));
    if (at !== undefined) out[at] = s;
    else {
      taken.set(key(s), out.length);
      out.push(s);
    }
  }
  return out;
}
