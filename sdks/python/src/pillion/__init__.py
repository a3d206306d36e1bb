"""pillion: the client SDK of the pillion sidecar (Dapr-compatible), generated
from its protobuf API.

    from pillion import Client

    with Client() as client:
        client.state.save("statestore", [{"key": "order", "value": {"id": 1}}])
        print(client.state.get("statestore", "order").value)
"""

from ._runtime import Decoded, decode_value, encode_value
from .app import DROP, RETRY, SUCCESS, App, AppServer, InvokeRequest, JobEvent, TopicEvent
from .client import AsyncClient, Client, default_address
from .errors import PillionError

__all__ = [
    "App",
    "AppServer",
    "AsyncClient",
    "Client",
    "Decoded",
    "DROP",
    "InvokeRequest",
    "JobEvent",
    "PillionError",
    "RETRY",
    "SUCCESS",
    "TopicEvent",
    "decode_value",
    "default_address",
    "encode_value",
]
__version__ = "0.1.0"
