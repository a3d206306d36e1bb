/**
 * The official Dapr JS SDK's DaprServer (unmodified) as the app behind the
 * real pillion sidecar, in both flavours: an HTTP app (express, GET
 * /dapr/subscribe, POST per route) with --app-protocol http, and a gRPC app
 * (AppCallback: ListTopicSubscriptions, OnTopicEvent, OnInvoke) with
 * --app-protocol grpc. A subscription registered with server.pubsub.subscribe
 * receives a published event; a method registered with server.invoker.listen
 * answers an invocation.
 */
import { CommunicationProtocolEnum, DaprServer, HttpMethod } from "@dapr/dapr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../harness/ports.js";
import { sdkLogger } from "../tools/dapr-sdk-logger.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { killOnExit, waitFor } from "../tools/processes.js";

const flavours = [
  { name: "HTTP", protocol: CommunicationProtocolEnum.HTTP, appProtocol: "http" as const },
  { name: "gRPC", protocol: CommunicationProtocolEnum.GRPC, appProtocol: "grpc" as const },
];

describe.each(flavours)("DaprServer ($name app) behind pillion", ({ name, protocol, appProtocol }) => {
  const appId = `sdk-server-${appProtocol}`;
  const received: { data: unknown; headers: Record<string, unknown> }[] = [];
  const invocations: { body: unknown; query: unknown }[] = [];
  let sc: SidecarProcess;
  let server: DaprServer;

  beforeAll(async () => {
    const appPort = await freePort();
    sc = await startSidecar({ appId, appPort, appProtocol });
    killOnExit(sc.child);
    server = new DaprServer({
      serverHost: "127.0.0.1",
      serverPort: String(appPort),
      communicationProtocol: protocol,
      clientOptions: {
        daprHost: "127.0.0.1",
        daprPort: String(protocol === CommunicationProtocolEnum.GRPC ? sc.grpcPort : sc.httpPort),
        communicationProtocol: protocol,
      },
      logger: sdkLogger,
    });
    await server.pubsub.subscribe("pubsub", "orders", async (data: unknown, headers: object) => {
      received.push({ data, headers: headers as Record<string, unknown> });
    });
    await server.invoker.listen(
      "hello",
      async (req) => {
        invocations.push({ body: req.body, query: req.query });
        const body = typeof req.body === "string" && req.body !== "" ? (JSON.parse(req.body) as { name?: string }) : {};
        return { greeting: `hello ${body.name ?? "nobody"}`, via: name };
      },
      { method: HttpMethod.POST },
    );
    await server.start();
    // The sidecar reads the app's subscriptions once the app listens; wait until they show in the metadata API.
    await waitFor(`the sidecar to load ${appId}'s subscriptions\n${sc.output()}`, async () => {
      const meta = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions?: { topic: string }[] };
      return meta.subscriptions?.some((s) => s.topic === "orders") ? true : undefined;
    });
  }, 60_000);

  afterAll(async () => {
    // The sidecar first: it holds pooled connections to the app, which the
    // gRPC flavour's http2 server.close() would otherwise wait for forever.
    await sc?.stop();
    await server?.stop();
  });

  it("lists the SDK's subscription in GET /v1.0/metadata", async () => {
    const meta = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions: Record<string, unknown>[] };
    expect(meta.subscriptions).toContainEqual(expect.objectContaining({ pubsubname: "pubsub", topic: "orders" }));
  });

  it("delivers a published event to server.pubsub.subscribe", async () => {
    const res = await server.client.pubsub.publish("pubsub", "orders", { order: 42, flavour: name });
    expect(res).toEqual({});
    const got = await waitFor("the subscription callback", () => received.find((r) => (r.data as { flavour?: string } | undefined)?.flavour === name));
    expect(got.data).toEqual({ order: 42, flavour: name });
  });

  it("delivers an event published over plain HTTP with a text payload", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/publish/pubsub/orders`, { method: "POST", headers: { "content-type": "text/plain" }, body: `plain text for ${name}` });
    expect(res.status).toBe(204);
    const got = await waitFor("the subscription callback", () => received.find((r) => r.data === `plain text for ${name}`));
    expect(got.data).toBe(`plain text for ${name}`);
  });

  it("answers an invocation through server.invoker.listen", async () => {
    const res = await server.client.invoker.invoke(appId, "hello", HttpMethod.POST, { name: "pillion" });
    expect(res).toEqual({ greeting: "hello pillion", via: name });
    expect(invocations.length).toBeGreaterThan(0);
  });

  it("answers an invocation made with plain HTTP on the invoke route", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/${appId}/method/hello`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "curl" }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ greeting: "hello curl", via: name });
  });
});
