import type { AnyDesc, DescFile } from "@bufbuild/protobuf";
import { GenerationError } from "../errors.js";
import { locationOf } from "./source.js";

/** Stops generation with a message naming the proto file and line of `desc`. */
export function failAt(desc: Exclude<AnyDesc, DescFile>, detail: string): never {
  const loc = locationOf(desc);
  throw new GenerationError(loc.file, loc.line, detail);
}
