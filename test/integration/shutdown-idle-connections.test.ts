/**
 * SIGTERM while clients hold connections open, on a real pillion process: an
 * idle HTTP/1.1 keep-alive connection on the HTTP port and an idle HTTP/2
 * session on the gRPC port do not hold the drain (they are closed and the
 * process exits), and calls in flight on such connections still complete.
 *
 * The grace period is set far past the test timeout: a drain that waited for
 * an idle connection would wait it out, and the test would time out.
 */
import { once } from "node:events";
import { Agent, request } from "node:http";
import type { Socket } from "node:net";
import { connect, type ClientHttp2Session } from "node:http2";
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterEach, describe, expect, it } from "vitest";
import { HTTPExtension_Verb } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { startHttpEchoApp, type HttpEchoApp } from "../apps/http-echo-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";

const longGrace = ["--dapr-graceful-shutdown-seconds", "600"];

let app: HttpEchoApp | undefined;
let sc: SidecarProcess | undefined;
const agents: Agent[] = [];
const sessions: ClientHttp2Session[] = [];

afterEach(async () => {
  app?.release();
  await sc?.stop();
  await app?.close();
  for (const a of agents.splice(0)) a.destroy();
  for (const s of sessions.splice(0)) s.destroy();
  app = sc = undefined;
});

async function exitCode(p: SidecarProcess): Promise<number | null> {
  if (p.child.exitCode === null && p.child.signalCode === null) await once(p.child, "exit");
  return p.child.exitCode;
}

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 20));
}

/** A GET over a keep-alive agent; resolves with the status and body once the response has ended. */
function get(agent: Agent, url: string): Promise<{ status: number; body: string; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, body, socket: req.socket! }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** An HTTP/1.1 keep-alive connection that served one call and now sits idle; `closed` settles when the sidecar closes it. */
async function idleHttpConnection(httpUrl: string): Promise<{ closed: Promise<void> }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  agents.push(agent);
  const res = await get(agent, `${httpUrl}/v1.0/metadata`);
  expect(res.status).toBe(200);
  expect(res.socket.destroyed).toBe(false);
  const closed = once(res.socket, "close").then(() => undefined);
  return { closed };
}

/** An HTTP/2 session on the gRPC port that made one call and now sits idle; `closed` settles when the session ends. */
async function idleHttp2Session(grpcUrl: string): Promise<{ closed: Promise<void> }> {
  const session = connect(grpcUrl);
  sessions.push(session);
  session.on("error", () => {}); // a reset when the process exits is not what is tested
  const closed = once(session, "close").then(() => undefined);
  // One gRPC health check (empty message), so the session has carried a call.
  const stream = session.request({ ":method": "POST", ":path": "/grpc.health.v1.Health/Check", "content-type": "application/grpc", te: "trailers" });
  stream.end(Buffer.from([0, 0, 0, 0, 0]));
  stream.resume();
  await once(stream, "close");
  expect(session.closed).toBe(false);
  return { closed };
}

describe("SIGTERM with client connections open", () => {
  it("an idle keep-alive HTTP connection and an idle HTTP/2 session do not keep the process from exiting", async () => {
    sc = await startSidecar({ appId: "idle-conns", args: longGrace });
    const http = await idleHttpConnection(sc.httpUrl);
    const h2 = await idleHttp2Session(sc.grpcUrl);
    sc.child.kill("SIGTERM");
    expect(await exitCode(sc)).toBe(0);
    await http.closed;
    await h2.closed;
    expect(sc.output()).toContain("pillion sidecar stopped");
  });

  it("calls in flight over HTTP/1.1 keep-alive and gRPC complete, then the process exits without waiting for the connections they leave idle", async () => {
    app = await startHttpEchoApp();
    sc = await startSidecar({ appId: "idle-conns", appPort: app.port, waitForApp: true, args: longGrace });
    const idleHttp = await idleHttpConnection(sc.httpUrl);
    const idleH2 = await idleHttp2Session(sc.grpcUrl);

    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const heldHttp = get(agent, `${sc.httpUrl}/v1.0/invoke/idle-conns/method/hold`);
    const client = createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
    const heldGrpc = client.invokeService({ id: "idle-conns", message: { method: "hold", httpExtension: { verb: HTTPExtension_Verb.GET } } });
    await until(() => app!.inFlight === 2);

    sc.child.kill("SIGTERM");
    await until(() => sc!.output().includes("pillion sidecar is stopping"));
    expect(sc.child.exitCode).toBeNull(); // draining: the calls are not done
    app.release();

    const httpDone = await heldHttp;
    expect(httpDone.status).toBe(200);
    expect(httpDone.body).toBe("released");
    const grpcDone = await heldGrpc;
    expect(new TextDecoder().decode(grpcDone.data?.value)).toBe("released");
    expect(await exitCode(sc)).toBe(0);
    await idleHttp.closed;
    await idleH2.closed;
  });
});
