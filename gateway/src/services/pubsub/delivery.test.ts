import { describe, expect, it } from "vitest";
import { appPath, grpcData } from "./delivery.js";
import { parseJson, type JsonMap } from "./go-json.js";

const ce = (json: string) => parseJson(json) as JsonMap;
const text = (b: Uint8Array) => Buffer.from(b).toString();

describe("the app route of a delivery", () => {
  it("is rooted and cleaned like Go's path.Clean", () => {
    expect(appPath("orders")).toBe("/orders");
    expect(appPath("/orders")).toBe("/orders");
    expect(appPath("a//b/./c/../d/")).toBe("/a/b/d");
    expect(appPath("/../../etc")).toBe("/etc");
    expect(appPath("")).toBe("/");
    expect(appPath("orders?x=1")).toBe("/orders?x=1");
    expect(appPath("../a")).toBe("/../a");
    expect(appPath("a/../..")).toBe("/..");
  });
});

describe("TopicEventRequest.data", () => {
  it("decodes data_base64", () => {
    expect([...grpcData(ce('{"data_base64":"AAH/","datacontenttype":"application/octet-stream"}'))]).toEqual([0, 1, 255]);
    expect(() => grpcData(ce('{"data_base64":"not base64!"}'))).toThrow();
    expect(() => grpcData(ce('{"data_base64":5}'))).toThrow();
  });

  it("re-encodes JSON data compactly, passes text as its bytes, and leaves other types empty", () => {
    expect(text(grpcData(ce('{"datacontenttype":"application/json","data":{ "b": 1, "a": [true] }}')))).toBe('{"a":[true],"b":1}');
    expect(text(grpcData(ce('{"datacontenttype":"application/json","data":"s"}')))).toBe('"s"');
    expect(text(grpcData(ce('{"datacontenttype":"text/plain","data":"héllo"}')))).toBe("héllo");
    expect(text(grpcData(ce('{"datacontenttype":"application/xml","data":"<a/>"}')))).toBe("<a/>");
    expect(() => grpcData(ce('{"datacontenttype":"text/plain","data":{"x":1}}'))).toThrow(/unexpected data type/);
    expect(grpcData(ce('{"datacontenttype":"application/x-custom","data":"x"}'))).toHaveLength(0);
    expect(grpcData(ce('{"datacontenttype":"application/json","data":null}'))).toHaveLength(0);
  });
});
