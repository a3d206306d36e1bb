/**
 * undici, loaded on first use. Importing it costs about 75 ms and 20 MB of
 * RSS (over a hundred modules), and a sidecar without an HTTP app and
 * without calls to other sidecars never uses it (invocation of an HTTP app
 * goes through the lean client in app-channel/http1-client). A synchronous
 * require keeps the callers synchronous: undici ships CommonJS.
 */
import { createRequire } from "node:module";
import type * as Undici from "undici";

const require = createRequire(import.meta.url);
let loaded: typeof Undici | undefined;

export function undici(): typeof Undici {
  return (loaded ??= require("undici") as typeof Undici);
}
