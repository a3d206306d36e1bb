import { inMemoryState } from "../../gateway/src/drivers/state/in-memory/index.js";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { createFromDefinition, runStateConformance, runStateEndToEnd } from "../conformance/state/index.js";

const definition = inMemoryState as unknown as DriverDefinition;

runStateConformance({
  name: "state.in-memory",
  definition,
  create: () => createFromDefinition(definition, {}),
});

runStateEndToEnd({
  type: "state.in-memory",
  metadata: () => ({}),
  capabilities: definition.features,
});
