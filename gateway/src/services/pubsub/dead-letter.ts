/**
 * Dead-lettering: the original message (bytes, metadata, content type) is
 * published again, on the subscription's dead-letter topic of the same
 * pubsub, as Dapr does it: through the publish path, so topic scopes and the
 * namespace prefix apply to the dead-letter topic too.
 */
import type { PubSubDriver, ReceivedMessage } from "../../components/pubsub/pubsub.js";
import type { Logger } from "../../util/logger.js";
import type { PubSubSettings } from "./component-settings.js";
import { mayPublish } from "./topic-scopes.js";

export class DeadLetter {
  constructor(
    private readonly driver: PubSubDriver,
    private readonly settings: PubSubSettings,
    private readonly appId: string,
    private readonly log: Logger,
  ) {}

  /** Republishes `msg` on `topic`; false (with an error log) when that failed. */
  async send(topic: string, msg: ReceivedMessage, metadata: Readonly<Record<string, string>>, originTopic: string): Promise<boolean> {
    if (!mayPublish(topic, this.settings.scopes)) {
      this.log.error("error sending message to dead letter: the dead-letter topic is not allowed for this app", { topic: originTopic, deadLetterTopic: topic, appId: this.appId });
      return false;
    }
    try {
      await this.driver.publish({
        topic: this.settings.topicPrefix + topic,
        data: msg.data,
        metadata,
        ...(msg.contentType !== undefined && { contentType: msg.contentType }),
      });
      this.log.info("pub/sub event sent to the dead-letter topic", { topic: originTopic, deadLetterTopic: topic });
      return true;
    } catch (e) {
      this.log.error("error sending message to dead letter", { topic: originTopic, deadLetterTopic: topic, error: e });
      return false;
    }
  }
}
