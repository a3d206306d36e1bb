/**
 * The API reference at /docs: Swagger UI (the swagger-ui-dist package, static
 * files only, read from node_modules, no network) rendering /openapi.json.
 * Only the files the page needs are served, from a fixed list, so no request
 * path reaches the file system.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The files of the viewer the page loads, with their media types. */
const viewerFiles: Readonly<Record<string, string>> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

/** The page's own start-up script (a file rather than an inline script, so a strict Content-Security-Policy can allow it). */
const startScript = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: false,
  });
});
`;

const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pillion API reference</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
<noscript>The API reference needs JavaScript; the OpenAPI document itself is at <a href="/openapi.json">/openapi.json</a>.</noscript>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/pillion-docs.js"></script>
</body>
</html>
`;

export interface DocsAsset {
  readonly content: Uint8Array;
  readonly contentType: string;
}

export class DocsViewer {
  private readonly cache = new Map<string, DocsAsset>();
  private dir: string | null | undefined;

  /** The reference page. */
  page(): Uint8Array {
    return Buffer.from(page);
  }

  /** A file the page loads, or undefined when there is no such file. Throws when swagger-ui-dist is not installed. */
  asset(file: string): DocsAsset | undefined {
    const cached = this.cache.get(file);
    if (cached) return cached;
    let asset: DocsAsset | undefined;
    if (file === "pillion-docs.js") asset = { content: Buffer.from(startScript), contentType: "text/javascript; charset=utf-8" };
    else if (Object.hasOwn(viewerFiles, file)) {
      const dir = this.viewerDir();
      if (dir === null) throw new ViewerMissingError();
      asset = { content: readFileSync(join(dir, file)), contentType: viewerFiles[file]! };
    }
    if (asset) this.cache.set(file, asset);
    return asset;
  }

  /** Where swagger-ui-dist is installed; null when it is not. */
  private viewerDir(): string | null {
    if (this.dir === undefined) {
      try {
        this.dir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
      } catch {
        this.dir = null;
      }
    }
    return this.dir;
  }
}

/** swagger-ui-dist is not installed (e.g. a trimmed install); the OpenAPI document is still served. */
export class ViewerMissingError extends Error {
  constructor() {
    super("the API reference viewer (npm package swagger-ui-dist) is not installed; the OpenAPI document is at /openapi.json");
  }
}
