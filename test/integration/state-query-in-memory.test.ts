/**
 * The state query API (QueryStateAlpha1, POST /v1.0-alpha1/state/{store}/query)
 * on the in-memory state store, through a real pillion process, over REST
 * and every RPC transport: every filter the query language has, sorting,
 * paging through all results with tokens, 204 when nothing matches,
 * malformed queries answered with ERR_STATE_QUERY naming
 * the place, and a store that cannot query (Redis) answered with Dapr's
 * not-supported error.
 */
import { Code, createClient, type Client } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { componentYaml } from "../conformance/state/index.js";
import { rpcError } from "../harness/rpc-error.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startRedis, type RedisServer } from "../servers/index.js";
import { rpcTransports } from "../tools/rpc-transports.js";

interface Person {
  name: string;
  org: string;
  age: number;
  address: { state: string };
  manager?: boolean;
}

const people: Person[] = [
  { name: "ada", org: "research", age: 36, address: { state: "WA" }, manager: true },
  { name: "bo", org: "ops", age: 28, address: { state: "CA" } },
  { name: "cy", org: "research", age: 41, address: { state: "OR" } },
  { name: "di", org: "sales", age: 23, address: { state: "WA" } },
  { name: "ed", org: "ops", age: 52, address: { state: "WA" }, manager: true },
  { name: "fay", org: "research", age: 30, address: { state: "CA" } },
  { name: "gus", org: "sales", age: 45, address: { state: "NY" }, manager: true },
  { name: "hal", org: "ops", age: 33, address: { state: "OR" } },
  { name: "ivy", org: "research", age: 27, address: { state: "NY" } },
  { name: "jo", org: "legal", age: 61, address: { state: "CA" } },
  { name: "kim", org: "sales", age: 38, address: { state: "WA" } },
];

let sc: SidecarProcess;
let redis: RedisServer;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  redis = await startRedis();
  dir = tempDir({
    "statestore.yaml": componentYaml("statestore", "state.in-memory", {}),
    "redisstore.yaml": componentYaml("redisstore", "state.redis", { redisHost: redis.address }),
  });
  sc = await startSidecar({ appId: "querier", resourcesPaths: [dir.path] });
  const save = await fetch(`${sc.httpUrl}/v1.0/state/statestore`, {
    method: "POST",
    body: JSON.stringify([
      ...people.map((p) => ({ key: `person-${p.name}`, value: p })),
      { key: "a-string", value: "just text" },
      { key: "a-number", value: 7 },
    ]),
  });
  expect(save.status).toBe(204);
  // A value that is not JSON: part of a query without a filter, never of a filtered one.
  await createClient(Dapr, rpcTransports[0]!.create(sc)).saveState({ storeName: "statestore", states: [{ key: "binary", value: new Uint8Array([0xff, 0x00]) }] });
}, 60_000);
afterAll(async () => {
  await sc?.stop();
  dir?.remove();
  await redis?.close();
});

interface Answer {
  status: number;
  body?: { results: { key: string; data: unknown; etag: string }[]; token?: string } & Record<string, unknown>;
}

async function restQuery(query: unknown, store = "statestore", base = sc.httpUrl): Promise<Answer> {
  const res = await fetch(`${base}/v1.0-alpha1/state/${store}/query`, { method: "POST", body: typeof query === "string" ? query : JSON.stringify(query) });
  const text = await res.text();
  return { status: res.status, ...(text !== "" && { body: JSON.parse(text) as Answer["body"] }) };
}

const names = async (query: unknown) => ((await restQuery(query)).body?.results ?? []).map((r) => (r.data as Person).name);

describe("REST", () => {
  it("filters with EQ, NEQ, IN, GT, GTE, LT, LTE, AND and OR on dotted keys", async () => {
    const sorted = { sort: [{ key: "name" }] };
    expect(await names({ filter: { EQ: { org: "research" } }, ...sorted })).toEqual(["ada", "cy", "fay", "ivy"]);
    expect(await names({ filter: { EQ: { "address.state": "NY" } }, ...sorted })).toEqual(["gus", "ivy"]);
    expect(await names({ filter: { NEQ: { org: "research" } }, ...sorted })).toEqual(["bo", "di", "ed", "gus", "hal", "jo", "kim"]);
    expect(await names({ filter: { IN: { org: ["legal", "sales"] } }, ...sorted })).toEqual(["di", "gus", "jo", "kim"]);
    expect(await names({ filter: { GT: { age: 45 } }, ...sorted })).toEqual(["ed", "jo"]);
    expect(await names({ filter: { GTE: { age: 45 } }, ...sorted })).toEqual(["ed", "gus", "jo"]);
    expect(await names({ filter: { LT: { age: 28 } }, ...sorted })).toEqual(["di", "ivy"]);
    expect(await names({ filter: { LTE: { age: 28 } }, ...sorted })).toEqual(["bo", "di", "ivy"]);
    expect(await names({ filter: { AND: [{ EQ: { org: "ops" } }, { EQ: { "address.state": "WA" } }] } })).toEqual(["ed"]);
    const nested = { OR: [{ EQ: { manager: true } }, { AND: [{ EQ: { org: "ops" } }, { LT: { age: 30 } }] }] };
    expect(await names({ filter: nested, ...sorted })).toEqual(["ada", "bo", "ed", "gus"]);
    // Types are compared exactly: the number 36 is not the string "36".
    expect((await restQuery({ filter: { EQ: { age: "36" } } })).status).toBe(204);
  });

  it("answers Dapr's JSON: results with the app's keys, the value embedded as JSON and the ETag", async () => {
    const res = await restQuery({ filter: { EQ: { name: "ada" } } });
    expect(res.status).toBe(200);
    expect(res.body!.results).toHaveLength(1);
    const [ada] = res.body!.results;
    expect(ada!.key).toBe("person-ada");
    expect(ada!.data).toEqual(people[0]);
    const get = await fetch(`${sc.httpUrl}/v1.0/state/statestore/person-ada`);
    expect(ada!.etag).toBe(get.headers.get("etag"));
    expect(res.body!.token).toBeUndefined();
  });

  it("sorts by several keys in either order", async () => {
    expect(await names({ filter: { EQ: { org: "ops" } }, sort: [{ key: "age", order: "DESC" }] })).toEqual(["ed", "hal", "bo"]);
    const byStateThenAge = await names({ filter: { IN: { "address.state": ["WA", "CA"] } }, sort: [{ key: "address.state" }, { key: "age", order: "DESC" }] });
    expect(byStateThenAge).toEqual(["jo", "fay", "bo", "ed", "kim", "ada", "di"]);
  });

  it("pages through every result with tokens, the last page without one", async () => {
    const query = { filter: { NEQ: { org: "nobody" } }, sort: [{ key: "age" }] };
    const pages: string[][] = [];
    let token: string | undefined;
    do {
      const res = await restQuery({ ...query, page: { limit: 3, ...(token && { token }) } });
      expect(res.status).toBe(200);
      pages.push(res.body!.results.map((r) => (r.data as Person).name));
      token = res.body!.token;
    } while (token && pages.length < 20);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 2]);
    expect(pages.flat()).toEqual([...people].sort((a, b) => a.age - b.age).map((p) => p.name));
  });

  it("answers every value, JSON or not, to a query without a filter, and 204 when nothing matches", async () => {
    const all = await restQuery({});
    expect(all.body!.results.map((r) => r.key).sort()).toEqual([...people.map((p) => `person-${p.name}`), "a-number", "a-string", "binary"].sort());
    expect(all.body!.results.find((r) => r.key === "a-string")!.data).toBe("just text");
    expect(await restQuery({ filter: { EQ: { org: "nobody" } } })).toEqual({ status: 204 });
  });

  it("answers malformed queries with ERR_STATE_QUERY naming the place, and keeps serving", async () => {
    const cases: [unknown, string][] = [
      ["{not json", "failed to parse JSON query body"],
      [{ filter: { LIKE: { name: "a%" } } }, 'filter: unsupported filter "LIKE"'],
      [{ filter: { AND: [{ EQ: { org: "ops" } }] } }, "filter.AND: must contain at least two filters"],
      [{ filter: { OR: [{ EQ: { org: "ops" } }, { GT: { age: true } }] } }, "filter.OR[1].GT.age: GT compares a number or a string, not boolean"],
      [{ filter: { IN: { org: [] } } }, "filter.IN.org: IN needs at least one value"],
      [{ sort: [{ key: "age", order: "UP" }] }, 'sort[0].order: "UP" is not ASC or DESC'],
      [{ page: { limit: -1 } }, "page.limit: must be a whole number, 0 or more"],
      [{ page: { limit: 2, token: "not-a-token" } }, 'page.token: "not-a-token" is not a token a previous query returned'],
      [{ where: {} }, 'where: is not a query field (use "filter", "sort" and "page")'],
    ];
    for (const [query, detail] of cases) {
      const res = await restQuery(query);
      expect(res.status, JSON.stringify(query)).toBe(500);
      expect(res.body!["errorCode"]).toBe("ERR_STATE_QUERY");
      expect(res.body!["message"]).toContain("state store statestore query failed: failed to parse JSON query body");
      expect(res.body!["message"]).toContain(detail);
      expect(res.body!["details"]).toContainEqual(expect.objectContaining({ reason: "DAPR_STATE_QUERY_FAILED" }));
    }
    expect(await names({ filter: { EQ: { name: "kim" } } })).toEqual(["kim"]);
  });

  it("answers a store that cannot query, and an unknown store, with Dapr's errors", async () => {
    const redisAnswer = await restQuery({}, "redisstore");
    expect(redisAnswer.status).toBe(500);
    expect(redisAnswer.body).toMatchObject({ errorCode: "ERR_STATE_STORE_NOT_SUPPORTED", message: "state store does not support querying" });
    expect(redisAnswer.body!["details"]).toContainEqual(expect.objectContaining({ reason: "DAPR_STATE_QUERYING_NOT_SUPPORTED" }));
    const unknown = await restQuery({}, "nostore");
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ errorCode: "ERR_STATE_STORE_NOT_FOUND", message: "state store nostore is not found" });
  });
});

describe.each(rpcTransports)("$name", ({ create }) => {
  let client: Client<typeof Dapr>;
  beforeAll(() => {
    client = createClient(Dapr, create(sc));
  });
  const dec = new TextDecoder();

  it("pages through a filtered, sorted query with tokens", async () => {
    const query = { filter: { IN: { org: ["research", "ops"] } }, sort: [{ key: "name", order: "DESC" }] };
    const seen: string[] = [];
    let token = "";
    let pages = 0;
    do {
      const res = await client.queryStateAlpha1({ storeName: "statestore", query: JSON.stringify({ ...query, page: { limit: 2, token } }) });
      for (const r of res.results) {
        expect(r.etag).not.toBe("");
        seen.push((JSON.parse(dec.decode(r.data)) as Person).name);
      }
      token = res.token;
      pages++;
    } while (token !== "" && pages < 20);
    expect(pages).toBe(4);
    expect(seen).toEqual(["ivy", "hal", "fay", "ed", "cy", "bo", "ada"]);
  });

  it("answers no results, malformed queries and stores that cannot query with Dapr's codes", async () => {
    expect((await client.queryStateAlpha1({ storeName: "statestore", query: '{"filter":{"EQ":{"org":"nobody"}}}' })).results).toEqual([]);
    const bad = await rpcError(client.queryStateAlpha1({ storeName: "statestore", query: '{"filter":{"EQ":{}}}' }));
    expect(bad.code).toBe(Code.Internal);
    expect(bad.rawMessage).toContain("filter.EQ: must contain a single key/value pair");
    expect(bad.findDetails(ErrorInfoSchema)[0]?.reason).toBe("DAPR_STATE_QUERY_FAILED");
    const unsupported = await rpcError(client.queryStateAlpha1({ storeName: "redisstore", query: "{}" }));
    expect({ code: unsupported.code, message: unsupported.rawMessage }).toEqual({ code: Code.Internal, message: "state store does not support querying" });
  });
});
