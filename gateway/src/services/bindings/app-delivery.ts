/**
 * Input binding events to the app and its answers, as Dapr's bindings
 * processor exchanges them (pkg/runtime/processor/binding/send.go):
 *
 * Whether the app wants a binding: an HTTP app is asked with
 * `OPTIONS /<route>` (2xx or 405 means yes); a gRPC app lists its bindings
 * once with AppCallback/ListInputBindings.
 *
 * HTTP: `POST /<route>` with the event data as the body,
 * `Content-Type: application/json` and each metadata entry as a header
 * (grpc-* as dapr-grpc-*, binary and transport headers left out), plus a
 * `traceparent`. A 2xx answer took the event; its body is the reply for the
 * binding. Any other status or a failed call is an error for the driver.
 *
 * gRPC: AppCallback/OnBindingEvent {name, data, metadata}. The answer may
 * name output bindings in `to`: each gets `data` (re-encoded as JSON; `null`
 * when it is not JSON) with operation "create", one after the other
 * (stopping at the first failure) or all at once for PARALLEL. Dapr 1.18
 * ignores `store_name` / `states` of the answer, and so does pillion.
 */
import { create } from "@bufbuild/protobuf";
import { EmptySchema } from "@bufbuild/protobuf/wkt";
import type { AppChannel } from "../../app-channel/app-channel.js";
import { madeTraceparent } from "../../app-channel/traceparent.js";
import type { InputBindingEvent } from "../../components/bindings/binding.js";
import { BindingEventRequestSchema, BindingEventResponse_BindingEventConcurrency } from "../../gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { marshalJson, parseJson } from "../pubsub/go-json.js";

const hopByHop = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "http2-settings", "te", "trailer", "proxy-authorization", "proxy-authenticate"]);
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9a-z]+$/;
// eslint-disable-next-line no-control-regex
const headerValueRe = /^[\t\x20-\x7e\x80-\xff]*$/;
/** How long the app has to answer the OPTIONS probe (Dapr's DefaultAppBindingOptionsTimeout). */
const probeTimeoutMs = 3000;

/** Output bindings the app's answer asks for, as Dapr reads a gRPC BindingEventResponse. */
export interface ChainRequest {
  readonly to: readonly string[];
  readonly data: Uint8Array;
  readonly parallel: boolean;
}

export interface AppAnswer {
  /** The reply for the binding. */
  readonly body: Uint8Array;
  readonly chain?: ChainRequest;
}

export class BindingAppDelivery {
  private grpcBindings?: Promise<readonly string[]>;

  constructor(private readonly channel: AppChannel) {}

  /** The app path of a binding: its `route` metadata, else its name; always with a leading "/". */
  static path(name: string, route: string | undefined): string {
    const p = route && route !== "" ? route : name;
    return p.startsWith("/") ? p : `/${p}`;
  }

  /** Whether the app wants the binding's events. */
  async subscribed(name: string, path: string, signal: AbortSignal): Promise<boolean> {
    if (this.channel.protocol === "grpc") {
      this.grpcBindings ??= this.channel
        .grpc!.callback.listInputBindings(create(EmptySchema), { signal })
        .then((r) => r.bindings)
        .catch(() => []);
      return (await this.grpcBindings).includes(name);
    }
    let res;
    try {
      res = await this.channel.http!.request({
        method: "OPTIONS",
        path: encodePath(path),
        headers: { "content-type": "application/json" },
        signal,
        timeoutMs: probeTimeoutMs,
      });
    } catch (e) {
      throw new Error(`could not invoke OPTIONS method on input binding subscription endpoint "${path}": ${(e as Error).message}`, { cause: e });
    }
    return Math.floor(res.status / 100) === 2 || res.status === 405;
  }

  /** Delivers one event; rejects when the app did not take it. */
  async deliver(name: string, path: string, ev: InputBindingEvent, signal: AbortSignal): Promise<AppAnswer> {
    return this.channel.protocol === "grpc" ? this.deliverGrpc(name, ev, signal) : this.deliverHttp(path, ev, signal);
  }

  private async deliverHttp(path: string, ev: InputBindingEvent, signal: AbortSignal): Promise<AppAnswer> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(ev.metadata)) {
      const key = k.toLowerCase();
      if (key === "traceparent" || key === "tracestate" || key === "grpc-trace-bin" || key.endsWith("-bin")) continue;
      if (key === "content-type" || key === "content-length" || key === "host" || key === "destination-app-id" || hopByHop.has(key)) continue;
      const name = key.startsWith("grpc-") ? `dapr-${key}` : key;
      if (!tokenRe.test(name) || !headerValueRe.test(v)) continue;
      headers[name] = v;
    }
    const traceparent = metadataValue(ev.metadata, "traceparent");
    const sent = traceparent ?? madeTraceparent();
    if (sent) headers["traceparent"] = sent;
    const tracestate = metadataValue(ev.metadata, "tracestate");
    if (traceparent && tracestate) headers["tracestate"] = tracestate;
    headers["content-type"] = "application/json";
    let res;
    try {
      res = await this.channel.http!.request({ method: "POST", path: encodePath(path), headers, body: ev.data, signal });
    } catch (e) {
      throw new Error(`error invoking app: ${(e as Error).message}`, { cause: e });
    }
    if (res.status < 200 || res.status > 299) {
      throw new Error(`fails to send binding event to http app channel, status code: ${res.status} body: ${Buffer.from(res.body).toString("utf8")}`);
    }
    return { body: res.body };
  }

  private async deliverGrpc(name: string, ev: InputBindingEvent, signal: AbortSignal): Promise<AppAnswer> {
    const traceparent = metadataValue(ev.metadata, "traceparent") ?? madeTraceparent();
    let resp;
    try {
      resp = await this.channel.grpc!.callback.onBindingEvent(create(BindingEventRequestSchema, { name, data: ev.data, metadata: { ...ev.metadata } }), {
        signal,
        headers: traceparent ? { traceparent } : {},
      });
    } catch (e) {
      throw new Error(`error invoking app: ${(e as Error).message}`, { cause: e });
    }
    const chain: ChainRequest | undefined =
      resp.to.length > 0
        ? { to: resp.to, data: reencodeJson(resp.data), parallel: resp.concurrency === BindingEventResponse_BindingEventConcurrency.PARALLEL }
        : undefined;
    return { body: resp.data, ...(chain && { chain }) };
  }
}

/** The app's data as Go re-encodes it (json.Unmarshal into any, then json.Marshal): `null` when it is not JSON. */
function reencodeJson(data: Uint8Array): Uint8Array {
  if (data.length === 0) return Buffer.from("null");
  try {
    return Buffer.from(marshalJson(parseJson(data)));
  } catch {
    return Buffer.from("null");
  }
}

function metadataValue(md: Readonly<Record<string, string>>, key: string): string | undefined {
  for (const [k, v] of Object.entries(md)) if (k.toLowerCase() === key && v !== "") return v;
  return undefined;
}

/** A route as a request path: characters outside a URL path are percent-encoded. */
function encodePath(path: string): string {
  return encodeURI(path).replace(/%25([0-9A-Fa-f]{2})/g, "%$1");
}
