/**
 * Wire compatibility of pillion's protos with the ones Dapr's official Python
 * SDK 1.18.3 was generated from: every package, message, field (name,
 * number, type, type name, label, proto3 optional, oneof, JSON name), map
 * entry, enum value, service and method (types, streaming) must match.
 * The SDK is installed from PyPI into a cached virtualenv; its *_pb2 modules
 * carry the serialized FileDescriptorProtos.
 */
import { fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runBuf } from "../../codegen/src/buf.js";
import { diffElements, flattenFiles, type DescriptorException, type Element } from "../tools/descriptor-diff.js";
import { daprPythonSdk, runPythonTool } from "../tools/python-sdk.js";

const sdkVersion = "1.18.3";
const root = fileURLToPath(new URL("../../", import.meta.url));
const daprFile = (name: string) => /^dapr\/proto\/(common|runtime)\/v1\/[^/]+\.proto$/.test(name);

/**
 * Where the 1.18.3 Python SDK's protos differ from Dapr's v1.18.3 runtime
 * protos (checked against the dapr/dapr tag v1.18.3), pillion follows the
 * runtime. Each entry names the element and why.
 */
const exceptions: readonly DescriptorException[] = [
  {
    key: "message .dapr.proto.runtime.v1.Job field 6",
    reason:
      "Job.data is `optional google.protobuf.Any data = 6` in the dapr/dapr v1.18.3 runtime (made optional by dapr/dapr#10292, " +
      "fix for jobs scheduled over HTTP without data) while the 1.18.3 Python SDK still ships it without `optional`; " +
      "for a message field this changes neither the wire format nor the JSON name, only the synthetic oneof _data",
  },
];

let dapr: Map<string, Element>;
let pillion: Map<string, Element>;

beforeAll(() => {
  const python = daprPythonSdk(sdkVersion);
  const theirs = fromBinary(FileDescriptorSetSchema, runPythonTool(python, "dump_dapr_descriptors.py"));
  const ours = fromBinary(FileDescriptorSetSchema, runBuf(["build", "--as-file-descriptor-set", "-o", "-"], root));
  dapr = flattenFiles(theirs.file, daprFile);
  pillion = flattenFiles(ours.file, daprFile);
}, 600_000);

describe(`pillion's protos against the Dapr Python SDK ${sdkVersion}`, () => {
  it("read a meaningful amount from both sides", () => {
    const count = (m: Map<string, Element>, kind: string) => [...m.keys()].filter((k) => k.startsWith(`${kind} `) && !k.includes(" field ") && !k.includes(" method ") && !k.includes(" value ")).length;
    // Sanity floor: the Dapr service alone has dozens of methods and hundreds of messages.
    expect(count(dapr, "message")).toBeGreaterThan(200);
    expect(count(dapr, "service")).toBeGreaterThanOrEqual(4);
    expect(dapr.has("service .dapr.proto.runtime.v1.Dapr method GetState")).toBe(true);
    expect(pillion.has("service .dapr.proto.runtime.v1.Dapr method GetState")).toBe(true);
  });

  it("match message by message, field by field", () => {
    const result = diffElements(dapr, pillion, { expectedName: `dapr ${sdkVersion} (Python SDK)`, actualName: "pillion", exceptions });
    expect(result.differences, `${result.differences.length} differences:\n${result.differences.join("\n")}`).toEqual([]);
    expect(result.unusedExceptions.map((x) => x.key), "exceptions that no longer match a difference (remove them)").toEqual([]);
  });
});
