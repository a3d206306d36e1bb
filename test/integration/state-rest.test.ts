import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";

let sc: SidecarProcess;
beforeAll(async () => {
  sc = await startSidecar();
});
afterAll(async () => {
  await sc?.stop();
});

const url = (p: string) => `${sc.httpUrl}${p}`;
const save = (items: unknown, store = "statestore") =>
  fetch(url(`/v1.0/state/${store}`), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(items) });

describe("state over REST on the embedded in-memory store", () => {
  it("answers 204 for a missing key", async () => {
    const res = await fetch(url("/v1.0/state/statestore/nope"));
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
  });

  it("saves a JSON array and gets the raw value with an ETag", async () => {
    expect((await save([{ key: "order-1", value: { id: 1, items: ["a"] } }])).status).toBe(204);
    const res = await fetch(url("/v1.0/state/statestore/order-1"));
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toMatch(/.+/);
    expect(await res.json()).toEqual({ id: 1, items: ["a"] });
  });

  it("enforces ETags: a wrong one is a 409 ERR_STATE_SAVE, the right one saves", async () => {
    await save([{ key: "counter", value: 1 }]);
    const etag = (await fetch(url("/v1.0/state/statestore/counter"))).headers.get("etag")!;
    const bad = await save([{ key: "counter", value: 2, etag: "not-the-etag" }]);
    expect(bad.status).toBe(409);
    expect(await bad.json()).toMatchObject({ errorCode: "ERR_STATE_SAVE" });
    expect(await (await fetch(url("/v1.0/state/statestore/counter"))).json()).toBe(1);
    const good = await save([{ key: "counter", value: 2, etag }]);
    expect(good.status).toBe(204);
    expect(await (await fetch(url("/v1.0/state/statestore/counter"))).json()).toBe(2);
  });

  it("deletes with If-Match", async () => {
    await save([{ key: "gone", value: "x" }]);
    const etag = (await fetch(url("/v1.0/state/statestore/gone"))).headers.get("etag")!;
    const wrong = await fetch(url("/v1.0/state/statestore/gone"), { method: "DELETE", headers: { "if-match": "nope" } });
    expect(wrong.status).toBe(409);
    const right = await fetch(url("/v1.0/state/statestore/gone"), { method: "DELETE", headers: { "if-match": etag } });
    expect(right.status).toBe(204);
    expect((await fetch(url("/v1.0/state/statestore/gone"))).status).toBe(204);
  });

  it("refuses an over-size body with 413 and keeps serving", async () => {
    const big = "x".repeat(5 * 1024 * 1024);
    const res = await fetch(url("/v1.0/state/statestore"), { method: "POST", body: big });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toMatch(/larger than the limit/);
    expect((await fetch(url("/v1.0/state/statestore/order-1"))).status).toBe(200);
  });
});
