/**
 * Manual PUBACKs for mqtt.js. mqtt.js answers an incoming QoS 1 PUBLISH
 * with a PUBACK as soon as `handleMessage` calls back, and reads no further
 * packet until then, so holding the callback while the app works would stall
 * the connection (keep-alive included). Instead the callback is called at
 * once and the PUBACK it would send is held back, to be sent when the
 * message's outcome is known: a message never acknowledged (a crash, a
 * RETRY) is sent again by the broker when the persistent session reconnects.
 *
 * This wraps mqtt.js's internal `_sendPacket`; the constructor fails loudly
 * when a new mqtt.js no longer has it.
 */
import type { MqttClient } from "mqtt";

type SendPacket = (packet: { cmd: string; messageId?: number }, cb?: (err?: Error) => void, ...rest: unknown[]) => void;

export class DeferredAcks {
  private readonly held = new Set<number>();
  private readonly send: SendPacket;
  private readonly own = new WeakSet<object>();

  constructor(private readonly client: MqttClient) {
    const internal = client as unknown as { _sendPacket?: SendPacket };
    const original = internal._sendPacket;
    if (typeof original !== "function") throw new Error("mqtt3: this mqtt.js version has no _sendPacket; manual acknowledgements are not possible");
    this.send = original.bind(client);
    internal._sendPacket = (packet, cb, ...rest) => {
      if (packet.cmd === "puback" && packet.messageId !== undefined && this.held.has(packet.messageId) && !this.own.has(packet)) {
        cb?.(); // lets mqtt.js read the next packet; the PUBACK waits for ack()
        return;
      }
      this.send(packet, cb, ...rest);
    };
  }

  /** Holds back the PUBACK of a message about to be handed to `handleMessage`'s callback. */
  hold(messageId: number): void {
    this.held.add(messageId);
  }

  /** Sends the held PUBACK now (only on the connection the message came in on: the caller checks). */
  ack(messageId: number): void {
    if (!this.held.delete(messageId) || !this.client.connected) return;
    const packet = { cmd: "puback", messageId };
    this.own.add(packet);
    this.send(packet);
  }

  /** Forgets every held PUBACK (the connection they belong to is gone; the broker sends those messages again). */
  reset(): void {
    this.held.clear();
  }
}
