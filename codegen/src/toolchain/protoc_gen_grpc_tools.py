"""A protoc plugin (for buf's local plugins) that runs grpcio-tools' protoc.

grpcio-tools compiles protoc's Python generators and the gRPC Python
generator into one module instead of shipping them as plugin executables.
This plugin hands the request's files to that protoc as a descriptor set and
answers with the files it writes. The plugin parameter names the generators,
separated by "+": python, pyi, grpc_python (the default is all three).
Run it with the python of the grpcio-tools virtualenv
(codegen/src/toolchain/local-plugins.ts).
"""

import os
import sys
import tempfile

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2
from grpc_tools import protoc


def main() -> None:
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    generators = [g for g in (request.parameter or "python+pyi+grpc_python").split("+") if g]
    response = plugin_pb2.CodeGeneratorResponse(
        supported_features=plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
    )
    with tempfile.TemporaryDirectory() as tmp:
        descriptors = os.path.join(tmp, "descriptors.binpb")
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        with open(descriptors, "wb") as f:
            f.write(descriptor_pb2.FileDescriptorSet(file=request.proto_file).SerializeToString())
        args = ["protoc", f"--descriptor_set_in={descriptors}"]
        args += [f"--{g}_out={out}" for g in generators]
        args += list(request.file_to_generate)
        if protoc.main(args) != 0:
            response.error = f"grpc_tools.protoc failed for {', '.join(request.file_to_generate)}"
        else:
            for root, _, files in sorted(os.walk(out)):
                for name in sorted(files):
                    path = os.path.join(root, name)
                    with open(path, encoding="utf-8") as f:
                        response.file.add(name=os.path.relpath(path, out), content=f.read())
    sys.stdout.buffer.write(response.SerializeToString())


if __name__ == "__main__":
    main()
