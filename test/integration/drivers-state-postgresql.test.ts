import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { postgresqlState } from "../../gateway/src/drivers/state/postgresql/index.js";
import { createFromDefinition, runStateConformance } from "../conformance/state/index.js";
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
