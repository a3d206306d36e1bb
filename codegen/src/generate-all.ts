import { generateAppRoutes } from "./generators/app-routes.js";
import { generateOpenApi } from "./generators/openapi.js";
import { generateJavaSdk } from "./generators/sdk-java.js";
import { generateGoSdk } from "./generators/sdk-go.js";
import { generatePythonSdk } from "./generators/sdk-python.js";
import { generateRestRoutes } from "./generators/rest-routes.js";
import { generateTypeScriptSdk } from "./generators/sdk-typescript.js";
import { generateTokenExempt } from "./generators/token-exempt.js";
import type { GeneratedFile } from "./generators/types.js";
import type { ApiModel } from "./model/types.js";

/**
 * Folders that hold only files of generateAll (not of buf.gen.yaml's
 * plugins): npm run generate removes any other file there, and --check
 * reports it as no longer generated.
 */
export const generatedDirs: readonly string[] = ["sdks/java/src/gen/java", "sdks/python/src/pillion/proto", "sdks/python/src/pillion/_gen", "sdks/go/proto"];

/** Every pillion generator, run on one model. */
export function generateAll(model: ApiModel): GeneratedFile[] {
  return [
    generateRestRoutes(model, {
      out: "gateway/src/gen/rest-routes.ts",
      genImportRoot: ".",
      routeTypeImport: "../protocols/rest/route.js",
    }),
    ...generateOpenApi(model, { out: "sdks/openapi/openapi" }),
    generateAppRoutes(model, {
      out: "gateway/src/gen/app-routes.ts",
      genImportRoot: ".",
      routeTypeImport: "../services/user-services/app-routed-service.js",
    }),
    generateTokenExempt(model, { out: "gateway/src/gen/token-exempt.ts" }),
    ...generateTypeScriptSdk(model, {
      out: "sdks/typescript/src/gen",
      protoImportRoot: "./proto",
      openApiJson: generateOpenApi(model, { out: "openapi" }).find((f) => f.path.endsWith(".json"))!.content,
    }),
    ...generateJavaSdk(model, { out: "sdks/java/src/gen/java", javaPackage: "dev.pillion.sdk", protoPackagePrefix: "dev.pillion.sdk.proto" }),
    ...generatePythonSdk(model, { out: "sdks/python/src/pillion", protoPackage: "pillion.proto" }),
    ...generateGoSdk(model, { out: "sdks/go", module: "github.com/pillion-dev/pillion/sdks/go", packageName: "pillion" }),
  ];
}
