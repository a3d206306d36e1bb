/**
 * What a sidecar adds to a call it forwards to another sidecar, as Dapr does
 * for remote invocation: who calls (dapr-caller-app-id, dapr-caller-namespace),
 * whom (dapr-callee-app-id), and X-Forwarded-For / X-Forwarded-Host /
 * Forwarded naming this host.
 */
import { hostname, networkInterfaces } from "node:os";
import { callerAppIdHeader, callerNamespaceHeader, calleeAppIdHeader } from "./header-mapping.js";

export class ForwardedHeaders {
  private readonly hostAddress?: string;
  private readonly hostName?: string;
  private readonly forwarded: string;

  constructor(
    private readonly appId: string,
    private readonly namespace: string,
  ) {
    this.hostAddress = hostAddress();
    try {
      this.hostName = hostname() || undefined;
    } catch {
      this.hostName = undefined;
    }
    const parts: string[] = [];
    if (this.hostAddress) {
      const fwd = this.hostAddress.includes(":") ? `"[${this.hostAddress}]"` : this.hostAddress;
      parts.push(`for=${fwd};by=${fwd}`);
    }
    if (this.hostName) parts.push(`host=${this.hostName}`);
    this.forwarded = parts.join(";");
  }

  /** Appends the headers to a flat [name, value, ...] list. */
  appendTo(out: string[], calleeAppId: string): void {
    out.push(callerAppIdHeader, this.appId, callerNamespaceHeader, this.namespace, calleeAppIdHeader, calleeAppId);
    if (this.hostAddress) out.push("x-forwarded-for", this.hostAddress);
    if (this.hostName) out.push("x-forwarded-host", this.hostName);
    out.push("forwarded", this.forwarded);
  }

  /** Sets the caller headers on gRPC metadata. */
  setOn(md: Headers, calleeAppId: string): void {
    md.set(callerAppIdHeader, this.appId);
    md.set(callerNamespaceHeader, this.namespace);
    md.set(calleeAppIdHeader, calleeAppId);
  }
}

/** This host's first non-internal IPv4 address (IPv6 if there is none). */
function hostAddress(): string | undefined {
  let v6: string | undefined;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.internal) continue;
      if (a.family === "IPv4") return a.address;
      v6 ??= a.address;
    }
  }
  return v6;
}
