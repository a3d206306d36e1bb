/**
 * A tiny gRPC service for tests of gRPC proxy mode, declared as a descriptor
 * built in code (no generated files):
 *
 *   package pillion.test.echo.v1;
 *   message EchoRequest   { string text = 1; }
 *   message EchoResponse  { string text = 1; string app = 2; }
 *   message CountRequest  { int32 count = 1; }
 *   message CountResponse { int32 index = 1; }
 *   service EchoService {
 *     rpc Echo(EchoRequest) returns (EchoResponse);
 *     rpc Count(CountRequest) returns (stream CountResponse);
 *     rpc Collect(stream EchoRequest) returns (EchoResponse);
 *   }
 */
import { create, createFileRegistry, type DescMessage, type DescService } from "@bufbuild/protobuf";
import { createClient, type CallOptions, type Transport } from "@connectrpc/connect";
import { FieldDescriptorProto_Label, FieldDescriptorProto_Type, FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";

const pkg = "pillion.test.echo.v1";
const field = (name: string, number: number, type: FieldDescriptorProto_Type) => ({
  name,
  number,
  type,
  label: FieldDescriptorProto_Label.OPTIONAL,
  jsonName: name,
});

const file = create(FileDescriptorProtoSchema, {
  name: "pillion/test/echo/v1/echo.proto",
  package: pkg,
  syntax: "proto3",
  messageType: [
    { name: "EchoRequest", field: [field("text", 1, FieldDescriptorProto_Type.STRING)] },
    { name: "EchoResponse", field: [field("text", 1, FieldDescriptorProto_Type.STRING), field("app", 2, FieldDescriptorProto_Type.STRING)] },
    { name: "CountRequest", field: [field("count", 1, FieldDescriptorProto_Type.INT32)] },
    { name: "CountResponse", field: [field("index", 1, FieldDescriptorProto_Type.INT32)] },
  ],
  service: [
    {
      name: "EchoService",
      method: [
        { name: "Echo", inputType: `.${pkg}.EchoRequest`, outputType: `.${pkg}.EchoResponse` },
        { name: "Count", inputType: `.${pkg}.CountRequest`, outputType: `.${pkg}.CountResponse`, serverStreaming: true },
        { name: "Collect", inputType: `.${pkg}.EchoRequest`, outputType: `.${pkg}.EchoResponse`, clientStreaming: true },
      ],
    },
  ],
});

const registry = createFileRegistry(file, () => undefined);

function message(name: string): DescMessage {
  const m = registry.getMessage(`${pkg}.${name}`);
  if (!m) throw new Error(`test proto: no message ${name}`);
  return m;
}

export const EchoService: DescService = registry.getService(`${pkg}.EchoService`)!;
export const EchoRequestSchema = message("EchoRequest");
export const EchoResponseSchema = message("EchoResponse");
export const CountRequestSchema = message("CountRequest");
export const CountResponseSchema = message("CountResponse");

/** The plain shapes of the messages (the descriptor is built at run time, so they are not generated). */
export interface EchoRequest {
  text: string;
}
export interface EchoResponse {
  text: string;
  app: string;
}
export interface CountRequest {
  count: number;
}
export interface CountResponse {
  index: number;
}

/** A client of EchoService typed with the shapes above. */
export interface EchoClient {
  echo(req: EchoRequest, opts?: CallOptions): Promise<EchoResponse>;
  count(req: CountRequest, opts?: CallOptions): AsyncIterable<CountResponse>;
  collect(reqs: AsyncIterable<EchoRequest>, opts?: CallOptions): Promise<EchoResponse>;
}

export function createEchoClient(transport: Transport): EchoClient {
  return createClient(EchoService, transport) as unknown as EchoClient;
}
