import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { localStorageBinding } from "../../gateway/src/drivers/bindings/localstorage/index.js";
import { runBindingsConformance } from "../conformance/bindings/index.js";

const dec = new TextDecoder();
let root: string | undefined;

runBindingsConformance({
  name: "bindings.localstorage",
  definition: localStorageBinding as unknown as DriverDefinition,
  create: async () => {
    root = mkdtempSync(join(tmpdir(), "pillion-localstorage-"));
    return { rootPath: root };
  },
  cleanup: async () => {
    if (root) rmSync(root, { recursive: true, force: true });
  },
  operations: {
    create: async ({ invoke, unique }) => {
      await invoke("create", "hello", { fileName: `${unique}.txt` });
      expect(dec.decode((await invoke("get", undefined, { fileName: `${unique}.txt` }))?.data)).toBe("hello");
    },
    get: async ({ invoke, unique }) => {
      await invoke("create", "read me", { fileName: `${unique}/file.txt` });
      expect(dec.decode((await invoke("get", undefined, { fileName: `${unique}/file.txt` }))?.data)).toBe("read me");
      await expect(invoke("get", undefined, { fileName: `${unique}/missing.txt` })).rejects.toThrow();
    },
    list: async ({ invoke, unique }) => {
      await invoke("create", "1", { fileName: `${unique}/a.txt` });
      await invoke("create", "2", { fileName: `${unique}/b.txt` });
      const listed = JSON.parse(dec.decode((await invoke("list", undefined, { fileName: unique }))?.data)) as string[];
      expect(listed.map((p) => p.split("/").pop()).sort()).toEqual(["a.txt", "b.txt"]);
    },
    delete: async ({ invoke, unique }) => {
      await invoke("create", "x", { fileName: `${unique}.txt` });
      await invoke("delete", undefined, { fileName: `${unique}.txt` });
      await expect(invoke("get", undefined, { fileName: `${unique}.txt` })).rejects.toThrow();
    },
  },
});
