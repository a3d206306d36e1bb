/**
 * API allow and deny lists (Configuration spec.api), applied as daprd applies
 * them:
 *
 * - HTTP rules (protocol http) decide which REST routes are served at all. A
 *   route belongs to an endpoint group named by its first path segment and
 *   versioned by its version segment ("/v1.0-alpha1/lock/..." is group
 *   "lock", version "v1alpha1"). A rule {name, version} matches the group
 *   ({name: state, version: v1}) or, daprd's older form, any route whose
 *   "<version>/<path>" starts with "<version>/<name>" ({name: state,
 *   version: v1.0}). Denied wins; an allowlist admits only what it matches.
 *   The health routes are always served. Paths outside Dapr's versions
 *   (pillion's /docs, /sdks, /openapi.json) are not Dapr APIs and stay.
 * - gRPC rules (protocol grpc) name Dapr's groups of RPCs of
 *   dapr.proto.runtime.v1.Dapr ("state" + "v1" is GetState, SaveState, ...;
 *   the table below is daprd's). A denied RPC answers Unimplemented. Rules
 *   that name no group are ignored, as daprd ignores them, so an allowlist of
 *   only such rules allows everything. pillion applies the gRPC rules to every
 *   RPC transport (gRPC, Connect and gRPC-Web on both ports); they are all
 *   the gRPC API.
 */
export type ApiProtocol = "http" | "grpc";

export interface ApiAccessRule {
  readonly name: string;
  readonly version: string;
  readonly protocol: ApiProtocol;
}

export interface ApiAccessSpec {
  readonly allowed: readonly ApiAccessRule[];
  readonly denied: readonly ApiAccessRule[];
}

/** daprd's gRPC endpoint groups ("<name>.<version>"), as RPC names of dapr.proto.runtime.v1.Dapr. */
export const grpcEndpointGroups: Readonly<Record<string, readonly string[]>> = {
  "invoke.v1": ["InvokeService"],
  "state.v1": ["GetState", "GetBulkState", "SaveState", "DeleteState", "DeleteBulkState", "ExecuteStateTransaction"],
  "state.v1alpha1": ["QueryStateAlpha1"],
  "publish.v1": ["PublishEvent", "BulkPublishEvent"],
  "publish.v1alpha1": ["BulkPublishEventAlpha1"],
  "bindings.v1": ["InvokeBinding"],
  "secrets.v1": ["GetSecret", "GetBulkSecret"],
  "actors.v1": [
    "RegisterActorTimer",
    "UnregisterActorTimer",
    "RegisterActorReminder",
    "GetActorReminder",
    "UnregisterActorReminder",
    "UnregisterActorRemindersByType",
    "ListActorReminders",
    "GetActorState",
    "ExecuteActorStateTransaction",
    "InvokeActor",
  ],
  "actors.v1alpha1": ["SubscribeActorEventsAlpha1"],
  "metadata.v1": ["GetMetadata", "SetMetadata"],
  "configuration.v1alpha1": ["GetConfigurationAlpha1", "SubscribeConfigurationAlpha1", "UnsubscribeConfigurationAlpha1"],
  "configuration.v1": ["GetConfiguration", "SubscribeConfiguration", "UnsubscribeConfiguration"],
  "lock.v1alpha1": ["TryLockAlpha1"],
  "unlock.v1alpha1": ["UnlockAlpha1"],
  "subtlecrypto.v1alpha1": [
    "SubtleGetKeyAlpha1",
    "SubtleEncryptAlpha1",
    "SubtleDecryptAlpha1",
    "SubtleSignAlpha1",
    "SubtleVerifyAlpha1",
    "SubtleWrapKeyAlpha1",
    "SubtleUnwrapKeyAlpha1",
  ],
  "crypto.v1alpha1": ["EncryptAlpha1", "DecryptAlpha1"],
  "workflows.v1alpha1": [
    "StartWorkflowAlpha1",
    "GetWorkflowAlpha1",
    "TerminateWorkflowAlpha1",
    "RaiseEventWorkflowAlpha1",
    "PurgeWorkflowAlpha1",
    "PauseWorkflowAlpha1",
    "ResumeWorkflowAlpha1",
  ],
  "workflows.v1beta1": ["StartWorkflowBeta1", "GetWorkflowBeta1", "TerminateWorkflowBeta1", "RaiseEventWorkflowBeta1", "PurgeWorkflowBeta1", "PauseWorkflowBeta1", "ResumeWorkflowBeta1"],
  "jobs.v1alpha1": ["ScheduleJobAlpha1", "DeleteJobAlpha1", "GetJobAlpha1", "DeleteJobsByPrefixAlpha1", "ListJobsAlpha1"],
  "jobs.v1": ["ScheduleJob", "DeleteJob", "GetJob", "DeleteJobsByPrefix", "ListJobs"],
  "shutdown.v1": ["Shutdown"],
  "subscribe.v1alpha1": ["SubscribeTopicEventsAlpha1"],
  "conversation.v1alpha1": ["ConverseAlpha1"],
  "conversation.v1alpha2": ["ConverseAlpha2"],
};

/** The service whose RPCs the gRPC rules govern. */
export const daprServiceName = "dapr.proto.runtime.v1.Dapr";

/** Path version segments and the endpoint-group versions daprd gives them. */
const groupVersions: Readonly<Record<string, string>> = { "v1.0": "v1", "v1.0-alpha1": "v1alpha1", "v1.0-alpha2": "v1alpha2", "v1.0-beta1": "v1beta1" };

/** daprd's endpoint group of a REST route path (template or concrete); undefined for paths outside Dapr's API versions. */
export function httpEndpointOf(path: string): { group: string; groupKey: string; legacyPath: string } | undefined {
  const parts = path.replace(/^\/+/, "").split("/");
  const version = groupVersions[parts[0] ?? ""];
  if (!version || !parts[1]) return undefined;
  return { group: parts[1], groupKey: `${version}/${parts[1]}`, legacyPath: parts.join("/") };
}

export class ApiAccess {
  private readonly httpAllowed: ReadonlySet<string>;
  private readonly httpDenied: ReadonlySet<string>;
  private readonly rpcAllowed: ReadonlySet<string>;
  private readonly rpcDenied: ReadonlySet<string>;

  constructor(spec: ApiAccessSpec) {
    const http = (rules: readonly ApiAccessRule[]) => new Set(rules.filter((r) => r.protocol === "http").map((r) => `${r.version}/${r.name}`));
    const rpc = (rules: readonly ApiAccessRule[]) =>
      new Set(rules.filter((r) => r.protocol === "grpc").flatMap((r) => grpcEndpointGroups[`${r.name}.${r.version}`] ?? []));
    this.httpAllowed = http(spec.allowed);
    this.httpDenied = http(spec.denied);
    this.rpcAllowed = rpc(spec.allowed);
    this.rpcDenied = rpc(spec.denied);
  }

  /** Whether any rule restricts the RPCs (else no interceptor is needed). */
  get restrictsRpc(): boolean {
    return this.rpcAllowed.size > 0 || this.rpcDenied.size > 0;
  }

  /** Whether the REST route with this path template is served. */
  allowsHttpPath(path: string): boolean {
    const e = httpEndpointOf(path);
    if (!e || e.group === "healthz") return true;
    if (this.httpDenied.size > 0 && matches(e, this.httpDenied)) return false;
    return this.httpAllowed.size === 0 || matches(e, this.httpAllowed);
  }

  /** Whether requests no route matches go to service invocation (daprd's fallback is an invoke endpoint). */
  allowsHttpInvokeFallback(): boolean {
    return this.allowsHttpPath("/v1.0/invoke/*");
  }

  /** Whether an RPC of dapr.proto.runtime.v1.Dapr (by method name, e.g. "GetState") is served. */
  allowsDaprRpc(method: string): boolean {
    if (this.rpcDenied.has(method)) return false;
    return this.rpcAllowed.size === 0 || this.rpcAllowed.has(method);
  }
}

function matches(e: { groupKey: string; legacyPath: string }, rules: ReadonlySet<string>): boolean {
  if (rules.has(e.groupKey)) return true;
  for (const k of rules) if (e.legacyPath.startsWith(k)) return true;
  return false;
}
