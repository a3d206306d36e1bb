/**
 * Bad input on the REST API: every case gets Dapr's errorCode and status in
 * Dapr's JSON error shape, the sidecar keeps serving, and data saved before
 * is intact afterwards.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawHttp } from "../harness/raw-http.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";

let sc: SidecarProcess;
let small: SidecarProcess;
const keep = { id: "keep", nested: { list: [1, 2, 3] } };

beforeAll(async () => {
  [sc, small] = await Promise.all([startSidecar({ appId: "errors" }), startSidecar({ appId: "errors-small", args: ["--max-body-size", "1Ki"] })]);
  for (const s of [sc, small]) {
    const res = await fetch(`${s.httpUrl}/v1.0/state/statestore`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([{ key: "keep", value: keep }]) });
    expect(res.status).toBe(204);
  }
});
afterAll(async () => {
  await Promise.all([sc?.stop(), small?.stop()]);
});

interface ErrorBody {
  errorCode: string;
  message: string;
  details?: Record<string, unknown>[];
}

async function send(method: string, path: string, body?: string | Uint8Array, headers: Record<string, string> = {}, target = sc) {
  return fetch(`${target.httpUrl}${path}`, {
    method,
    headers: { ...(body !== undefined && { "content-type": "application/json" }), ...headers },
    ...(body !== undefined && { body }),
  });
}

/** Asserts Dapr's error shape and returns the body. */
async function expectError(res: Response, status: number, errorCode: string): Promise<ErrorBody> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/json");
  const body = JSON.parse(text) as ErrorBody;
  expect(body.errorCode, text).toBe(errorCode);
  expect(typeof body.message).toBe("string");
  expect(body.message.length).toBeGreaterThan(0);
  return body;
}

async function expectStillServing(target = sc) {
  expect((await fetch(`${target.httpUrl}/v1.0/healthz`)).status).toBe(204);
  const res = await fetch(`${target.httpUrl}/v1.0/state/statestore/keep`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual(keep);
}

describe("malformed state requests", () => {
  it.each([
    ["malformed JSON", '[{"key": "a", "value": '],
    ["not JSON at all", "key=a&value=1"],
    ["a number where the key string goes", '[{"key": 5, "value": 1}]'],
    ["an object where the array goes", '{"key": "a", "value": 1}'],
    ["a string where the array goes", '"a"'],
    ["an item that is not an object", '["a"]'],
    ["a number as the etag", '[{"key": "a", "value": 1, "etag": 5}]'],
    ["an unknown concurrency", '[{"key": "a", "value": 1, "options": {"concurrency": "sometimes"}}]'],
    ["metadata that is not an object", '[{"key": "a", "value": 1, "metadata": ["ttlInSeconds"]}]'],
  ])("save with %s is 400 ERR_MALFORMED_REQUEST", async (_name, body) => {
    await expectError(await send("POST", "/v1.0/state/statestore", body), 400, "ERR_MALFORMED_REQUEST");
    await expectStillServing();
  });

  it("a path starting with // is served as its cleaned path, and does not take the sidecar down", async () => {
    const res = await rawHttp(`${sc.httpUrl}//v1.0/healthz`);
    expect(res.status).toBe(204);
    const state = await rawHttp(`${sc.httpUrl}//v1.0/state/statestore/keep`);
    expect([state.status, JSON.parse(state.body.toString())]).toEqual([200, keep]);
    expect((await send("GET", "/v1.0/state/statestore/keep")).status).toBe(200);
  });

  it("save with an empty body is 400 ERR_MALFORMED_REQUEST", async () => {
    await expectError(await send("POST", "/v1.0/state/statestore", ""), 400, "ERR_MALFORMED_REQUEST");
  });

  it.each([
    ["an empty key", '[{"key": "", "value": 1}]'],
    ["no key", '[{"value": 1}]'],
    ["a good item and one without a key", '[{"key": "ok-item", "value": 1}, {"value": 2}]'],
  ])("save with %s is 400 ERR_MALFORMED_REQUEST naming the key and saves nothing", async (_name, body) => {
    const err = await expectError(await send("POST", "/v1.0/state/statestore", body), 400, "ERR_MALFORMED_REQUEST");
    expect(err.message).toContain('"key" is a required field');
    expect((await fetch(`${sc.httpUrl}/v1.0/state/statestore/ok-item`)).status).toBe(204);
    await expectStillServing();
  });

  it("save with a key containing || is 400 ERR_MALFORMED_REQUEST with DAPR_STATE_ILLEGAL_KEY details", async () => {
    const err = await expectError(await send("POST", "/v1.0/state/statestore", '[{"key": "a||b", "value": 1}]'), 400, "ERR_MALFORMED_REQUEST");
    expect(err.message).toBe("input key/keyPrefix 'a||b' can't contain '||'");
    expect(err.details).toContainEqual(expect.objectContaining({ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "DAPR_STATE_ILLEGAL_KEY", domain: "dapr.io" }));
    expect(err.details).toContainEqual(
      expect.objectContaining({ "@type": "type.googleapis.com/google.rpc.BadRequest", field_violations: [{ field: "a||b", description: "input key/keyPrefix 'a||b' can't contain '||'" }] }),
    );
  });

  it("get and delete of a key containing || are 400 ERR_MALFORMED_REQUEST", async () => {
    await expectError(await send("GET", "/v1.0/state/statestore/a%7C%7Cb"), 400, "ERR_MALFORMED_REQUEST");
    await expectError(await send("DELETE", "/v1.0/state/statestore/a%7C%7Cb"), 400, "ERR_MALFORMED_REQUEST");
    await expectStillServing();
  });

  it.each([
    ["bulk get with keys that are not a list", "/v1.0/state/statestore/bulk", '{"keys": "a"}'],
    ["bulk get with malformed JSON", "/v1.0/state/statestore/bulk", '{"keys": ['],
    ["a transaction with operations that are not a list", "/v1.0/state/statestore/transaction", '{"operations": "upsert"}'],
    ["a transaction with malformed JSON", "/v1.0/state/statestore/transaction", "{"],
  ])("%s is 400 ERR_MALFORMED_REQUEST", async (_name, path, body) => {
    await expectError(await send("POST", path, body), 400, "ERR_MALFORMED_REQUEST");
    await expectStillServing();
  });

  it("a transaction with an unknown operation is 400 ERR_NOT_SUPPORTED_STATE_OPERATION and applies nothing", async () => {
    const body = JSON.stringify({
      operations: [
        { operation: "upsert", request: { key: "tx-partial", value: 1 } },
        { operation: "merge", request: { key: "keep", value: 2 } },
      ],
    });
    const err = await expectError(await send("POST", "/v1.0/state/statestore/transaction", body), 400, "ERR_NOT_SUPPORTED_STATE_OPERATION");
    expect(err.message).toContain("merge");
    expect((await fetch(`${sc.httpUrl}/v1.0/state/statestore/tx-partial`)).status).toBe(204);
    await expectStillServing();
  });

  it.each(
    [
      ["a word", "soon"],
      ["a fraction", "1.5"],
      ["a whole number written as a decimal", "1.0"],
      ["hexadecimal", "0x10"],
      ["padded with spaces", " 5"],
      ["past 2^31-1", "2147483648"],
      ["below -1", "-2"],
    ].flatMap(([what, ttl]) => [
      [what!, ttl!, "in the item's metadata"],
      [what!, ttl!, "in a metadata.ttlInSeconds query parameter"],
    ]),
  )("a ttlInSeconds that is %s (%j) %s is ERR_STATE_SAVE (500, as daprd answers a store's TTL error) and saves nothing", async (_what, ttl, where) => {
    const key = `ttl-bad-${where.length}`;
    const res = where.startsWith("in the item")
      ? await send("POST", "/v1.0/state/statestore", JSON.stringify([{ key, value: 1, metadata: { ttlInSeconds: ttl } }]))
      : await send("POST", `/v1.0/state/statestore?metadata.ttlInSeconds=${encodeURIComponent(ttl)}`, JSON.stringify([{ key, value: 1 }]));
    const err = await expectError(res, 500, "ERR_STATE_SAVE");
    expect(err.message).toContain("ttlInSeconds");
    expect((await fetch(`${sc.httpUrl}/v1.0/state/statestore/${key}`)).status).toBe(204);
    await expectStillServing();
  });
});

describe("unknown stores", () => {
  it.each([
    ["GET", "/v1.0/state/nostore/k", undefined],
    ["POST", "/v1.0/state/nostore", '[{"key": "k", "value": 1}]'],
    ["DELETE", "/v1.0/state/nostore/k", undefined],
    ["POST", "/v1.0/state/nostore/bulk", '{"keys": ["k"]}'],
    ["POST", "/v1.0/state/nostore/transaction", '{"operations": [{"operation": "upsert", "request": {"key": "k", "value": 1}}]}'],
  ])("%s %s is 400 ERR_STATE_STORE_NOT_FOUND", async (method, path, body) => {
    const err = await expectError(await send(method, path, body), 400, "ERR_STATE_STORE_NOT_FOUND");
    expect(err.message).toBe("state store nostore is not found");
    expect(err.details).toContainEqual({ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "DAPR_STATE_NOT_FOUND", domain: "dapr.io", metadata: { appID: "errors" } });
  });
});

describe("body size", () => {
  it("refuses a body over the default 4 MiB and keeps serving", async () => {
    const big = JSON.stringify([{ key: "big", value: "x".repeat(4 * 1024 * 1024) }]);
    const err = await expectError(await send("POST", "/v1.0/state/statestore", big), 413, "ERR_BODY_TOO_LARGE");
    expect(err.message).toContain(String(4 * 1024 * 1024));
    expect((await fetch(`${sc.httpUrl}/v1.0/state/statestore/big`)).status).toBe(204);
    await expectStillServing();
  });

  it("accepts a body just under 4 MiB", async () => {
    const value = "y".repeat(4 * 1024 * 1024 - 100);
    expect((await send("POST", "/v1.0/state/statestore", JSON.stringify([{ key: "almost", value }]))).status).toBe(204);
    expect(((await (await fetch(`${sc.httpUrl}/v1.0/state/statestore/almost`)).json()) as string).length).toBe(value.length);
  });

  it("applies --max-body-size 1Ki", async () => {
    const over = JSON.stringify([{ key: "over", value: "z".repeat(1100) }]);
    const err = await expectError(await send("POST", "/v1.0/state/statestore", over, {}, small), 413, "ERR_BODY_TOO_LARGE");
    expect(err.message).toContain("1024");
    const under = JSON.stringify([{ key: "under", value: "z".repeat(900) }]);
    expect((await send("POST", "/v1.0/state/statestore", under, {}, small)).status).toBe(204);
    await expectStillServing(small);
  });

  it("refuses a chunked body that grows past the limit", async () => {
    const chunks = ['[{"key": "chunked", "value": "', "q".repeat(2000), '"}]'];
    const res = await postChunked(`${small.httpUrl}/v1.0/state/statestore`, chunks);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ errorCode: "ERR_BODY_TOO_LARGE" });
    expect((await fetch(`${small.httpUrl}/v1.0/state/statestore/chunked`)).status).toBe(204);
    await expectStillServing(small);
  });
});

/** POSTs a body with Transfer-Encoding: chunked (no Content-Length). */
function postChunked(url: string, chunks: readonly string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json" }, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    // One write per chunk, a moment apart, so the sidecar sees the body grow past the limit mid-stream.
    void (async () => {
      for (const c of chunks) {
        if (req.destroyed) return;
        req.write(c);
        await new Promise((r) => setTimeout(r, 20));
      }
      req.end();
    })();
  });
}

describe("routes that do not exist", () => {
  it.each([
    ["an unknown path", "GET", "/v1.0/nowhere"],
    ["an unknown version", "GET", "/v2.0/state/statestore/keep"],
    ["a GET on a POST-only route", "GET", "/v1.0/state/statestore"],
    ["a PATCH on the state route", "PATCH", "/v1.0/state/statestore/keep"],
    ["a DELETE on the metadata route", "DELETE", "/v1.0/metadata"],
  ])("%s goes to the invocation fallback: 404 ERR_DIRECT_INVOKE without a dapr-app-id", async (_name, method, path) => {
    const err = await expectError(await send(method, path), 404, "ERR_DIRECT_INVOKE");
    expect(err.message).toBe("failed getting app id either from the URL path or the header dapr-app-id");
    await expectStillServing();
  });
});
