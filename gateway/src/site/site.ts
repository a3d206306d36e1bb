import { SiteService as SiteServiceDesc } from "../gen/pillion/runtime/v1/site_pb.js";
import { assembleService } from "../services/dapr-service.js";
import { SdkArchives } from "./sdk-archives.js";
import { defaultSdksDir } from "./sdk-folders.js";
import { SiteService } from "./site-service.js";

/** pillion's site (SDK downloads, OpenAPI document, API reference) as a service to register with the RPC router and the REST adapter. */
export function siteService(sdksDir: string | undefined, pillionVersion: string) {
  const impl = assembleService(SiteServiceDesc, [new SiteService(new SdkArchives(sdksDir ?? defaultSdksDir(), pillionVersion), pillionVersion)]);
  return { service: SiteServiceDesc, impl };
}
