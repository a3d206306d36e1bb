import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DrainGate } from "./drain-gate.js";

let server: Server | undefined;
afterEach(async () => {
  await new Promise((r) => server?.close(r) ?? r(undefined));
  server = undefined;
});

/** A real HTTP server that answers 200 "served" unless the gate takes the request. */
async function serve(gate: DrainGate): Promise<string> {
  server = createServer((req, res) => {
    if (gate.http(req, res, new URL(req.url ?? "/", "http://x"))) return;
    res.end("served");
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("DrainGate", () => {
  it("lets everything through until closed", async () => {
    const url = await serve(new DrainGate());
    const res = await fetch(`${url}/v1.0/state/s/k`);
    expect([res.status, await res.text()]).toEqual([200, "served"]);
  });

  it("once closed, answers 503 ERR_SIDECAR_STOPPING and closes the connection, but keeps the health routes", async () => {
    const gate = new DrainGate();
    const url = await serve(gate);
    gate.close();
    const res = await fetch(`${url}/v1.0/state/s/k`, { method: "POST", body: "[]" });
    expect(res.status).toBe(503);
    expect(res.headers.get("connection")).toBe("close");
    expect(await res.json()).toEqual({ errorCode: "ERR_SIDECAR_STOPPING", message: "the sidecar is shutting down and takes no new calls" });
    for (const path of ["/v1.0/healthz", "/v1.0/healthz/outbound", "/v1.0//healthz/"]) {
      expect(await (await fetch(`${url}${path}`)).text()).toBe("served");
    }
  });
});
