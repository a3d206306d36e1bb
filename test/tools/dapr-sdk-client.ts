import { CommunicationProtocolEnum, DaprClient } from "@dapr/dapr";
import { sdkLogger } from "./dapr-sdk-logger.js";

/** The Dapr JS SDK client's two transports, for `describe.each` (`$name` in titles). */
export const sdkFlavours = [
  { name: "HTTP", protocol: CommunicationProtocolEnum.HTTP },
  { name: "gRPC", protocol: CommunicationProtocolEnum.GRPC },
];

/** A DaprClient (not started) on the sidecar's port for the protocol, logging into sdkLog(). */
export function sdkClient(ports: { readonly httpPort: number; readonly grpcPort: number }, protocol: CommunicationProtocolEnum): DaprClient {
  const port = protocol === CommunicationProtocolEnum.GRPC ? ports.grpcPort : ports.httpPort;
  return new DaprClient({ daprHost: "127.0.0.1", daprPort: String(port), communicationProtocol: protocol, logger: sdkLogger });
}
