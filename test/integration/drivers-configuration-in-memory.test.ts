import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { inMemoryConfiguration } from "../../gateway/src/drivers/configuration/in-memory/index.js";
import { runConfigurationConformance } from "../conformance/configuration/index.js";

// Declares WRITE: the suite writes through the driver's own set (pillion's admin API).
runConfigurationConformance({
  name: "configuration.in-memory",
  definition: inMemoryConfiguration as unknown as DriverDefinition,
  create: async () => ({ metadata: {} }),
});
