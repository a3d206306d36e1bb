"""Writes the protobuf descriptors an installed Dapr Python SDK ships, as a
serialized google.protobuf.FileDescriptorSet on stdout.

Each generated ``*_pb2.py`` module of the SDK carries its ``.proto`` file as a
serialized FileDescriptorProto (``DESCRIPTOR.serialized_pb``). This script
imports every module under ``dapr.proto.common.v1`` and
``dapr.proto.runtime.v1`` and prints those descriptors, so that a test can
compare them with pillion's own protos field by field.

Usage: python dump_dapr_descriptors.py > dapr.binpb
"""

import importlib
import pkgutil
import sys

from google.protobuf import descriptor_pb2

PACKAGES = ("dapr.proto.common.v1", "dapr.proto.runtime.v1")


def main() -> int:
    fds = descriptor_pb2.FileDescriptorSet()
    seen = set()
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            if not info.name.endswith("_pb2"):
                continue
            module = importlib.import_module(f"{package_name}.{info.name}")
            descriptor = module.DESCRIPTOR
            if descriptor.name in seen:
                continue
            seen.add(descriptor.name)
            fds.file.add().ParseFromString(descriptor.serialized_pb)
    if not fds.file:
        print(f"no *_pb2 modules found under {', '.join(PACKAGES)}", file=sys.stderr)
        return 1
    sys.stdout.buffer.write(fds.SerializeToString())
    return 0


if __name__ == "__main__":
    sys.exit(main())
