import { describe, expect, it } from "vitest";
import { compareForSort, matchesFilter, parseStateQuery, QueryError, valueAt } from "./query.js";

describe("parseStateQuery", () => {
  it("parses Dapr's documented example", () => {
    const q = parseStateQuery(
      JSON.stringify({
        filter: { OR: [{ EQ: { "person.org": "Dev Ops" } }, { AND: [{ EQ: { "person.org": "Finance" } }, { IN: { state: ["CA", "WA"] } }] }] },
        sort: [{ key: "state", order: "DESC" }, { key: "person.id" }],
        page: { limit: 3, token: "6" },
      }),
    );
    expect(q).toEqual({
      filter: {
        op: "OR",
        filters: [
          { op: "EQ", key: "person.org", path: ["person", "org"], value: "Dev Ops" },
          {
            op: "AND",
            filters: [
              { op: "EQ", key: "person.org", path: ["person", "org"], value: "Finance" },
              { op: "IN", key: "state", path: ["state"], values: ["CA", "WA"] },
            ],
          },
        ],
      },
      sort: [
        { key: "state", path: ["state"], order: "DESC" },
        { key: "person.id", path: ["person", "id"], order: "ASC" },
      ],
      limit: 3,
      offset: 6,
    });
  });

  it("accepts an empty query and an empty filter", () => {
    expect(parseStateQuery("{}")).toEqual({ sort: [], limit: 0, offset: 0 });
    expect(parseStateQuery({ filter: {} })).toEqual({ sort: [], limit: 0, offset: 0 });
  });

  it.each([
    ["not json", /failed to parse JSON query body/],
    ["[]", /must be a JSON object/],
    ['{"filters": {}}', /filters: is not a query field/],
    ['{"filter": {"EQ": {"a": 1}, "IN": {"b": [1]}}}', /filter: a filter must have exactly one operator/],
    ['{"filter": {"LIKE": {"a": 1}}}', /filter: unsupported filter "LIKE"/],
    ['{"filter": {"EQ": {"a": 1, "b": 2}}}', /filter\.EQ: must contain a single key\/value pair/],
    ['{"filter": {"EQ": {"a": {"nested": true}}}}', /filter\.EQ\.a: the value must be a string, number, boolean or null/],
    ['{"filter": {"EQ": {"a..b": 1}}}', /is not a key/],
    ['{"filter": {"IN": {"a": 1}}}', /filter\.IN\.a: IN takes an array/],
    ['{"filter": {"IN": {"a": []}}}', /IN needs at least one value/],
    ['{"filter": {"AND": [{"EQ": {"a": 1}}]}}', /filter\.AND: must contain at least two filters/],
    ['{"filter": {"OR": {"EQ": {"a": 1}}}}', /filter\.OR: must be an array/],
    ['{"filter": {"AND": [{"EQ": {"a": 1}}, {"GT": {"b": true}}]}}', /filter\.AND\[1\]\.GT\.b: GT compares a number or a string/],
    ['{"sort": {"key": "a"}}', /sort: must be an array/],
    ['{"sort": [{"key": "a", "order": "UP"}]}', /sort\[0\]\.order: "UP" is not ASC or DESC/],
    ['{"sort": [{"order": "ASC"}]}', /sort\[0\]\.key: is required/],
    ['{"page": {"limit": -1}}', /page\.limit: must be a whole number/],
    ['{"page": {"limit": 1.5}}', /page\.limit/],
    ['{"page": {"token": "abc"}}', /page\.token: "abc" is not a token/],
  ])("rejects %s", (text, message) => {
    expect(() => parseStateQuery(text)).toThrow(QueryError);
    expect(() => parseStateQuery(text)).toThrow(message);
  });

  it("bounds the nesting depth", () => {
    let f: unknown = { EQ: { a: 1 } };
    for (let i = 0; i < 40; i++) f = { AND: [f, { EQ: { b: 2 } }] };
    expect(() => parseStateQuery({ filter: f })).toThrow(/nest deeper than/);
  });
});

describe("reference semantics", () => {
  const doc = { person: { org: "Dev Ops", id: 1036 }, city: "Seattle", tags: ["a", "b"], none: null, score: 7.5 };
  const match = (filter: unknown) => matchesFilter(doc, parseStateQuery({ filter }).filter!);

  it("reads dotted paths and array indexes", () => {
    expect(valueAt(doc, ["person", "org"])).toBe("Dev Ops");
    expect(valueAt(doc, ["tags", "1"])).toBe("b");
    expect(typeof valueAt(doc, ["person", "missing"])).toBe("symbol");
  });

  it("compares by JSON type and value", () => {
    expect(match({ EQ: { "person.id": 1036 } })).toBe(true);
    expect(match({ EQ: { "person.id": "1036" } })).toBe(false);
    expect(match({ EQ: { none: null } })).toBe(true);
    expect(match({ EQ: { missing: null } })).toBe(false);
    expect(match({ NEQ: { city: "Portland" } })).toBe(true);
    expect(match({ NEQ: { missing: "x" } })).toBe(false);
    expect(match({ IN: { city: ["Portland", "Seattle"] } })).toBe(true);
    expect(match({ GT: { score: 7 } })).toBe(true);
    expect(match({ GTE: { score: 7.5 } })).toBe(true);
    expect(match({ LT: { score: 7.5 } })).toBe(false);
    expect(match({ LTE: { city: "Seattle" } })).toBe(true);
    expect(match({ GT: { city: 1 } })).toBe(false);
    expect(match({ AND: [{ EQ: { city: "Seattle" } }, { OR: [{ EQ: { "person.org": "x" } }, { EQ: { "tags.0": "a" } }] }] })).toBe(true);
  });

  it("sorts like PostgreSQL orders jsonb, missing fields last in ASC and first in DESC", () => {
    const docs = [{ v: 2 }, { v: "b" }, {}, { v: null }, { v: 10 }, { v: true }, { v: "a" }];
    const asc = [...docs].sort((a, b) => compareForSort(a, b, [{ key: "v", path: ["v"], order: "ASC" }]));
    expect(asc).toEqual([{ v: null }, { v: "a" }, { v: "b" }, { v: 2 }, { v: 10 }, { v: true }, {}]);
    const desc = [...docs].sort((a, b) => compareForSort(a, b, [{ key: "v", path: ["v"], order: "DESC" }]));
    expect(desc).toEqual([{}, { v: true }, { v: 10 }, { v: 2 }, { v: "b" }, { v: "a" }, { v: null }]);
  });
});
