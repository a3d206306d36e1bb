/**
 * Assembles the implementation of a generated service from the building-block
 * services that implement parts of it. Every method no block implements
 * answers ERR_API_UNIMPLEMENTED (gRPC Unimplemented / HTTP 501) with its name,
 * over every protocol alike.
 */
import type { DescService } from "@bufbuild/protobuf";
import type { ServiceImpl } from "@connectrpc/connect";
import { apiUnimplemented } from "../errors/catalog.js";

type AnyImpl = Record<string, (...args: never[]) => unknown>;

/** The methods of `service` that blocks provide, by local name. */
export type PartialImpl<S extends DescService> = Partial<ServiceImpl<S>>;

export function assembleService<S extends DescService>(service: S, blocks: readonly object[]): ServiceImpl<S> {
  const impl: Record<string, unknown> = {};
  for (const method of service.methods) {
    const owner = blocks.find((b) => typeof (b as AnyImpl)[method.localName] === "function");
    if (owner) {
      impl[method.localName] = (owner as AnyImpl)[method.localName]!.bind(owner);
      continue;
    }
    const name = `${service.typeName}/${method.name}`;
    switch (method.methodKind) {
      case "unary":
      case "client_streaming":
        impl[method.localName] = () => Promise.reject(apiUnimplemented(name));
        break;
      default:
        // eslint-disable-next-line require-yield
        impl[method.localName] = async function* () {
          throw apiUnimplemented(name);
        };
    }
  }
  return impl as ServiceImpl<S>;
}

/** Names (Service/Method) of the methods a set of blocks implements, for the metadata API and tests. */
export function implementedMethods(service: DescService, blocks: readonly object[]): string[] {
  return service.methods.filter((m) => blocks.some((b) => typeof (b as AnyImpl)[m.localName] === "function")).map((m) => m.name);
}
