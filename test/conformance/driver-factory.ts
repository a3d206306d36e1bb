/** Creates a driver through its definition, the way the loader does (metadata parsed by the schema), for the conformance suites. */
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { parseMetadata } from "../../gateway/src/components/metadata-schema.js";
import { createLogger } from "../../gateway/src/util/logger.js";

export async function createDriver<T>(def: DriverDefinition, metadata: Record<string, string>, opts: { name?: string; appId?: string } = {}): Promise<T> {
  const { config, rest } = parseMetadata(def.metadata, metadata);
  return (await def.create(config as never, {
    name: opts.name ?? "conformance",
    appId: opts.appId ?? "conformance",
    namespace: "default",
    logger: createLogger({ level: "warn", scope: `${def.kind}.${def.type}` }),
    extraMetadata: rest,
    signal: new AbortController().signal,
  })) as T;
}
