/**
 * README.md with its driver reference regenerated from the built-in
 * drivers' declarations, as one more generated file of `npm run generate`
 * (so `--check` reports a stale reference like any other file). A workspace
 * without a README with the markers (e.g. a user's copy of api/ and
 * codegen/ without the gateway) has none, and the gateway is only loaded
 * when there is one.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { driversBegin, renderDriverReference, spliceDriverReference } from "./generators/driver-reference.js";
import type { GeneratedFile } from "./generators/types.js";

export async function generateReadmeDrivers(root: string): Promise<GeneratedFile[]> {
  const path = join(root, "README.md");
  if (!existsSync(path)) return [];
  const readme = readFileSync(path, "utf8");
  if (!readme.includes(driversBegin)) return [];
  const { loadBuiltinDrivers } = (await import("../../gateway/src/components/builtin.js")) as { loadBuiltinDrivers: () => Promise<DriverDefinition[]> };
  return [{ path: "README.md", content: spliceDriverReference(readme, renderDriverReference(await loadBuiltinDrivers())) }];
}
