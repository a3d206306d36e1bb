/**
 * The REST routes reachable without the API token: the GET routes of the
 * token-exempt services (gen/token-exempt.ts: the health probes and
 * pillion's site), matched against the generated route table the same way
 * the REST adapter matches them, so a new route of those services is exempt
 * without a list of paths to keep in step.
 */
import { cleanPath } from "../util/clean-path.js";
import type { RestRoute } from "../protocols/rest/route.js";
import { RestRouter } from "../protocols/rest/router.js";

export class TokenExemptRoutes {
  private readonly router: RestRouter;

  constructor(routes: readonly RestRoute[], services: ReadonlySet<string>) {
    this.router = new RestRouter(routes.filter((r) => r.verb === "GET" && services.has(r.service.typeName)));
  }

  /** Whether a request may go without the token. */
  matches(method: string | undefined, pathname: string): boolean {
    if (method !== "GET") return false;
    const m = this.router.match("GET", cleanPath(pathname));
    return m !== undefined && m !== "method-not-allowed";
  }
}
