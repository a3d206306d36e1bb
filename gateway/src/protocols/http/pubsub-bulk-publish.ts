/**
 * The REST handler of BulkPublishEvent(Alpha1) (`POST|PUT
 * /v1.0[-alpha1]/publish/bulk/{pubsub}/{topic}`, route handler
 * "pubsub-bulk-publish"), for what transcoding cannot say: each entry's
 * `event` is decoded by its `contentType` (services/pubsub/bulk-publish-body),
 * and when entries fail to publish daprd answers the error status with
 * `{"failedEntries":[{"entryId","error"}],"errorCode":"ERR_PUBSUB_PUBLISH_MESSAGE"}`
 * and the headers `metadata.responseData` (that body) and `metadata.error`,
 * instead of the usual error body. 204 when every entry was published.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createHandlerContext } from "@connectrpc/connect";
import * as errors from "../../errors/catalog.js";
import type { BulkPublishRequest } from "../../gen/dapr/proto/runtime/v1/pubsub_pb.js";
import { parseBulkPublishBody } from "../../services/pubsub/bulk-publish-body.js";
import { quote } from "../../services/pubsub/go-json.js";
import type { BulkPublishOutcome, PubSubService } from "../../services/pubsub/pubsub-service.js";
import { compileRoute, type CompiledRoute } from "../rest/compiled-route.js";
import type { RestJsonCodec } from "../rest/json-codec.js";
import type { RestRoute } from "../rest/route.js";
import type { RouteMatch } from "../rest/router.js";
import type { RequestTarget } from "../../server/request-target.js";
import { decodeRequest } from "../rest/transcode.js";
import { readBody } from "./body.js";
import { respondWithError } from "./respond.js";

export interface PubSubBulkPublishOptions {
  readonly service: PubSubService;
  readonly appId: string;
  readonly codec: RestJsonCodec;
  readonly maxBodyBytes: number;
  readonly shutdown: AbortSignal;
}

/** An empty entry list: the route's path and query are decoded by the generated route, the body here. */
const noEntries = Buffer.from("[]");

export class PubSubBulkPublishRoute {
  private readonly compiled = new Map<RestRoute, CompiledRoute>();

  constructor(private readonly opts: PubSubBulkPublishOptions) {}

  readonly handle = async (req: IncomingMessage, res: ServerResponse, match: RouteMatch, target: RequestTarget): Promise<void> => {
    try {
      const c = this.route(match.route);
      const msg = decodeRequest(this.opts.codec, c, { values: match.values, query: target.searchParams, headers: req.headers, body: noEntries }) as BulkPublishRequest;
      const service = this.opts.service;
      service.checkPublishTarget(msg.pubsubName, msg.topic, msg.metadata, true);
      const body = await readBody(req, this.opts.maxBodyBytes);
      msg.entries = parseBulkPublishBody(body, { pubsubName: msg.pubsubName, topic: msg.topic, appId: this.opts.appId, metadata: msg.metadata });
      const ctx = createHandlerContext({
        service: c.route.service,
        method: c.method,
        protocolName: "rest",
        requestMethod: req.method ?? "POST",
        url: target.url().href,
        shutdownSignal: this.opts.shutdown,
        requestHeader: headerPairs(req),
      });
      const out = await service.bulkPublish(msg, ctx);
      if (out.failedEntries.length === 0) {
        res.writeHead(204).end();
        return;
      }
      this.respondFailed(res, msg, out);
    } catch (e) {
      respondWithError(res, e);
    }
  };

  private respondFailed(res: ServerResponse, msg: BulkPublishRequest, out: BulkPublishOutcome): void {
    const err = errors.pubsubPublish(msg.pubsubName, msg.topic, out.error);
    const entries = out.failedEntries.map((f) => `{"entryId":${quote(f.entryId)}${f.error === "" ? "" : `,"error":${quote(f.error)}`}}`);
    const body = `{"failedEntries":[${entries.join(",")}],"errorCode":${quote(err.errorCode)}}`;
    const headers: Record<string, string | number> = {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "metadata.responseData": headerSafe(body),
      "metadata.error": headerSafe(`api error: code = Internal desc = ${err.message}`),
    };
    res.writeHead(err.httpStatus, headers).end(body);
  }

  private route(route: RestRoute): CompiledRoute {
    let c = this.compiled.get(route);
    if (!c) this.compiled.set(route, (c = compileRoute(route)));
    return c;
  }
}

/** A header value Node accepts: characters outside Latin-1 and control characters become "?". */
function headerSafe(v: string): string {
  // eslint-disable-next-line no-control-regex
  return v.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?");
}

function headerPairs(req: IncomingMessage): [string, string][] {
  const h: [string, string][] = [];
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) if (!raw[i]!.startsWith(":")) h.push([raw[i]!, raw[i + 1]!]);
  return h;
}
