/**
 * README.md with its driver reference regenerated from the built-in
 * drivers' declarations, as one more generated file of `npm run generate`
 * (so `--check` reports a stale reference like any other file). A workspace
 * without a README with the markers (e.g. a test copy of api/) has none.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinDrivers } from "../../gateway/src/components/builtin.js";
import { driversBegin, renderDriverReference, spliceDriverReference } from "./generators/driver-reference.js";
import type { GeneratedFile } from "./generators/types.js";

export function generateReadmeDrivers(root: string): GeneratedFile[] {
  const path = join(root, "README.md");
  if (!existsSync(path)) return [];
  const readme = readFileSync(path, "utf8");
  if (!readme.includes(driversBegin)) return [];
  return [{ path: "README.md", content: spliceDriverReference(readme, renderDriverReference(builtinDrivers)) }];
}
