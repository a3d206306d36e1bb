/**
 * The invoker for RPC transports (gRPC, Connect, gRPC-Web): the facade's
 * calls go through connect-es clients on the given transport; errors become
 * PillionError.
 */
import type { DescMessage, DescMethodServerStreaming, DescMethodUnary, DescService, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import { createClient, type CallOptions as ConnectCallOptions, type Client, type Transport } from "@connectrpc/connect";
import { PillionError } from "./errors.js";
import type { CallOptions, Invoker } from "./invoker.js";

type AnyClient = Record<string, (req: unknown, opts?: ConnectCallOptions) => unknown>;

export function createRpcInvoker(transport: Transport): Invoker {
  const clients = new Map<DescService, AnyClient>();
  const client = (service: DescService): AnyClient => {
    let c = clients.get(service);
    if (!c) {
      c = createClient(service, transport) as Client<DescService> as unknown as AnyClient;
      clients.set(service, c);
    }
    return c;
  };
  const connectOptions = (call: CallOptions | undefined): ConnectCallOptions => ({
    ...(call?.signal && { signal: call.signal }),
    ...(call?.timeoutMs !== undefined && { timeoutMs: call.timeoutMs }),
    ...(call?.headers && { headers: call.headers }),
  });
  return {
    async unary<I extends DescMessage, O extends DescMessage>(method: DescMethodUnary<I, O>, request: MessageInitShape<I>, call?: CallOptions): Promise<MessageShape<O>> {
      try {
        return (await client(method.parent)[method.localName]!(request, connectOptions(call))) as MessageShape<O>;
      } catch (e) {
        throw PillionError.from(e);
      }
    },
    serverStream<I extends DescMessage, O extends DescMessage>(method: DescMethodServerStreaming<I, O>, request: MessageInitShape<I>, call?: CallOptions): AsyncIterable<MessageShape<O>> {
      const stream = client(method.parent)[method.localName]!(request, connectOptions(call)) as AsyncIterable<MessageShape<O>>;
      return {
        async *[Symbol.asyncIterator]() {
          try {
            yield* stream;
          } catch (e) {
            throw PillionError.from(e);
          }
        },
      };
    },
  };
}
