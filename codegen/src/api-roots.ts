import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The top-level folders of a workspace's api/ (e.g. "dapr/", "pillion/",
 * "acme/"), as proto path prefixes: the model takes its services from every
 * proto under api/, Dapr's, pillion's and the user's own, and none from the
 * googleapis dependencies buf brings in beside it.
 */
export function apiRoots(workspace: string): string[] {
  const api = join(workspace, "api");
  if (!existsSync(api)) return [];
  return readdirSync(api, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${e.name}/`)
    .sort();
}
