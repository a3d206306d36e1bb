import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { postgresqlState } from "../../gateway/src/drivers/state/postgresql/index.js";
import { createFromDefinition, runStateConformance, runStateEndToEnd } from "../conformance/state/index.js";
import { startPostgres, type PostgresServer } from "../servers/index.js";

const definition = postgresqlState as unknown as DriverDefinition;
let server: PostgresServer | undefined;

runStateConformance({
  name: "state.postgresql",
  definition,
  create: async () => {
    server = await startPostgres();
    return createFromDefinition(definition, { connectionString: server.dsn });
  },
  cleanup: async () => server?.close(),
});

let e2eServer: PostgresServer | undefined;
runStateEndToEnd({
  type: "state.postgresql",
  start: async () => {
    e2eServer = await startPostgres();
  },
  metadata: () => ({ connectionString: e2eServer!.dsn, tableName: "pillion_state" }),
  stop: async () => e2eServer?.close(),
  capabilities: definition.features,
});
