/**
 * Where a service call goes: this sidecar's own app, or another sidecar found
 * by the name resolver. App ids may name a namespace ("orders.prod"), as in
 * Dapr; a call another sidecar forwarded here is only ever delivered locally.
 */
import * as errors from "../../errors/catalog.js";
import type { NameResolver, PeerAddress } from "./name-resolver.js";

export type InvocationTarget = { readonly kind: "local" } | { readonly kind: "peer"; readonly peer: PeerAddress };

const local: InvocationTarget = Object.freeze({ kind: "local" });

export class InvocationTargets {
  constructor(
    private readonly self: { readonly appId: string; readonly namespace: string },
    private readonly resolver?: NameResolver,
  ) {}

  /** Whether `appId` (optionally "id.namespace") is this sidecar's own app. */
  isLocal(appId: string): boolean {
    if (appId === this.self.appId) return true;
    const dot = appId.indexOf(".");
    return dot > 0 && appId.slice(0, dot) === this.self.appId && appId.slice(dot + 1) === this.self.namespace;
  }

  /**
   * Resolves the target of a call. `forwarded` marks calls another sidecar
   * sent here: they must be for this sidecar's app. Throws Dapr's
   * ERR_DIRECT_INVOKE errors for empty, malformed and unknown app ids.
   */
  async resolve(appId: string, forwarded: boolean): Promise<InvocationTarget> {
    if (this.isLocal(appId)) return local;
    if (appId === "") throw errors.directInvoke(appId, new Error("app id is empty"));
    const parts = appId.split(".");
    if (parts.length > 2) throw errors.directInvoke(appId, new Error(`invalid app id ${appId}`));
    if (appId.startsWith("http://") || appId.startsWith("https://")) {
      throw errors.directInvoke(appId, new Error("calling an http(s):// address through the sidecar is not supported by pillion yet"));
    }
    if (forwarded) {
      throw errors.directInvoke(appId, new Error(`another sidecar forwarded this call here, but app ${appId} is not served by this sidecar (app ${this.self.appId})`));
    }
    const [id, namespace = this.self.namespace] = parts as [string, string?];
    const peer = await this.resolver?.resolve(id, namespace);
    if (!peer) throw errors.directInvokeUnknownApp(appId);
    return { kind: "peer", peer };
  }

  /** Forgets a cached address that just failed, so the next call resolves afresh. */
  forget(peer: PeerAddress): void {
    this.resolver?.forget?.(peer);
  }
}
