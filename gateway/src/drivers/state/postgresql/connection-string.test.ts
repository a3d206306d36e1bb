import { describe, expect, it } from "vitest";
import { parseConnectionString } from "./connection-string.js";

describe("parseConnectionString", () => {
  it("reads Dapr's documented keyword/value form", () => {
    expect(parseConnectionString("host=localhost user=postgres password=example port=5432 connect_timeout=10 database=dapr_test")).toEqual({
      config: { host: "localhost", user: "postgres", password: "example", port: 5432, connectionTimeoutMillis: 10_000, database: "dapr_test" },
      ignored: [],
    });
  });

  it("handles quoting, escapes, dbname, sslmode and unknown keywords", () => {
    const { config, ignored } = parseConnectionString(`host = db.example dbname='my db' password='it\\'s \\\\ secret' sslmode=require pool_min_conns=2`);
    expect(config).toMatchObject({ host: "db.example", database: "my db", password: "it's \\ secret", ssl: { rejectUnauthorized: false } });
    expect(ignored).toEqual(["pool_min_conns"]);
  });

  it("passes URLs through", () => {
    expect(parseConnectionString("postgres://u:p@h:1/d?sslmode=disable").config).toEqual({ connectionString: "postgres://u:p@h:1/d?sslmode=disable" });
  });

  it.each([
    ["host", /expected "keyword=value"/],
    ["port=abc", /port "abc" is not a number/],
    ["password='open", /unterminated quoted value/],
    ["sslmode=sometimes", /sslmode "sometimes"/],
  ])("rejects %s", (text, message) => {
    expect(() => parseConnectionString(text)).toThrow(message);
  });
});
