/**
 * Golden tests: the route table and the OpenAPI document the generators write
 * for the small shop API. After an intended change, refresh the golden files
 * with UPDATE_GOLDEN=1 npx vitest run test/codegen/golden.test.ts and review
 * their diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generateOpenApi } from "../../codegen/src/generators/openapi.js";
import { generateRestRoutes } from "../../codegen/src/generators/rest-routes.js";
import { buildModel } from "../../codegen/src/model/build-model.js";
import type { ApiModel } from "../../codegen/src/model/types.js";
import { compileShop } from "./shop-api.js";

const goldenDir = fileURLToPath(new URL("./golden/", import.meta.url));
let model: ApiModel;

beforeAll(() => {
  model = buildModel(compileShop(), { include: ["shop/"] });
});

function matchesGolden(name: string, actual: string): void {
  const path = goldenDir + name;
  if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(path)) {
    if (process.env["CI"] && !existsSync(path)) throw new Error(`golden file ${name} is missing`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("generators on the shop API", () => {
  it("write the REST route table", () => {
    const file = generateRestRoutes(model, { out: "rest-routes.ts", genImportRoot: "./gen", routeTypeImport: "./route.js" });
    matchesGolden("shop.rest-routes.ts.golden", file.content);
  });

  it("write the OpenAPI document", () => {
    const [file] = generateOpenApi(model, { out: "openapi", title: "shop API" });
    matchesGolden("shop.openapi.json", file!.content);
  });
});
