/**
 * Services reachable without the API token (dapr-api-token) when the sidecar
 * runs with one: the health probes, as in Dapr, and pillion's site (SDK
 * downloads, the OpenAPI document, the API reference), which serves only what
 * the repository publishes and must open in a browser, which cannot send the
 * header. The OpenAPI document marks their routes as needing no token, and
 * the gateway's token checks read the same list from gen/token-exempt.ts.
 */
export const tokenExemptServices: readonly string[] = ["pillion.runtime.v1.HealthService", "pillion.runtime.v1.SiteService"];
