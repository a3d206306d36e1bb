import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The top-level folders of a workspace's api/ (e.g. "dapr/", "pillion/",
 * "acme/"), as proto path prefixes: the model takes its services from every
 * proto under api/, Dapr's, pillion's and the user's own, and none from the
 * googleapis dependencies buf brings in beside it. A workspace whose protos
 * sit at its root (no api/ folder, as the test workspaces) takes its own
 * top-level folders but google/.
 */
export function apiRoots(workspace: string): string[] {
  const api = join(workspace, "api");
  const protoRoot = existsSync(api) ? api : workspace;
  return readdirSync(protoRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !(protoRoot === workspace && (e.name === "google" || e.name === "node_modules" || e.name.startsWith("."))))
    .map((e) => `${e.name}/`)
    .sort();
}
