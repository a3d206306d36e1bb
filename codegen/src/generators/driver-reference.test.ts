import { describe, expect, it } from "vitest";
import type { DriverDefinition } from "../../../gateway/src/components/definition.js";
import { defineMetadata } from "../../../gateway/src/components/metadata-schema.js";
import { driversBegin, driversEnd, renderDriverReference, spliceDriverReference } from "./driver-reference.js";

const store: DriverDefinition = {
  kind: "state",
  type: "demo",
  versions: ["v1", "v2"],
  description: "A demo | store.",
  metadata: defineMetadata({
    host: { type: "string", required: true, description: "The host." },
    timeout: { type: "duration", default: 90_000, aliases: ["timeoutInSeconds"], description: "A timeout." },
    mode: { type: "string", default: "a", oneOf: ["a", "b"], sensitive: true, description: "The mode." },
  }),
  features: ["ETAG", "TTL"],
  create: () => ({}),
};
const binding = {
  kind: "bindings",
  type: "pipe",
  versions: ["v1"],
  description: "A binding.",
  metadata: {},
  features: ["INPUT_BINDING", "OUTPUT_BINDING"],
  operations: ["create", "get"],
  input: true,
  output: true,
  create: () => ({}),
} as DriverDefinition;

describe("driver reference", () => {
  it("lists each driver once, sorted, with its features, operations and fields from the declaration", () => {
    const md = renderDriverReference([store, binding]);
    expect(md.indexOf("### bindings.pipe")).toBeLessThan(md.indexOf("### state.demo"));
    expect(md).toContain("| [`state.demo`](#statedemo) | v1, v2 | ETAG, TTL |");
    expect(md).toContain("| [`bindings.pipe`](#bindingspipe) | v1 | input; output (create, get) |");
    expect(md).toContain("A demo \\| store.");
    expect(renderDriverReference([{ ...store, description: "Posts to /<name>, or `<x>`." }])).toContain("Posts to /&lt;name>, or `<x>`.");
    expect(md).toContain("- Operations: `create`, `get`");
    expect(md).toContain("| `host` | string | required | The host. |");
    expect(md).toContain("| `timeout` / `timeoutInSeconds` | duration | default `90s` | A timeout. |");
    expect(md).toContain("| `mode` | string (sensitive) | default `a` | The mode. One of: `a`, `b`. |");
    expect(renderDriverReference([binding, store])).toBe(md);
  });

  it("replaces only what is between the markers, and says when they are missing", () => {
    const readme = `# x\n\n${driversBegin}\nold\n${driversEnd}\n\nafter\n`;
    const once = spliceDriverReference(readme, "new");
    expect(once).toBe(`# x\n\n${driversBegin}\n\nnew\n\n${driversEnd}\n\nafter\n`);
    expect(spliceDriverReference(once, "new")).toBe(once);
    expect(() => spliceDriverReference("# no markers", "x")).toThrow(/markers/);
  });
});
