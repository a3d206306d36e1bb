/**
 * The workflow of docs/extending-the-api.md, done on a copy of the
 * repository's API: add a service of your own under api/ (here
 * acme.inventory.v1.Inventory with google.api.http routes and
 * pillion.api.v1.app_route), run the generator, and the service is in the
 * gateway's REST route table and table of app-routed services, in the
 * OpenAPI document, and in every SDK the repository generates.
 *
 * The SDKs checked are the folders of sdks/ (all but the OpenAPI one): each
 * SDK generator writes its package there, so a Python, Go or Java SDK added
 * later is checked here without a change to this test. That the served path
 * works end to end is test/integration/user-service-inventory.test.ts (the
 * same kind of service, kept in the tree as pillion.examples.v1).
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sdkLanguages } from "../../gateway/src/site/sdk-folders.js";
import { tempDir } from "../harness/temp-dir.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** What a user's copy of pillion needs to generate: the API, buf's configuration, the generator. */
const copied = ["api", "buf.yaml", "buf.gen.yaml", "codegen", "package.json"];
const languages = sdkLanguages(join(root, "sdks"));

const inventoryProto = `syntax = "proto3";

package acme.inventory.v1;

import "google/api/annotations.proto";
import "pillion/api/v1/rest.proto";

// The warehouse's stock, served by the sidecar and routed to app "warehouse".
service Inventory {
  option (pillion.api.v1.app_route) = {
    app_id: "warehouse"
    method_prefix: "stock/"
  };

  // How many widgets of a SKU are in stock.
  rpc CountWidgets(CountWidgetsRequest) returns (CountWidgetsResponse) {
    option (google.api.http) = {get: "/v1/acme/widgets/{sku}/count"};
  }

  // Adds widgets of a SKU to the stock.
  rpc RestockWidgets(RestockWidgetsRequest) returns (RestockWidgetsResponse) {
    option (google.api.http) = {
      post: "/v1/acme/widgets/{sku}/restock"
      body: "*"
    };
  }
}

// Asks for a SKU's count.
message CountWidgetsRequest {
  // The widget's SKU.
  string sku = 1;
}

// A SKU's count.
message CountWidgetsResponse {
  // Widgets in stock.
  int64 count = 1;
}

// Adds widgets to the stock.
message RestockWidgetsRequest {
  // The widget's SKU.
  string sku = 1;
  // How many arrive.
  int32 quantity = 2;
}

// The stock once restocked.
message RestockWidgetsResponse {
  // Widgets in stock now.
  int64 count = 1;
}
`;

let work: ReturnType<typeof tempDir>;
let output = "";

beforeAll(() => {
  work = tempDir();
  for (const p of copied) cpSync(join(root, p), join(work.path, p), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(work.path, "node_modules"), "dir");
  mkdirSync(join(work.path, "api/acme/inventory/v1"), { recursive: true });
  writeFileSync(join(work.path, "api/acme/inventory/v1/inventory.proto"), inventoryProto);
  // npm run generate, in the copy
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  output = execFileSync(process.execPath, [tsx, "codegen/src/cli.ts"], { cwd: work.path, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}, 180_000);
afterAll(() => work?.remove());

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string, rel = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    const path = rel ? `${rel}/${name}` : name;
    return statSync(abs).isDirectory() ? filesUnder(abs, path) : [path];
  });
}

describe("a service added to a copy of the API", () => {
  it("is generated (npm run generate)", () => {
    expect(output).toMatch(/generated \d+ files from \d+ services/);
  });

  it("is in the gateway's REST route table, with its route and method", async () => {
    const table = readFileSync(join(work.path, "gateway/src/gen/rest-routes.ts"), "utf8");
    expect(table).toContain("// GET /v1/acme/widgets/{sku}/count → acme.inventory.v1.Inventory.CountWidgets");
    expect(table).toContain("// POST /v1/acme/widgets/{sku}/restock → acme.inventory.v1.Inventory.RestockWidgets");
    // the table as the gateway loads it
    const { restRoutes } = (await import(pathToFileURL(join(work.path, "gateway/src/gen/rest-routes.ts")).href)) as {
      restRoutes: { service: { typeName: string }; method: string; verb: string; path: string }[];
    };
    const acme = restRoutes.filter((r) => r.service.typeName === "acme.inventory.v1.Inventory");
    expect(acme.map((r) => [r.verb, r.path, r.method])).toEqual([
      ["GET", "/v1/acme/widgets/{sku}/count", "countWidgets"],
      ["POST", "/v1/acme/widgets/{sku}/restock", "restockWidgets"],
    ]);
  });

  it("is in the gateway's table of app-routed services, routed to its app", async () => {
    const { appRoutedServices } = (await import(pathToFileURL(join(work.path, "gateway/src/gen/app-routes.ts")).href)) as {
      appRoutedServices: { service: { typeName: string; methods: { name: string }[] }; appId: string; methodPrefix: string }[];
    };
    const acme = appRoutedServices.find((r) => r.service.typeName === "acme.inventory.v1.Inventory");
    expect(acme).toBeDefined();
    expect([acme!.appId, acme!.methodPrefix]).toEqual(["warehouse", "stock/"]);
    expect(acme!.service.methods.map((m) => m.name)).toEqual(["CountWidgets", "RestockWidgets"]);
  });

  it("is in the OpenAPI document", () => {
    const doc = JSON.parse(readFileSync(join(work.path, "sdks/openapi/openapi.json"), "utf8")) as {
      paths: Record<string, Record<string, { operationId?: string; requestBody?: unknown }>>;
    };
    expect(Object.keys(doc.paths["/v1/acme/widgets/{sku}/count"] ?? {})).toContain("get");
    expect(doc.paths["/v1/acme/widgets/{sku}/restock"]?.["post"]?.requestBody).toBeDefined();
    expect(JSON.stringify(doc.paths["/v1/acme/widgets/{sku}/count"])).toContain("CountWidgets");
  });

  it("checks at least the TypeScript SDK", () => {
    expect(languages).toContain("typescript");
  });

  it.each(languages)("is in the %s SDK", (language) => {
    const dir = join(work.path, "sdks", language);
    const files = filesUnder(dir);
    expect(files.length, `the ${language} SDK generator wrote nothing under sdks/${language}/`).toBeGreaterThan(0);
    // Each language spells the method its own way: CountWidgets, countWidgets, count_widgets.
    const spellings = /\b(CountWidgets|countWidgets|count_widgets)\b/;
    const mentioning = files.filter((f) => spellings.test(readFileSync(join(dir, f), "utf8")));
    expect(mentioning, `no generated file of the ${language} SDK has the new method`).not.toEqual([]);
    expect(files.filter((f) => /\b(RestockWidgets|restockWidgets|restock_widgets)\b/.test(readFileSync(join(dir, f), "utf8")))).not.toEqual([]);
  });
});
