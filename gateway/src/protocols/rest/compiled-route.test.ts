import { describe, expect, it } from "vitest";
import { restRoutes } from "../../gen/rest-routes.js";
import { compileRoute, type CompiledRoute } from "./compiled-route.js";

const compiled = new Map<string, CompiledRoute>();
for (const r of restRoutes) if (!r.handler) compiled.set(`${r.verb} ${r.path}`, compileRoute(r));
const get = (key: string) => {
  const c = compiled.get(key);
  if (!c) throw new Error(`no route ${key}`);
  return c;
};

describe("compileRoute on the generated route table", () => {
  it("compiles every transcoded route", () => {
    expect(compiled.size).toBe(restRoutes.filter((r) => !r.handler).length);
    expect(compiled.size).toBeGreaterThan(50);
  });

  it("resolves DeleteState: If-Match into etag, inline options as top-level query parameters", () => {
    const c = get("DELETE /v1.0/state/{store_name}/{key}");
    expect(c.requestHeaders.map((h) => [h.header, h.path.text, h.kind])).toEqual([["if-match", "etag", "wrapped"]]);
    expect(c.query.get("concurrency")?.path.text).toBe("options.concurrency");
    expect(c.query.get("consistency")?.path.text).toBe("options.consistency");
    expect(c.query.has("options.consistency")).toBe(false);
    expect(c.query.has("key")).toBe(false);
    expect(c.metadataQuery?.text).toBe("metadata");
  });

  it("resolves raw bodies into bytes and string fields", () => {
    expect(get("POST /v1.0/publish/{pubsub_name}/{topic=**}")).toMatchObject({ bodyMode: "raw", rawBodyIsText: false });
    expect(get("PUT /v1.0/metadata/{key}")).toMatchObject({ bodyMode: "raw", rawBodyIsText: true });
    expect(get("POST /v1.0-alpha1/state/{store_name}/query")).toMatchObject({ bodyMode: "raw", rawBodyIsText: true });
  });

  it("resolves the crypto headers, the bool one included, and the default content type", () => {
    const c = get("PUT /v1.0-alpha1/crypto/{options.component_name}/encrypt");
    expect(c.requestHeaders.find((h) => h.header === "dapr-omit-decryption-key-name")?.kind).toBe("bool");
    expect(c.defaultContentType).toBe("application/octet-stream");
  });
});
