/**
 * A real gRPC app for binding and job tests: implements AppCallback
 * (ListInputBindings answers the bindings it is given; OnBindingEvent and
 * OnJobEvent record each call and answer as a test tells them to) and,
 * optionally, AppCallbackAlpha (OnJobEventAlpha1), over HTTP/2.
 */
import { createServer, type Http2Server } from "node:http2";
import type { AddressInfo } from "node:net";
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { ConnectError, type ConnectRouter } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import {
  AppCallback,
  AppCallbackAlpha,
  BindingEventResponseSchema,
  JobEventResponseSchema,
  ListInputBindingsResponseSchema,
  type BindingEventRequest,
  type JobEventRequest,
} from "../../gateway/src/gen/dapr/proto/runtime/v1/appcallback_pb.js";

export interface BindingCall {
  readonly request: BindingEventRequest;
  readonly headers: Headers;
}

export interface JobCall {
  readonly request: JobEventRequest;
  readonly headers: Headers;
  /** "OnJobEvent" or "OnJobEventAlpha1". */
  readonly method: string;
}

export type BindingAnswer = MessageInitShape<typeof BindingEventResponseSchema> | ConnectError;

export interface BindingsGrpcAppOptions {
  /** What ListInputBindings answers. */
  readonly bindings: readonly string[];
  /** Serve only AppCallbackAlpha's OnJobEventAlpha1 (AppCallback.OnJobEvent answers Unimplemented). */
  readonly alphaJobsOnly?: boolean;
}

export interface BindingsGrpcApp {
  readonly port: number;
  readonly bindingCalls: BindingCall[];
  readonly jobCalls: JobCall[];
  readonly listCalls: number;
  onBinding(name: string, behaviour: (c: BindingCall) => BindingAnswer): void;
  onJob(name: string, behaviour: (c: JobCall, nth: number) => ConnectError | undefined): void;
  waitFor<T>(list: () => T[], n: number, timeoutMs?: number): Promise<T[]>;
  close(): Promise<void>;
}

export async function startBindingsGrpcApp(opts: BindingsGrpcAppOptions): Promise<BindingsGrpcApp> {
  const bindingCalls: BindingCall[] = [];
  const jobCalls: JobCall[] = [];
  const bindingBehaviours = new Map<string, (c: BindingCall) => BindingAnswer>();
  const jobBehaviours = new Map<string, (c: JobCall, nth: number) => ConnectError | undefined>();
  let listCalls = 0;
  const onJob = (method: string) => (request: JobEventRequest, ctx: { requestHeader: Headers }) => {
    const call: JobCall = { request, headers: ctx.requestHeader, method };
    jobCalls.push(call);
    const err = jobBehaviours.get(request.name)?.(call, jobCalls.filter((c) => c.request.name === request.name).length);
    if (err) throw err;
    return create(JobEventResponseSchema);
  };
  const routes = (router: ConnectRouter) => {
    router.service(AppCallback, {
      listInputBindings: () => {
        listCalls++;
        return create(ListInputBindingsResponseSchema, { bindings: [...opts.bindings] });
      },
      onBindingEvent: (request, ctx) => {
        const call: BindingCall = { request, headers: ctx.requestHeader };
        bindingCalls.push(call);
        const answer = bindingBehaviours.get(request.name)?.(call) ?? {};
        if (answer instanceof ConnectError) throw answer;
        return create(BindingEventResponseSchema, answer);
      },
      ...(!opts.alphaJobsOnly && { onJobEvent: onJob("OnJobEvent") }),
    });
    router.service(AppCallbackAlpha, { onJobEventAlpha1: onJob("OnJobEventAlpha1") });
  };
  const server: Http2Server = createServer(connectNodeAdapter({ routes }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    bindingCalls,
    jobCalls,
    get listCalls() {
      return listCalls;
    },
    onBinding: (name, b) => bindingBehaviours.set(name, b),
    onJob: (name, b) => jobBehaviours.set(name, b),
    waitFor: async (list, n, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (list().length < n) {
        if (Date.now() > deadline) throw new Error(`got ${list().length} calls, not ${n}, within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return list();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
