/**
 * The app side: what the sidecar calls. A PillionApp holds the app's topic
 * subscriptions, invocation handlers and job handlers once and serves them
 * either as an HTTP app (GET /dapr/subscribe, POST <route> with a CloudEvent,
 * <verb> /<method>, POST /job/<name>) or as a gRPC app (AppCallback:
 * ListTopicSubscriptions, OnTopicEvent, OnInvoke, OnJobEvent), as Dapr's app
 * protocols define them.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttp2Server, type Http2Server, type Http2Session } from "node:http2";
import type { AddressInfo } from "node:net";
import { create, type JsonObject } from "@bufbuild/protobuf";
import { Code, ConnectError, type ConnectRouter } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { base64Decode } from "@bufbuild/protobuf/wire";
import { HTTPExtension_Verb, InvokeResponseSchema } from "../gen/proto/dapr/proto/common/v1/common_pb.js";
import {
  AppCallback,
  JobEventResponseSchema,
  ListTopicSubscriptionsResponseSchema,
  TopicEventResponseSchema,
  TopicEventResponse_TopicEventResponseStatus as Status,
} from "../gen/proto/dapr/proto/runtime/v1/appcallback_pb.js";
import { decodeValue, encodeValue } from "../shaping.js";
import { decodeJobData } from "./job-data.js";

export type TopicStatus = "SUCCESS" | "RETRY" | "DROP";

/** A pub/sub event as the app receives it (a CloudEvent, or a raw payload). */
export interface TopicEvent<T = unknown> {
  readonly pubsubName: string;
  readonly topic: string;
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly specVersion: string;
  readonly dataContentType: string;
  /** The data, decoded: JSON as a value, text as a string, other bytes as bytes. */
  readonly data: T;
  /** The data's bytes. */
  readonly rawData: Uint8Array;
  /** Other CloudEvent attributes (traceparent, extensions, ...). */
  readonly extensions: Readonly<Record<string, unknown>>;
}

/** Answers an event: nothing (or "SUCCESS") acknowledges it, "RETRY" asks for redelivery, "DROP" drops it. A thrown error means RETRY. */
export type TopicHandler<T = unknown> = (event: TopicEvent<T>) => TopicStatus | void | Promise<TopicStatus | void>;

export interface SubscribeOptions {
  /** The path the sidecar posts events to, for HTTP apps (default: /events/<pubsub>/<topic>). */
  readonly route?: string;
  readonly metadata?: Readonly<Record<string, string>>;
  readonly deadLetterTopic?: string;
}

/** A service invocation as the app receives it. */
export interface InvocationRequest<T = unknown> {
  readonly method: string;
  /** The HTTP verb (POST for gRPC callers that set none). */
  readonly verb: string;
  /** The query string, without "?". */
  readonly query: string;
  readonly contentType: string;
  /** The body, decoded: JSON as a value, text as a string, other bytes as bytes; undefined when empty. */
  readonly data: T;
  readonly rawData: Uint8Array;
  /** Request headers (HTTP apps) or gRPC metadata (gRPC apps). */
  readonly headers: Headers;
}

/** Answers an invocation: bytes are sent as they are, undefined as an empty body, anything else as JSON. */
export type InvocationHandler<T = unknown> = (request: InvocationRequest<T>) => unknown;

/** A job that is due, as the sidecar's scheduler calls the app back. */
export interface JobEvent<T = unknown> {
  readonly name: string;
  /**
   * HTTP apps: the request's content type (the sidecar sends
   * application/json). gRPC apps: the data's type URL, which Dapr sends as
   * the content type ("" for data a client scheduled as plain bytes or JSON,
   * type.googleapis.com/google.protobuf.Value for Dapr's HTTP API).
   */
  readonly contentType: string;
  /**
   * The data, decoded: a google.protobuf.Value (jobs scheduled through Dapr's
   * HTTP API) as the JSON value it holds, JSON as a value, text as a string,
   * other bytes as bytes; undefined when the job has none.
   */
  readonly data: T;
  /** The data's bytes: the HTTP request's body, or over gRPC the Any's value (a serialized google.protobuf.Value for HTTP-scheduled jobs). */
  readonly rawData: Uint8Array;
}

/** Handles a due job; a thrown error tells the sidecar the trigger failed (the job's failure policy applies). */
export type JobHandler<T = unknown> = (job: JobEvent<T>) => void | Promise<void>;

export interface AppListener {
  readonly port: number;
  close(): Promise<void>;
}

interface Subscription {
  readonly pubsubName: string;
  readonly topic: string;
  readonly route: string;
  readonly options: SubscribeOptions;
  readonly handler: TopicHandler;
}

const statusNames: Readonly<Record<TopicStatus, Status>> = { SUCCESS: Status.SUCCESS, RETRY: Status.RETRY, DROP: Status.DROP };

export class PillionApp {
  private readonly subscriptions: Subscription[] = [];
  private readonly methods = new Map<string, InvocationHandler>();
  private readonly jobs = new Map<string, JobHandler>();

  /** Subscribes to a topic: the sidecar delivers its events to the handler. */
  subscribe<T = unknown>(pubsubName: string, topic: string, handler: TopicHandler<T>, options: SubscribeOptions = {}): this {
    const route = options.route ?? `/events/${encodeURIComponent(pubsubName)}/${topic.split("/").map(encodeURIComponent).join("/")}`;
    this.subscriptions.push({ pubsubName, topic, route: route.startsWith("/") ? route : `/${route}`, options, handler: handler as TopicHandler });
    return this;
  }

  /** Answers invocations of a method (any verb). */
  onInvoke<T = unknown>(method: string, handler: InvocationHandler<T>): this {
    this.methods.set(method.replace(/^\/+/, ""), handler as InvocationHandler);
    return this;
  }

  /**
   * Handles a scheduled job (client.jobs.schedule, Dapr's jobs API) by its
   * name when it is due. A job without a handler is answered as not found
   * (404 / NotFound), which the sidecar takes as done: it does not retry it.
   */
  onJob<T = unknown>(name: string, handler: JobHandler<T>): this {
    this.jobs.set(name.replace(/^\/+/, ""), handler as JobHandler);
    return this;
  }

  // ------------------------------------------------------------ HTTP app

  /** A node:http request handler for an HTTP app (--app-protocol http). */
  httpHandler(): (req: IncomingMessage, res: ServerResponse) => void {
    return (req, res) => {
      void this.serveHttp(req, res).catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(e instanceof Error ? e.message : String(e));
      });
    };
  }

  private async serveHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://app");
    const path = decodeURIComponent(url.pathname);
    if (req.method === "GET" && path === "/dapr/subscribe") {
      const list = this.subscriptions.map((s) => ({
        pubsubname: s.pubsubName,
        topic: s.topic,
        route: s.route,
        ...(s.options.metadata && { metadata: s.options.metadata }),
        ...(s.options.deadLetterTopic && { deadLetterTopic: s.options.deadLetterTopic }),
      }));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(list));
      return;
    }
    const sub = req.method === "POST" ? this.subscriptions.find((s) => s.route === path) : undefined;
    if (sub) {
      const status = await runTopicHandler(sub, httpEvent(sub, body, req.headers["content-type"] ?? ""));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status }));
      return;
    }
    const method = path.replace(/^\/+/, "");
    const job = req.method === "POST" && method.startsWith("job/") ? this.jobs.get(method.slice(4)) : undefined;
    if (job) {
      await this.serveHttpJob(job, method.slice(4), body, req.headers["content-type"] ?? "", res);
      return;
    }
    const handler = this.methods.get(method);
    if (!handler) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`no handler for ${req.method ?? "GET"} ${path}`);
      return;
    }
    const contentType = req.headers["content-type"] ?? "";
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    const answer = await handler({ method, verb: req.method ?? "GET", query: url.search.slice(1), contentType, data: decodeValue(body, contentType), rawData: body, headers });
    if (answer === undefined) {
      res.writeHead(200).end();
      return;
    }
    const { bytes, contentType: ct } = encodeValue(answer);
    res.writeHead(200, { "content-type": ct, "content-length": bytes.length }).end(bytes);
  }

  /** A job's trigger (POST /job/<name>, the data as the body): 200 when the handler returns, 500 with its message when it throws. */
  private async serveHttpJob(handler: JobHandler, name: string, body: Uint8Array, contentType: string, res: ServerResponse): Promise<void> {
    try {
      await handler({ name, contentType, data: decodeValue(body, contentType), rawData: body });
    } catch (e) {
      res.writeHead(500, { "content-type": "text/plain" }).end(`job ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    res.writeHead(200).end();
  }

  // ------------------------------------------------------------ gRPC app

  /** connect-node routes implementing AppCallback, for a gRPC app (--app-protocol grpc). */
  grpcRoutes(): (router: ConnectRouter) => void {
    return (router) => {
      router.service(AppCallback, {
        listTopicSubscriptions: () =>
          create(ListTopicSubscriptionsResponseSchema, {
            subscriptions: this.subscriptions.map((s) => ({
              pubsubName: s.pubsubName,
              topic: s.topic,
              metadata: { ...s.options.metadata },
              ...(s.options.deadLetterTopic && { deadLetterTopic: s.options.deadLetterTopic }),
            })),
          }),
        onTopicEvent: async (req) => {
          const sub = this.subscriptions.find((s) => s.pubsubName === req.pubsubName && s.topic === req.topic);
          if (!sub) return create(TopicEventResponseSchema, { status: Status.DROP });
          const extensions: Record<string, unknown> = { ...(req.extensions as JsonObject | undefined) };
          const event: TopicEvent = {
            pubsubName: req.pubsubName,
            topic: req.topic,
            id: req.id,
            source: req.source,
            type: req.type,
            specVersion: req.specVersion,
            dataContentType: req.dataContentType,
            data: decodeValue(req.data, req.dataContentType),
            rawData: req.data,
            extensions,
          };
          return create(TopicEventResponseSchema, { status: statusNames[await runTopicHandler(sub, event)] });
        },
        onInvoke: async (req, ctx) => {
          const handler = this.methods.get(req.method.replace(/^\/+/, ""));
          if (!handler) throw new Error(`no handler for method ${req.method}`);
          const raw = req.data?.value ?? new Uint8Array(0);
          const verb = req.httpExtension && req.httpExtension.verb !== HTTPExtension_Verb.NONE ? HTTPExtension_Verb[req.httpExtension.verb] : "POST";
          const answer = await handler({
            method: req.method,
            verb: verb ?? "POST",
            query: req.httpExtension?.querystring ?? "",
            contentType: req.contentType,
            data: decodeValue(raw, req.contentType),
            rawData: raw,
            headers: ctx.requestHeader,
          });
          if (answer === undefined) return create(InvokeResponseSchema, {});
          const { bytes, contentType } = encodeValue(answer);
          return create(InvokeResponseSchema, { data: { typeUrl: "", value: bytes }, contentType });
        },
        // A thrown error answers with its code (a ConnectError's own, else Unknown): the trigger failed.
        onJobEvent: async (req) => {
          const handler = this.jobs.get(req.name.replace(/^\/+/, ""));
          if (!handler) throw new ConnectError(`the app has no handler for job ${JSON.stringify(req.name)}`, Code.NotFound);
          try {
            await handler({ name: req.name, contentType: req.contentType, data: decodeJobData(req.data, req.contentType), rawData: req.data?.value ?? new Uint8Array(0) });
          } catch (e) {
            // Unknown, as the Go and Java helpers answer (connect-node would say Internal).
            throw e instanceof ConnectError ? e : new ConnectError(e instanceof Error ? e.message : String(e), Code.Unknown);
          }
          return create(JobEventResponseSchema, {});
        },
      });
    };
  }

  /** Starts a server for the app on a port (0: any free one) and host (default 127.0.0.1). */
  async listen(opts: { port?: number; host?: string; protocol?: "http" | "grpc" } = {}): Promise<AppListener> {
    const server: Server | Http2Server = opts.protocol === "grpc" ? createHttp2Server(connectNodeAdapter({ routes: this.grpcRoutes() })) : createHttpServer(this.httpHandler());
    // HTTP/2 sessions stay open between calls; close() ends them (running calls finish) so that the server can close.
    const sessions = new Set<Http2Session>();
    server.on("session", (session: Http2Session) => {
      sessions.add(session);
      session.once("close", () => sessions.delete(session));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
    });
    return {
      port: (server.address() as AddressInfo).port,
      close: () =>
        new Promise<void>((resolve) => {
          if ("closeAllConnections" in server) server.closeAllConnections();
          server.close(() => resolve());
          for (const session of sessions) session.close();
        }),
    };
  }
}

async function runTopicHandler(sub: Subscription, event: TopicEvent): Promise<TopicStatus> {
  try {
    return (await sub.handler(event)) ?? "SUCCESS";
  } catch {
    return "RETRY";
  }
}

/** An HTTP delivery: a CloudEvent envelope (structured mode), or a raw payload. */
function httpEvent(sub: Subscription, body: Uint8Array, contentType: string): TopicEvent {
  const base = { pubsubName: sub.pubsubName, topic: sub.topic };
  if (contentType.includes("cloudevents") || contentType.startsWith("application/json")) {
    let envelope: Record<string, unknown> | undefined;
    try {
      envelope = JSON.parse(new TextDecoder().decode(body)) as Record<string, unknown>;
    } catch {
      envelope = undefined;
    }
    if (envelope && typeof envelope === "object" && "specversion" in envelope) {
      const { id, source, type, specversion, datacontenttype, data, data_base64, topic, pubsubname, ...extensions } = envelope;
      const ct = typeof datacontenttype === "string" ? datacontenttype : "application/json";
      let rawData: Uint8Array;
      let value: unknown;
      if (typeof data_base64 === "string") {
        rawData = base64Decode(data_base64);
        value = decodeValue(rawData, ct);
      } else {
        value = data;
        rawData = data === undefined ? new Uint8Array(0) : typeof data === "string" && !/json/.test(ct) ? new TextEncoder().encode(data) : new TextEncoder().encode(JSON.stringify(data));
      }
      return {
        ...base,
        ...(typeof topic === "string" && { topic }),
        ...(typeof pubsubname === "string" && { pubsubName: pubsubname }),
        id: String(id ?? ""),
        source: String(source ?? ""),
        type: String(type ?? ""),
        specVersion: String(specversion ?? ""),
        dataContentType: ct,
        data: value,
        rawData,
        extensions,
      };
    }
  }
  return { ...base, id: "", source: "", type: "", specVersion: "", dataContentType: contentType, data: decodeValue(body, contentType), rawData: body, extensions: {} };
}

function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on("error", reject);
  });
}
