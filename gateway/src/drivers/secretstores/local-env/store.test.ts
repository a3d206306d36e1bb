import { describe, expect, it } from "vitest";
import { createLogger } from "../../../util/logger.js";
import { EnvSecretStore } from "./store.js";

function store(prefix: string, env: Record<string, string>) {
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", write: (l) => lines.push(l) });
  return { s: new EnvSecretStore({ prefix, env, logger }), lines };
}

const meta = { metadata: {} };

describe("EnvSecretStore", () => {
  it("answers a variable as {name: value}, and an unset one as an empty value", async () => {
    const { s } = store("", { DB_PASSWORD: "hunter2" });
    expect(await s.getSecret({ name: "DB_PASSWORD", ...meta })).toEqual({ DB_PASSWORD: "hunter2" });
    expect(await s.getSecret({ name: "NOT_SET", ...meta })).toEqual({ NOT_SET: "" });
  });

  it("reads prefix + name and lists only prefixed variables, named without the prefix", async () => {
    const { s } = store("MYAPP_", { MYAPP_DB: "d", MYAPP_API: "a", OTHER: "o", MYAPP_: "bare", myapp_LOWER: "l" });
    expect(await s.getSecret({ name: "DB", ...meta })).toEqual({ DB: "d" });
    expect(await s.getSecret({ name: "OTHER", ...meta })).toEqual({ OTHER: "" });
    expect(await s.bulkGetSecret(meta)).toEqual({ DB: { DB: "d" }, API: { API: "a" } });
  });

  it("never gives out DAPR_* variables or APP_API_TOKEN, in any case", async () => {
    const { s, lines } = store("", { DAPR_API_TOKEN: "secret", dapr_http_port: "3500", APP_API_TOKEN: "t", SAFE: "ok" });
    expect(await s.getSecret({ name: "DAPR_API_TOKEN", ...meta })).toEqual({ DAPR_API_TOKEN: "" });
    expect(await s.getSecret({ name: "app_api_token", ...meta })).toEqual({ app_api_token: "" });
    expect(lines.join("\n")).toContain("DAPR_API_TOKEN is forbidden");
    expect(await s.bulkGetSecret(meta)).toEqual({ SAFE: { SAFE: "ok" } });
  });

  it("applies the deny list to the prefixed name", async () => {
    const { s } = store("DAPR_", { DAPR_X: "x" });
    expect(await s.getSecret({ name: "X", ...meta })).toEqual({ X: "" });
    expect(await s.bulkGetSecret(meta)).toEqual({});
  });
});
