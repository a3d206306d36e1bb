/**
 * A user-defined service served end to end: pillion.examples.v1.InventoryService
 * (api/pillion/examples/v1/inventory.proto, app_route to app "inventory") on a
 * real sidecar, called over REST (its google.api.http routes), gRPC, Connect
 * and gRPC-Web, reaches a real app and answers transcoded:
 *
 * - an HTTP app gets POST /inventory/<Method> with the request in protobuf
 *   JSON and answers the response in protobuf JSON; its error answers become
 *   statuses (a google.rpc.Status JSON body, else the HTTP status);
 * - a gRPC app (--app-protocol grpc) implements the service itself;
 * - a sidecar whose own app is another one reaches "inventory" through the
 *   inventory app's sidecar (service invocation's name resolution; that
 *   sidecar runs with an API token and takes the peer token instead).
 *
 * REST callers get the app's errors as Dapr-style bodies (ERR_APP_STATUS with
 * the HTTP status of the code); RPC callers get the status itself.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from "node:http";
import { createServer as createHttp2Server, type Http2Server } from "node:http2";
import type { AddressInfo } from "node:net";
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient, type HandlerContext } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GetItemResponseSchema,
  InventoryService,
  ItemSchema,
  ReserveItemResponseSchema,
  type GetItemRequest,
  type ReserveItemRequest,
} from "../../gateway/src/gen/pillion/examples/v1/inventory_pb.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { rpcTransports } from "../tools/rpc-transports.js";

/** The stock both apps serve. */
const stock: Record<string, { title: string; available: number; labels: Record<string, string> }> = {
  "sku-1": { title: "Bolt", available: 10, labels: { size: "M" } },
};
const itemJson = { sku: "sku-1", title: "Bolt", available: 10, labels: { size: "M" } };

interface Seen {
  readonly path: string;
  readonly headers: Record<string, string | string[] | undefined> | Headers;
  readonly body: unknown;
}

/** The HTTP app: POST /inventory/<Method>, protobuf JSON in and out. */
async function startHttpInventory(): Promise<{ port: number; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server: Server = createHttpServer((req: IncomingMessage, res) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (text += c));
    req.on("end", () => {
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      seen.push({ path: `${req.method} ${req.url}`, headers: req.headers, body });
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(value));
      };
      const item = stock[body["sku"] as string];
      if (req.url === "/inventory/GetItem") {
        // A google.rpc.Status body gives the code, whatever the HTTP status.
        if (!item) return json(500, { code: 5, message: `no item ${String(body["sku"])}` });
        return json(200, { item: { sku: body["sku"], ...item }, unknownFieldFromANewerApp: true }, { "x-app-version": "7" });
      }
      if (req.url === "/inventory/ReserveItem") {
        const quantity = Number(body["quantity"] ?? 0);
        // A plain-text error: the code follows the HTTP status.
        if (!item || quantity > item.available) {
          res.writeHead(412, { "content-type": "text/plain" });
          return res.end(`only ${item?.available ?? 0} left`);
        }
        return json(200, { reservationId: `r-${String(body["sku"])}-${quantity}-${String(body["customerId"])}`, remaining: item.available - quantity });
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return { port: (server.address() as AddressInfo).port, seen, close };
}

/** The gRPC app: implements InventoryService. */
async function startGrpcInventory(): Promise<{ port: number; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const handler = connectNodeAdapter({
    routes: (router) =>
      router.service(InventoryService, {
        getItem(req: GetItemRequest, ctx: HandlerContext) {
          seen.push({ path: "GetItem", headers: new Headers(ctx.requestHeader), body: req });
          const item = stock[req.sku];
          if (!item) throw new ConnectError(`no item ${req.sku}`, Code.NotFound);
          ctx.responseHeader.set("x-app-version", "7");
          return create(GetItemResponseSchema, { item: create(ItemSchema, { sku: req.sku, ...item }) });
        },
        reserveItem(req: ReserveItemRequest, ctx: HandlerContext) {
          seen.push({ path: "ReserveItem", headers: new Headers(ctx.requestHeader), body: req });
          const item = stock[req.sku];
          if (!item || req.quantity > item.available) throw new ConnectError(`only ${item?.available ?? 0} left`, Code.FailedPrecondition);
          return create(ReserveItemResponseSchema, { reservationId: `r-${req.sku}-${req.quantity}-${req.customerId}`, remaining: item.available - req.quantity });
        },
      }),
  });
  const server: Http2Server = createHttp2Server(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { port: (server.address() as AddressInfo).port, seen, close: () => new Promise((r) => server.close(() => r())) };
}

const rest = (sc: SidecarProcess, path: string, init?: RequestInit) => fetch(`${sc.httpUrl}${path}`, init);
const reserve = (sc: SidecarProcess, sku: string, body: unknown) =>
  rest(sc, `/v1/examples/inventory/items/${sku}/reservations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function expectAppStatus(res: Response, status: number, grpcCode: string, message: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { errorCode: string; message: string; details: { "@type": string; reason: string; metadata: Record<string, string> }[] };
  expect(body.errorCode).toBe("ERR_APP_STATUS");
  expect(body.message).toBe(message);
  expect(body.details[0]).toMatchObject({
    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
    reason: "APP_STATUS",
    metadata: { appID: "inventory", grpcCode },
  });
}

async function expectRpcError(p: Promise<unknown>, code: Code, message: string) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ConnectError);
  expect((e as ConnectError).code).toBe(code);
  expect((e as ConnectError).rawMessage).toBe(message);
}

describe.each([
  { kind: "HTTP app", protocol: "http" as const, start: startHttpInventory },
  { kind: "gRPC app", protocol: "grpc" as const, start: startGrpcInventory },
])("InventoryService to a $kind", ({ protocol, start }) => {
  let app: Awaited<ReturnType<typeof startHttpInventory>>;
  let sc: SidecarProcess;
  let home: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    home = tempDir();
    app = await start();
    sc = await startSidecar({ appId: "inventory", appPort: app.port, appProtocol: protocol, waitForApp: true, env: { PILLION_HOME: home.path } });
  });
  afterAll(async () => {
    await sc?.stop();
    await app?.close();
    home?.remove();
  });

  it("answers a REST GET from its route, transcoded to the app and back", async () => {
    const res = await rest(sc, "/v1/examples/inventory/items/sku-1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ item: itemJson });
    const last = app.seen.at(-1)!;
    if (protocol === "http") {
      expect(last.path).toBe("POST /inventory/GetItem");
      expect(last.body).toEqual({ sku: "sku-1" });
      expect((last.headers as Record<string, string>)["content-type"]).toBe("application/json");
    } else {
      expect(last.path).toBe("GetItem");
      expect((last.body as GetItemRequest).sku).toBe("sku-1");
    }
  });

  it("answers a REST POST with a body and path variables", async () => {
    const res = await reserve(sc, "sku-1", { quantity: 3, customerId: "c-7" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ reservationId: "r-sku-1-3-c-7", remaining: 7 });
    if (protocol === "http") expect(app.seen.at(-1)!.body).toEqual({ sku: "sku-1", quantity: 3, customerId: "c-7" });
  });

  it("answers every RPC protocol on both ports (gRPC, Connect JSON and binary, gRPC-Web)", async () => {
    for (const t of rpcTransports) {
      const client = createClient(InventoryService, t.create(sc));
      const res = await client.getItem({ sku: "sku-1" }, { onHeader: (h) => expect(h.get("x-app-version"), t.name).toBe("7") });
      expect(res.item?.title, t.name).toBe("Bolt");
      expect(res.item?.labels, t.name).toEqual({ size: "M" });
      const r = await client.reserveItem({ sku: "sku-1", quantity: 10, customerId: "c-1" });
      expect(r.remaining, t.name).toBe(0);
    }
  });

  it("maps the app's errors back: Dapr-style bodies over REST, the status over RPC", async () => {
    await expectAppStatus(await rest(sc, "/v1/examples/inventory/items/sku-9"), 404, "NOT_FOUND", "no item sku-9");
    await expectAppStatus(await reserve(sc, "sku-1", { quantity: 11 }), 400, "FAILED_PRECONDITION", "only 10 left");
    for (const t of rpcTransports.slice(0, 2)) {
      const client = createClient(InventoryService, t.create(sc));
      await expectRpcError(client.getItem({ sku: "sku-9" }), Code.NotFound, "no item sku-9");
      await expectRpcError(client.reserveItem({ sku: "sku-1", quantity: 11 }), Code.FailedPrecondition, "only 10 left");
    }
  });

  it("refuses a malformed REST body with Dapr's error and keeps serving", async () => {
    const res = await rest(sc, "/v1/examples/inventory/items/sku-1/reservations", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errorCode: string }).errorCode).toMatch(/^ERR_/);
    expect((await rest(sc, "/v1/examples/inventory/items/sku-1")).status).toBe(200);
  });
});

describe("InventoryService called on another app's sidecar", () => {
  let app: Awaited<ReturnType<typeof startHttpInventory>>;
  let inventory: SidecarProcess;
  let caller: SidecarProcess;
  let home: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    home = tempDir();
    app = await startHttpInventory();
    const env = { PILLION_HOME: home.path };
    // The inventory app's sidecar wants an API token; a call forwarded by another sidecar carries the peer token instead.
    inventory = await startSidecar({ appId: "inventory", appPort: app.port, waitForApp: true, env: { ...env, DAPR_API_TOKEN: "inventory-token" } });
    caller = await startSidecar({ appId: "caller", env });
  });
  afterAll(async () => {
    await caller?.stop();
    await inventory?.stop();
    await app?.close();
    home?.remove();
  });

  it("reaches the inventory app through its sidecar over REST and gRPC, errors included", async () => {
    const res = await rest(caller, "/v1/examples/inventory/items/sku-1");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ item: itemJson });
    expect(app.seen.at(-1)!.path).toBe("POST /inventory/GetItem");
    await expectAppStatus(await rest(caller, "/v1/examples/inventory/items/sku-9"), 404, "NOT_FOUND", "no item sku-9");
    const client = createClient(InventoryService, rpcTransports[0]!.create(caller));
    expect((await client.reserveItem({ sku: "sku-1", quantity: 1, customerId: "c-2" })).reservationId).toBe("r-sku-1-1-c-2");
    await expectRpcError(client.getItem({ sku: "sku-9" }), Code.NotFound, "no item sku-9");
  });

  it("still wants the API token from a caller of the inventory app's own sidecar", async () => {
    expect((await rest(inventory, "/v1/examples/inventory/items/sku-1")).status).toBe(401);
    const direct = createClient(InventoryService, rpcTransports[0]!.create(inventory));
    await expect(direct.getItem({ sku: "sku-1" })).rejects.toMatchObject({ code: Code.Unauthenticated });
    const withToken = await rest(inventory, "/v1/examples/inventory/items/sku-1", { headers: { "dapr-api-token": "inventory-token" } });
    expect(withToken.status).toBe(200);
  });

  it("answers the inventory sidecar's own error as that Dapr error: ERR_DIRECT_INVOKE when its app is down", async () => {
    await app.close();
    const res = await rest(caller, "/v1/examples/inventory/items/sku-1");
    expect(res.status).toBe(500);
    const body = (await res.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("ERR_DIRECT_INVOKE");
    expect(body.message).toContain("id: inventory");
    const client = createClient(InventoryService, rpcTransports[0]!.create(caller));
    await expect(client.getItem({ sku: "sku-1" })).rejects.toMatchObject({ code: Code.Internal });
  });

  it("answers ERR_DIRECT_INVOKE when the inventory app's sidecar is gone", async () => {
    await inventory.stop();
    const res = await rest(caller, "/v1/examples/inventory/items/sku-1");
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(((await res.json()) as { errorCode: string }).errorCode).toMatch(/^ERR_DIRECT_INVOKE$/);
  });
});
