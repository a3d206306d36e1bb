import type { DescService } from "@bufbuild/protobuf";

/**
 * One entry of the generated table of user-defined services
 * (gen/app-routes.ts): a service with the pillion.api.v1.app_route option,
 * whose every call becomes a service invocation of an app.
 */
export interface AppRoutedService {
  readonly service: DescService;
  /** The target app: this sidecar's own app, or one reached through another sidecar ("id" or "id.namespace"). */
  readonly appId: string;
  /** Prepended to the RPC's name to form the method an HTTP app receives (POST /<methodPrefix><Method>). */
  readonly methodPrefix: string;
}
