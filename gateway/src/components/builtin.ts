import type { DriverDefinition } from "./definition.js";
import { DriverRegistry } from "./registry.js";
import { inMemoryState } from "../drivers/state/in-memory/index.js";

/** Every driver pillion ships. The README's driver reference is generated from this list. */
export const builtinDrivers: readonly DriverDefinition[] = [inMemoryState as unknown as DriverDefinition];

export function builtinRegistry(): DriverRegistry {
  return new DriverRegistry(builtinDrivers);
}
