/**
 * The part of the pub/sub conformance suite that runs through real pillion
 * processes with a real HTTP app subscribing through /dapr/subscribe: what
 * the block and the driver do together (dead-letter topics, broker
 * redelivery of RETRY answers, redelivery after a sidecar crash). Only the
 * component file differs between drivers.
 */
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { DriverDefinition } from "../../../gateway/src/components/definition.js";
import { startPubSubHttpApp, type PubSubHttpApp } from "../../apps/pubsub-http-app.js";
import { startSidecar, type SidecarProcess } from "../../harness/sidecar-process.js";
import { tempDir } from "../../harness/temp-dir.js";
import { componentYaml } from "../state/index.js";
import { pubsubTests, type PubSubTestName } from "./test-names.js";

export interface SidecarConformanceOptions {
  readonly definition: DriverDefinition;
  /** The component metadata the driver's suite uses (starts the broker on first call). */
  metadata(): Promise<Record<string, string>>;
  /** A suffix that makes this run's topics and app ids unique. */
  readonly run: string;
  /** Declares a test, honouring the suite's skips and features. */
  readonly test: (name: PubSubTestName, needs: readonly string[], fn: () => Promise<void>, timeoutMs?: number) => void;
}

/** The component file of a test sidecar: the driver's metadata, and no redelivery by the block itself (so redelivery is the broker's). */
export function pubsubComponentYaml(type: string, metadata: Record<string, string>, name = "pubsub"): string {
  return componentYaml(name, type, { backOffMaxRetries: "0", ...metadata });
}

/** Resolves once the sidecar's metadata API lists `n` subscriptions (they are running then). */
export async function waitForSubscriptions(sc: SidecarProcess, n: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions?: unknown[] };
    if ((md.subscriptions?.length ?? 0) >= n) return;
    if (Date.now() > deadline) throw new Error(`the sidecar did not list ${n} subscriptions within ${timeoutMs} ms:\n${sc.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function runSidecarConformance(opts: SidecarConformanceOptions): void {
  const type = `${opts.definition.kind}.${opts.definition.type}`;
  const topic = (name: string) => `side-${opts.run}-${name}`;
  const publish = (sc: SidecarProcess, t: string, body: unknown) =>
    fetch(`${sc.httpUrl}/v1.0/publish/pubsub/${t}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  describe("through a sidecar", () => {
    let app: PubSubHttpApp;
    let sc: SidecarProcess;
    let dir: ReturnType<typeof tempDir>;
    const subscriptions = [
      { pubsubname: "pubsub", topic: topic("dl"), route: "/dl", deadLetterTopic: topic("dl-dead") },
      { pubsubname: "pubsub", topic: topic("dl-dead"), route: "/dl-dead" },
      { pubsubname: "pubsub", topic: topic("retry"), route: "/retry" },
    ];

    beforeAll(async () => {
      app = await startPubSubHttpApp(subscriptions);
      app.on("/dl", () => ({ status: 200, body: '{"status":"DROP"}' }));
      app.on("/dl-dead", () => ({ status: 200 }));
      app.on("/retry", (d) => (d.nth <= 2 ? { status: 200, body: '{"status":"RETRY"}' } : { status: 200, body: '{"status":"SUCCESS"}' }));
      dir = tempDir({ "pubsub.yaml": pubsubComponentYaml(type, await opts.metadata()) });
      sc = await startSidecar({ appId: `conf-${opts.run}`, appPort: app.port, resourcesPaths: [dir.path] });
      await waitForSubscriptions(sc, subscriptions.length);
    });
    afterAll(async () => {
      await sc?.stop();
      await app?.close();
      dir?.remove();
    });

    opts.test(pubsubTests.deadLetter, [], async () => {
      expect((await publish(sc, topic("dl"), { doomed: true })).status).toBe(204);
      const [dropped] = await app.waitFor("/dl", 1, 20_000);
      const [dead] = await app.waitFor("/dl-dead", 1, 20_000);
      expect(dead!.json).toEqual(dropped!.json);
      expect(dead!.json).toMatchObject({ topic: topic("dl"), data: { doomed: true } });
    });

    opts.test(pubsubTests.appRetry, [], async () => {
      expect((await publish(sc, topic("retry"), { n: 1 })).status).toBe(204);
      const ds = await app.waitFor("/retry", 3, 30_000);
      const id = ds[0]!.json!["id"];
      expect(ds.map((d) => d.json!["id"])).toEqual([id, id, id]);
      // Once answered SUCCESS it is done: a later event arrives, this one does not come back.
      expect((await publish(sc, topic("retry"), { n: 2 })).status).toBe(204);
      const later = await app.waitFor("/retry", 4, 30_000);
      expect(later.filter((d) => d.json!["id"] === id)).toHaveLength(3);
    });
  });

  describe("through a sidecar that crashes", () => {
    let app: PubSubHttpApp;
    let dir: ReturnType<typeof tempDir>;
    const sidecars: SidecarProcess[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));

    beforeAll(async () => {
      app = await startPubSubHttpApp([{ pubsubname: "pubsub", topic: topic("crash"), route: "/crash" }]);
      // The first delivery is never answered (the sidecar dies while it waits); later ones succeed.
      app.on("/crash", (d) => (d.nth === 1 ? { status: 200, after: held } : { status: 200 }));
      dir = tempDir({ "pubsub.yaml": pubsubComponentYaml(type, await opts.metadata()) });
    });
    afterAll(async () => {
      release?.();
      for (const s of sidecars) await s.stop();
      await app?.close();
      dir?.remove();
    });

    opts.test(
      pubsubTests.crash,
      [],
      async () => {
        const start = async () => {
          const s = await startSidecar({ appId: `conf-${opts.run}-crash`, appPort: app.port, resourcesPaths: [dir.path] });
          sidecars.push(s);
          await waitForSubscriptions(s, 1);
          return s;
        };
        const first = await start();
        expect((await publish(first, topic("crash"), { survives: "a crash" })).status).toBe(204);
        const [inFlight] = await app.waitFor("/crash", 1, 20_000);
        first.child.kill("SIGKILL");
        await new Promise<void>((r) => (first.child.exitCode !== null || first.child.signalCode !== null ? r() : first.child.once("exit", () => r())));

        await start();
        const ds = await app.waitFor("/crash", 2, 45_000);
        expect(ds[1]!.json!["id"]).toBe(inFlight!.json!["id"]);
        expect(ds[1]!.json).toMatchObject({ data: { survives: "a crash" } });
      },
      90_000,
    );
  });
}
