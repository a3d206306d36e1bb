"""The app side: a gRPC AppCallback server that hands the sidecar's pub/sub
events and service invocations to plain Python functions.

    app = App()

    @app.subscribe("pubsub", "orders")
    def on_order(event: TopicEvent) -> None:
        print(event.data)

    @app.on_invoke("greet")
    def greet(request: InvokeRequest) -> dict:
        return {"greeting": f"hello {request.data['name']}"}

    server = app.serve(port=50051)   # run the sidecar with --app-protocol grpc --app-port 50051
"""

from __future__ import annotations

import logging
from concurrent import futures
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

import grpc
from google.protobuf import any_pb2, empty_pb2, json_format

from ._job_data import decode_job_data
from ._runtime import decode_value, encode_value
from .proto.dapr.proto.common.v1 import common_pb2
from .proto.dapr.proto.runtime.v1 import appcallback_pb2, appcallback_pb2_grpc

_log = logging.getLogger("pillion.app")

SUCCESS = "SUCCESS"
RETRY = "RETRY"
DROP = "DROP"
_STATUS = {
    SUCCESS: appcallback_pb2.TopicEventResponse.SUCCESS,
    RETRY: appcallback_pb2.TopicEventResponse.RETRY,
    DROP: appcallback_pb2.TopicEventResponse.DROP,
}


@dataclass(frozen=True)
class TopicEvent:
    """A pub/sub event as the sidecar delivers it (a CloudEvent); data is decoded by its content type."""

    pubsub_name: str
    topic: str
    id: str
    source: str
    type: str
    spec_version: str
    data_content_type: str
    data: Any
    raw: bytes
    path: str
    extensions: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class InvokeRequest:
    """A service invocation the sidecar passes to the app; data is decoded by its content type."""

    method: str
    data: Any
    raw: bytes
    content_type: str
    verb: str
    query: str


@dataclass(frozen=True)
class JobEvent:
    """A job that is due, as the sidecar's scheduler calls the app back.

    data is decoded: a google.protobuf.Value (jobs scheduled through Dapr's
    HTTP API, content_type type.googleapis.com/google.protobuf.Value) as the
    JSON value it holds, other data by its content type (a client's JSON as a
    value). raw is the bytes of the job's Any (for an HTTP-scheduled job the
    serialized google.protobuf.Value, not JSON text)."""

    name: str
    data: Any
    raw: bytes
    content_type: str


TopicHandler = Callable[[TopicEvent], Any]
InvokeHandler = Callable[[InvokeRequest], Any]
JobHandler = Callable[[JobEvent], Any]


class App:
    """Subscriptions and invocation handlers, served to the sidecar as its gRPC app."""

    def __init__(self) -> None:
        self._topics: dict[tuple[str, str], TopicHandler] = {}
        self._methods: dict[str, InvokeHandler] = {}
        self._jobs: dict[str, JobHandler] = {}

    def subscribe(self, pubsub_name: str, topic: str) -> Callable[[TopicHandler], TopicHandler]:
        """Registers a handler for a topic. It returns None or SUCCESS, RETRY or
        DROP; an exception asks the sidecar to retry."""

        def register(handler: TopicHandler) -> TopicHandler:
            self._topics[(pubsub_name, topic)] = handler
            return handler

        return register

    def on_invoke(self, method: str) -> Callable[[InvokeHandler], InvokeHandler]:
        """Registers a handler for an invoked method. Its return value is the
        answer: bytes as they are, anything else as JSON (None: no body)."""

        def register(handler: InvokeHandler) -> InvokeHandler:
            self._methods[method] = handler
            return handler

        return register

    def on_job(self, name: str) -> Callable[[JobHandler], JobHandler]:
        """Registers the handler of a scheduled job (client.jobs.schedule) by its
        name; an exception tells the sidecar the job failed (its failure policy
        applies)."""

        def register(handler: JobHandler) -> JobHandler:
            self._jobs[name] = handler
            return handler

        return register

    def servicer(self) -> appcallback_pb2_grpc.AppCallbackServicer:
        """The AppCallback servicer, to add to a grpc.Server of your own."""
        return _Servicer(self)

    def serve(self, port: int = 0, host: str = "127.0.0.1", max_workers: int = 8) -> "AppServer":
        """Starts a gRPC server for the sidecar (port 0: a free port) and returns it."""
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=max_workers))
        appcallback_pb2_grpc.add_AppCallbackServicer_to_server(_Servicer(self), server)
        appcallback_pb2_grpc.add_AppCallbackHealthCheckServicer_to_server(_Health(), server)
        bound = server.add_insecure_port(f"{host}:{port}")
        server.start()
        return AppServer(server, bound)


class AppServer:
    """A running app server: its port, and stop()."""

    def __init__(self, server: grpc.Server, port: int) -> None:
        self.server = server
        self.port = port

    def stop(self, grace: float | None = None) -> None:
        self.server.stop(grace).wait()

    def wait(self) -> None:
        """Blocks until the server stops."""
        self.server.wait_for_termination()


class _Health(appcallback_pb2_grpc.AppCallbackHealthCheckServicer):
    def HealthCheck(self, request: empty_pb2.Empty, context: grpc.ServicerContext) -> appcallback_pb2.HealthCheckResponse:
        return appcallback_pb2.HealthCheckResponse()


class _Servicer(appcallback_pb2_grpc.AppCallbackServicer):
    def __init__(self, app: App) -> None:
        self._app = app

    def ListTopicSubscriptions(self, request: empty_pb2.Empty, context: grpc.ServicerContext) -> appcallback_pb2.ListTopicSubscriptionsResponse:
        return appcallback_pb2.ListTopicSubscriptionsResponse(
            subscriptions=[appcallback_pb2.TopicSubscription(pubsub_name=p, topic=t) for (p, t) in self._app._topics]
        )

    def OnTopicEvent(self, request: appcallback_pb2.TopicEventRequest, context: grpc.ServicerContext) -> appcallback_pb2.TopicEventResponse:
        handler = self._app._topics.get((request.pubsub_name, request.topic))
        if handler is None:
            return appcallback_pb2.TopicEventResponse(status=appcallback_pb2.TopicEventResponse.DROP)
        event = TopicEvent(
            pubsub_name=request.pubsub_name,
            topic=request.topic,
            id=request.id,
            source=request.source,
            type=request.type,
            spec_version=request.spec_version,
            data_content_type=request.data_content_type,
            data=decode_value(request.data, request.data_content_type),
            raw=request.data,
            path=request.path,
            extensions=json_format.MessageToDict(request.extensions),
        )
        try:
            result = handler(event)
        except Exception:
            _log.exception("the handler of %s/%s failed; the sidecar retries the event", request.pubsub_name, request.topic)
            return appcallback_pb2.TopicEventResponse(status=appcallback_pb2.TopicEventResponse.RETRY)
        status = _STATUS.get(result or SUCCESS)
        if status is None:
            _log.error("the handler of %s/%s returned %r, not SUCCESS, RETRY or DROP; retrying", request.pubsub_name, request.topic, result)
            status = appcallback_pb2.TopicEventResponse.RETRY
        return appcallback_pb2.TopicEventResponse(status=status)

    def OnInvoke(self, request: common_pb2.InvokeRequest, context: grpc.ServicerContext) -> common_pb2.InvokeResponse:
        handler = self._app._methods.get(request.method)
        if handler is None:
            context.abort(grpc.StatusCode.UNIMPLEMENTED, f"the app has no handler for method {request.method!r}")
        invocation = InvokeRequest(
            method=request.method,
            data=decode_value(request.data.value, request.content_type),
            raw=request.data.value,
            content_type=request.content_type,
            verb=common_pb2.HTTPExtension.Verb.Name(request.http_extension.verb),
            query=request.http_extension.querystring,
        )
        result = handler(invocation)
        if result is None:
            return common_pb2.InvokeResponse()
        data, content_type = encode_value(result)
        return common_pb2.InvokeResponse(data=any_pb2.Any(value=data), content_type=content_type)

    def OnJobEvent(self, request: appcallback_pb2.JobEventRequest, context: grpc.ServicerContext) -> appcallback_pb2.JobEventResponse:
        handler = self._app._jobs.get(request.name)
        if handler is None:
            context.abort(grpc.StatusCode.NOT_FOUND, f"the app has no handler for job {request.name!r}")
        handler(JobEvent(
            name=request.name,
            data=decode_job_data(request.data, request.content_type),
            raw=request.data.value,
            content_type=request.content_type,
        ))
        return appcallback_pb2.JobEventResponse()

    def ListInputBindings(self, request: empty_pb2.Empty, context: grpc.ServicerContext) -> appcallback_pb2.ListInputBindingsResponse:
        return appcallback_pb2.ListInputBindingsResponse()
