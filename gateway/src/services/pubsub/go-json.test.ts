import { describe, expect, it } from "vitest";
import { JsonNumber, JsonSyntaxError, marshalJson, parseFirstJson, parseJson, quote, toPlain } from "./go-json.js";

describe("Go-style JSON", () => {
  it("round-trips with sorted keys, no whitespace and exact numbers", () => {
    const v = parseJson(' { "b" : [ 1 , 2.50, -3e+2 ], "a" : { "y": null, "x": true }, "big": 123456789012345678901234567890 } ');
    expect(marshalJson(v)).toBe('{"a":{"x":true,"y":null},"b":[1,2.50,-3e+2],"big":123456789012345678901234567890}');
  });

  it("escapes strings like encoding/json", () => {
    expect(quote('a"b\\c\n\r\t\b\f')).toBe('"a\\"b\\\\c\\n\\r\\t\\b\\f"');
    expect(quote("<a href='x'>&</a>")).toBe('"\\u003ca href=\'x\'\\u003e\\u0026\\u003c/a\\u003e"');
    expect(quote("\u0001\u2028\u2029")).toBe('"\\u0001\\u2028\\u2029"');
    expect(quote("😀 é")).toBe('"😀 é"');
    expect(quote("lone \ud800 surrogate")).toBe('"lone \\ufffd surrogate"');
  });

  it("decodes escapes and keeps the last of duplicate keys", () => {
    const v = parseJson('{"k":"\\u00e9\\n\\/","k2":1,"k2":2}');
    expect(toPlain(v)).toEqual({ k: "é\n/", k2: 2 });
  });

  it("keeps keys such as __proto__ as plain data", () => {
    const v = parseJson('{"__proto__":{"polluted":true}}');
    expect(marshalJson(v)).toBe('{"__proto__":{"polluted":true}}');
    const plain = toPlain(v) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("reads only the first value with parseFirstJson, the whole text with parseJson", () => {
    expect(toPlain(parseFirstJson('{"a":1} {"b":2}'))).toEqual({ a: 1 });
    expect(() => parseJson('{"a":1} x')).toThrow(JsonSyntaxError);
  });

  it("rejects invalid JSON", () => {
    for (const bad of ["", "{", "[1,]", '{"a" 1}', "01", "tru", '"\u0001"', "{'a':1}", "1.", "-"]) {
      expect(() => parseJson(bad), bad).toThrow(JsonSyntaxError);
    }
  });

  it("keeps number text", () => {
    const v = parseJson("1.0e10");
    expect(v).toBeInstanceOf(JsonNumber);
    expect((v as JsonNumber).text).toBe("1.0e10");
  });
});
