/**
 * The bindings conformance suite against bindings.http (a round trip per
 * HTTP verb, against a real echoing HTTP server) and bindings.cron (input
 * only, on its own schedule).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { cronBinding } from "../../gateway/src/drivers/bindings/cron/index.js";
import { httpBinding } from "../../gateway/src/drivers/bindings/http/index.js";
import { bindingsTests, runBindingsConformance, type OperationContext } from "../conformance/bindings/index.js";

const dec = new TextDecoder();
let server: Server | undefined;

/** Answers every request with its method, path and body as JSON (no body for HEAD). */
async function startEcho(): Promise<string> {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "x-method": req.method ?? "" });
      res.end(JSON.stringify({ method: req.method, path: req.url, body: Buffer.concat(chunks).toString() }));
    });
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/base`;
}

const verb =
  (operation: string, method: string, withBody: boolean) =>
  async ({ invoke, unique }: OperationContext) => {
    const res = await invoke(operation, withBody ? `body of ${unique}` : undefined, { path: unique });
    expect(res?.metadata?.["statusCode"]).toBe("200");
    if (method === "HEAD") return;
    expect(JSON.parse(dec.decode(res?.data))).toEqual({ method, path: `/base/${unique}`, body: withBody ? `body of ${unique}` : "" });
  };

runBindingsConformance({
  name: "bindings.http",
  definition: httpBinding as unknown as DriverDefinition,
  create: async () => ({ url: await startEcho() }),
  cleanup: async () => void server?.close(),
  operations: {
    create: verb("create", "POST", true),
    get: verb("get", "GET", false),
    head: verb("head", "HEAD", false),
    post: verb("post", "POST", true),
    put: verb("put", "PUT", true),
    patch: verb("patch", "PATCH", true),
    delete: verb("delete", "DELETE", false),
    options: verb("options", "OPTIONS", false),
    trace: verb("trace", "TRACE", false),
  },
});

const cronFires = "cron fires on its own schedule: the test cannot make it send chosen events";
runBindingsConformance({
  name: "bindings.cron",
  definition: cronBinding as unknown as DriverDefinition,
  create: async () => ({ schedule: "@every 1h" }),
  skip: [
    { reason: cronFires, tests: [bindingsTests.inputAll, bindingsTests.inputClosed] },
    { reason: "a cron event the app failed is not sent again (Dapr's cron does not retry)", tests: [bindingsTests.inputRedelivery] },
  ],
});
