/**
 * Posts configuration changes of an HTTP subscription to the app, as daprd
 * does (pkg/api/http/http.go, configurationEventHandler): for each changed
 * key, `POST /configuration/<store>/<key>` with the whole change as JSON,
 * `{"id": <subscription id>, "items": {<key>: {"value", "version",
 * "metadata"}}}` (Go's encoding: keys sorted, empty fields left out, a
 * trailing newline). The app must answer 200; anything else is logged and
 * the next key goes on. A gRPC app gets the same as AppCallback/OnInvoke
 * (method "/configuration/<store>/<key>", verb POST, the JSON as data).
 */
import { create } from "@bufbuild/protobuf";
import type { AppChannel } from "../../app-channel/app-channel.js";
import { HTTPExtension_Verb, InvokeRequestSchema, type ConfigurationItem } from "../../gen/dapr/proto/common/v1/common_pb.js";
import type { Logger } from "../../util/logger.js";
import { marshalJson, quote, type JsonValue } from "../pubsub/go-json.js";

export interface ConfigurationChangeForApp {
  readonly id: string;
  readonly items: Readonly<Record<string, ConfigurationItem>>;
}

const jsonContentType = "application/json";

export class ConfigurationAppNotifier {
  constructor(
    private readonly channel: AppChannel,
    private readonly logger: Logger,
  ) {}

  /** Delivers one change, key by key; never throws. */
  async notify(store: string, change: ConfigurationChangeForApp, signal: AbortSignal): Promise<void> {
    const body = new TextEncoder().encode(updateEventJson(change));
    for (const key of Object.keys(change.items).sort()) {
      if (signal.aborted) return;
      const method = `/configuration/${store}/${key}`;
      try {
        await this.channel.waitUntilReady(signal);
        const status = await this.post(method, body, signal);
        if (status !== 200) throw new Error(`error sending configuration item to application, status ${status}`);
      } catch (e) {
        if (signal.aborted) return;
        this.logger.error("error sending configuration item to the app", { store, key, subscription: change.id, error: e });
      }
    }
  }

  private async post(method: string, body: Uint8Array, signal: AbortSignal): Promise<number> {
    if (this.channel.http) {
      const res = await this.channel.http.request({ method: "POST", path: requestPath(method), headers: { "content-type": jsonContentType }, body, signal });
      return res.status;
    }
    await this.channel.grpc!.callback.onInvoke(
      create(InvokeRequestSchema, { method, data: { typeUrl: "", value: body }, contentType: jsonContentType, httpExtension: { verb: HTTPExtension_Verb.POST } }),
      { signal },
    );
    return 200;
  }
}

/**
 * The update event as daprd's json.Encoder writes configuration.UpdateEvent:
 * struct fields in declaration order (id, items; value, version, metadata),
 * map keys sorted.
 */
export function updateEventJson(change: ConfigurationChangeForApp): string {
  const items = Object.keys(change.items)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((key) => {
      const item = change.items[key]!;
      const fields: string[] = [];
      if (item.value !== "") fields.push(`"value":${quote(item.value)}`);
      if (item.version !== "") fields.push(`"version":${quote(item.version)}`);
      const metadata = Object.entries(item.metadata);
      if (metadata.length > 0) fields.push(`"metadata":${marshalJson(new Map<string, JsonValue>(metadata))}`);
      return `${quote(key)}:{${fields.join(",")}}`;
    });
  return `{"id":${quote(change.id)},"items":{${items.join(",")}}}\n`;
}

/** The request target for a method: characters a path cannot carry are escaped, "/" kept. */
function requestPath(method: string): string {
  return encodeURI(method).replace(/[?#]/g, (c) => encodeURIComponent(c));
}
