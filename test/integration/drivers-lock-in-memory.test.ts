import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { inMemoryLock } from "../../gateway/src/drivers/lock/in-memory/index.js";
import { lockTests, runLockConformance } from "../conformance/lock/index.js";

runLockConformance({
  name: "lock.in-memory",
  definition: inMemoryLock as unknown as DriverDefinition,
  create: async () => ({}),
  skip: [
    { reason: "in-memory locks live in one sidecar's memory: another instance has its own", tests: [lockTests.shared] },
    { reason: "the in-memory store holds only locks: nothing in it can be unreadable", tests: [lockTests.internalError] },
  ],
});
