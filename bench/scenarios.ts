/**
 * The benchmark's scenarios: what k6 sends through pillion, what it sends
 * straight at the app (or at Redis through a minimal client) as the
 * baseline, and the targets the figures are checked against.
 */

/** Where the processes of one run listen. */
export interface Ports {
  readonly sidecarHttp: number;
  readonly sidecarGrpc: number;
  readonly app: number;
  /** The minimal Redis client service (bench/redis-direct.ts), when Redis runs. */
  readonly redisDirect?: number;
  /** The bare node:http + undici proxy in front of the HTTP app (bench/bare-proxy.ts), when a scenario needs it. */
  readonly bareProxy?: number;
}

/** One k6 load: a script of bench/k6 and its environment. */
export interface Load {
  readonly script: "http.js" | "grpc.js";
  readonly env: Record<string, string>;
  /** The process the load reaches first (its CPU is sampled): the sidecar, the app or the Redis client service. */
  readonly serves: "sidecar" | "app" | "redis-direct" | "bare-proxy";
}

export interface Baseline {
  readonly id: string;
  readonly title: string;
  readonly load: (p: Ports) => Load;
}

export type TargetKind = "added-p50" | "added-p90" | "added-p99" | "p90" | "cpu-us" | "rss-mb" | "saturation-ratio";

export interface Target {
  readonly kind: TargetKind;
  /** The limit: at most (at least for saturation-ratio). */
  readonly limit: number;
}

/** Which app the sidecar runs with. */
export type AppKind = "http" | "grpc";

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly app: AppKind;
  readonly redis: boolean;
  /** A reference measurement of something other than pillion (its "via" is not the sidecar). */
  readonly reference?: boolean;
  readonly via: (p: Ports) => Load;
  readonly baseline?: Baseline;
  readonly targets: readonly Target[];
}

export const appId = "bench-app";
/** The key the state get scenarios read (written before the runs). */
export const stateKey = "bench";
/** The 1 KB payload. */
export const payload = "x".repeat(1024);
const payloadB64 = Buffer.from(payload).toString("base64");
/** SaveState's JSON body: one item whose value is a 1 KB string. */
export const stateSaveBody = JSON.stringify([{ key: stateKey, value: payload.slice(0, 1000) }]);
const stateValueB64 = Buffer.from(JSON.stringify(payload.slice(0, 1000))).toString("base64");
const publishBody = JSON.stringify({ data: payload.slice(0, 1000) });

const httpLoad = (serves: Load["serves"], url: string, method: string, body?: string, contentType?: string, expect = 200): Load => ({
  script: "http.js",
  serves,
  env: { URL: url, HTTP_METHOD: method, EXPECT_STATUS: String(expect), ...(body !== undefined && { BODY: body }), ...(contentType && { CONTENT_TYPE: contentType }) },
});

const grpcLoad = (serves: Load["serves"], port: number, method: string, request: unknown, metadata: Record<string, string> = {}): Load => ({
  script: "grpc.js",
  serves,
  env: { ADDR: `127.0.0.1:${port}`, GRPC_METHOD: method, GRPC_REQUEST: JSON.stringify(request), GRPC_METADATA: JSON.stringify(metadata) },
});

const bytesAny = { "@type": "type.googleapis.com/google.protobuf.BytesValue", value: payloadB64 };
const invokeRequest = { method: "echo", data: bytesAny, contentType: "text/plain", httpExtension: { verb: "POST" } };

const httpEchoDirect: Baseline = {
  id: "http-echo-direct",
  title: "HTTP echo app, direct",
  load: (p) => httpLoad("app", `http://127.0.0.1:${p.app}/echo`, "POST", payload, "text/plain"),
};
const grpcOnInvokeDirect: Baseline = {
  id: "grpc-oninvoke-direct",
  title: "gRPC app OnInvoke, direct",
  load: (p) => grpcLoad("app", p.app, "dapr.proto.runtime.v1.AppCallback/OnInvoke", invokeRequest),
};
const grpcEchoDirect: Baseline = {
  id: "grpc-echo-direct",
  title: "gRPC app bench.Echo/Echo, direct",
  load: (p) => grpcLoad("app", p.app, "bench.Echo/Echo", { data: payloadB64 }),
};
const redisGetDirect: Baseline = {
  id: "redis-get-direct",
  title: "Redis get through a minimal node client (HTTP)",
  load: (p) => httpLoad("redis-direct", `http://127.0.0.1:${p.redisDirect}/state/${stateKey}`, "GET"),
};
const redisSaveDirect: Baseline = {
  id: "redis-save-direct",
  title: "Redis save through a minimal node client (HTTP)",
  load: (p) => httpLoad("redis-direct", `http://127.0.0.1:${p.redisDirect}/state`, "POST", stateSaveBody, "application/json", 204),
};

const invokeHttpTargets: Target[] = [
  { kind: "added-p50", limit: 0.15 },
  { kind: "added-p90", limit: 0.3 },
  { kind: "added-p99", limit: 1 },
  { kind: "cpu-us", limit: 40 },
  { kind: "rss-mb", limit: 80 },
  { kind: "saturation-ratio", limit: 0.5 },
];
const invokeGrpcTargets: Target[] = [
  { kind: "added-p90", limit: 0.5 },
  { kind: "cpu-us", limit: 80 },
];

function stateScenarios(store: "memory" | "redis"): Scenario[] {
  const storeName = store === "memory" ? "memstore" : "redisstore";
  const redis = store === "redis";
  const getTargets: Target[] = redis ? [{ kind: "added-p90", limit: 0.3 }] : [{ kind: "p90", limit: 0.3 }];
  const saveTargets: Target[] = redis ? [{ kind: "added-p90", limit: 0.3 }] : [];
  return [
    {
      id: `http-state-get-${store}`,
      title: `HTTP state get (${store})`,
      app: "http",
      redis,
      via: (p) => httpLoad("sidecar", `http://127.0.0.1:${p.sidecarHttp}/v1.0/state/${storeName}/${stateKey}`, "GET"),
      ...(redis && { baseline: redisGetDirect }),
      targets: getTargets,
    },
    {
      id: `http-state-save-${store}`,
      title: `HTTP state save (${store})`,
      app: "http",
      redis,
      via: (p) => httpLoad("sidecar", `http://127.0.0.1:${p.sidecarHttp}/v1.0/state/${storeName}`, "POST", stateSaveBody, "application/json", 204),
      ...(redis && { baseline: redisSaveDirect }),
      targets: saveTargets,
    },
    {
      id: `grpc-state-get-${store}`,
      title: `gRPC GetState (${store})`,
      app: "http",
      redis,
      via: (p) => grpcLoad("sidecar", p.sidecarGrpc, "dapr.proto.runtime.v1.Dapr/GetState", { storeName, key: stateKey }),
      ...(redis && { baseline: redisGetDirect }),
      targets: getTargets,
    },
    {
      id: `grpc-state-save-${store}`,
      title: `gRPC SaveState (${store})`,
      app: "http",
      redis,
      via: (p) => grpcLoad("sidecar", p.sidecarGrpc, "dapr.proto.runtime.v1.Dapr/SaveState", { storeName, states: [{ key: stateKey, value: stateValueB64 }] }),
      ...(redis && { baseline: redisSaveDirect }),
      targets: saveTargets,
    },
  ];
}

export const scenarios: readonly Scenario[] = [
  {
    id: "http-invoke",
    title: "HTTP invoke /v1.0/invoke/{app}/method/echo",
    app: "http",
    redis: false,
    via: (p) => httpLoad("sidecar", `http://127.0.0.1:${p.sidecarHttp}/v1.0/invoke/${appId}/method/echo`, "POST", payload, "text/plain"),
    baseline: httpEchoDirect,
    targets: invokeHttpTargets,
  },
  {
    id: "http-bare-proxy",
    title: "Reference: bare node:http + undici proxy (a textbook node proxy)",
    app: "http",
    redis: false,
    reference: true,
    via: (p) => httpLoad("bare-proxy", `http://127.0.0.1:${p.bareProxy}/echo`, "POST", payload, "text/plain"),
    baseline: httpEchoDirect,
    targets: [],
  },
  {
    id: "grpc-invoke",
    title: "gRPC InvokeService (gRPC app)",
    app: "grpc",
    redis: false,
    via: (p) => grpcLoad("sidecar", p.sidecarGrpc, "dapr.proto.runtime.v1.Dapr/InvokeService", { id: appId, message: invokeRequest }),
    baseline: grpcOnInvokeDirect,
    targets: invokeGrpcTargets,
  },
  {
    id: "grpc-proxy",
    title: "gRPC proxy mode (dapr-app-id)",
    app: "grpc",
    redis: false,
    via: (p) => grpcLoad("sidecar", p.sidecarGrpc, "bench.Echo/Echo", { data: payloadB64 }, { "dapr-app-id": appId }),
    baseline: grpcEchoDirect,
    targets: invokeGrpcTargets,
  },
  ...stateScenarios("memory"),
  ...stateScenarios("redis"),
  {
    id: "http-publish",
    title: "HTTP publish (in-memory pub/sub)",
    app: "http",
    redis: false,
    via: (p) => httpLoad("sidecar", `http://127.0.0.1:${p.sidecarHttp}/v1.0/publish/pubsub/bench`, "POST", publishBody, "application/json", 204),
    targets: [],
  },
  {
    id: "grpc-publish",
    title: "gRPC PublishEvent (in-memory pub/sub)",
    app: "http",
    redis: false,
    via: (p) =>
      grpcLoad("sidecar", p.sidecarGrpc, "dapr.proto.runtime.v1.Dapr/PublishEvent", {
        pubsubName: "pubsub",
        topic: "bench",
        data: Buffer.from(publishBody).toString("base64"),
        dataContentType: "application/json",
      }),
    targets: [],
  },
];

/** The scenarios named in a comma list of ids or id prefixes ("state" matches every state scenario); all when empty. */
export function selectScenarios(list: string | undefined): Scenario[] {
  if (!list) return [...scenarios];
  const wanted = list.split(",").map((s) => s.trim()).filter(Boolean);
  const picked = scenarios.filter((s) => wanted.some((w) => s.id === w || s.id.includes(w)));
  const unknown = wanted.filter((w) => !scenarios.some((s) => s.id === w || s.id.includes(w)));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(", ")}; known: ${scenarios.map((s) => s.id).join(", ")}`);
  return picked;
}
