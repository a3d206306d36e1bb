/**
 * Asks the app which topics it subscribes to, once it is ready: an HTTP app
 * with `GET /dapr/subscribe` (header `dapr-app-id`), a gRPC app with
 * AppCallback/ListTopicSubscriptions. Calls that fail to reach the app are
 * retried a few times; an app that answers 404 / Unimplemented subscribes to
 * nothing. A routing rule whose match expression does not compile rejects the
 * whole list, as in Dapr.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import type { AppChannel } from "../../app-channel/app-channel.js";
import type { Logger } from "../../util/logger.js";
import { pause } from "../../util/backoff.js";
import { checkRoutingRules, grpcSubscriptions, parseHttpSubscriptions, SubscriptionsError, type SubscriptionSpec } from "./subscription-spec.js";

const attempts = 5;

export async function loadAppSubscriptions(channel: AppChannel, appId: string, logger: Logger, signal: AbortSignal): Promise<SubscriptionSpec[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const specs = channel.protocol === "grpc" ? await fromGrpcApp(channel, logger, signal) : await fromHttpApp(channel, appId, logger, signal);
      checkRoutingRules(specs);
      return specs;
    } catch (e) {
      if (e instanceof SubscriptionsError || signal.aborted || attempt >= attempts) throw e;
      logger.warn("could not get the app's subscriptions; trying again", { attempt, error: e });
      if (!(await pause(250 * 2 ** attempt, signal))) throw e;
    }
  }
}

async function fromHttpApp(channel: AppChannel, appId: string, logger: Logger, signal: AbortSignal): Promise<SubscriptionSpec[]> {
  const res = await channel.http!.request({
    method: "GET",
    path: "/dapr/subscribe",
    headers: { "content-type": "application/json", ...(appId && { "dapr-app-id": appId }) },
    signal,
  });
  if (res.status === 404) {
    logger.debug("the app did not subscribe to any topic (GET /dapr/subscribe answered 404)");
    return [];
  }
  if (res.status !== 200) {
    logger.error(`the app answered GET /dapr/subscribe with status ${res.status}; it subscribes to nothing`);
    return [];
  }
  return parseHttpSubscriptions(res.body, (msg, fields) => logger.warn(msg, fields));
}

async function fromGrpcApp(channel: AppChannel, logger: Logger, signal: AbortSignal): Promise<SubscriptionSpec[]> {
  try {
    const res = await channel.grpc!.callback.listTopicSubscriptions({}, { signal });
    return grpcSubscriptions(res);
  } catch (e) {
    if (ConnectError.from(e).code === Code.Unimplemented) {
      logger.info("the gRPC app does not implement ListTopicSubscriptions; it subscribes to nothing");
      return [];
    }
    throw e;
  }
}
