import type { AnyDesc, DescFile } from "@bufbuild/protobuf";
import { getComments } from "@bufbuild/protoplugin";

export interface SourceLocation {
  /** Path of the proto file, relative to its module root. */
  readonly file: string;
  /** 1-based line, or 0 when the descriptor carries no source info. */
  readonly line: number;
}

function fileOf(desc: AnyDesc): DescFile {
  switch (desc.kind) {
    case "file":
      return desc;
    case "enum_value":
      return desc.parent.file;
    case "field":
    case "oneof":
      return desc.parent.file;
    case "rpc":
      return desc.parent.file;
    default:
      return desc.file;
  }
}

/** Where a descriptor is declared, for error messages. */
export function locationOf(desc: AnyDesc): SourceLocation {
  const file = fileOf(desc);
  const name = file.proto.name;
  if (desc.kind === "file") return { file: name, line: 1 };
  const path = getComments(desc).sourcePath;
  const loc = file.proto.sourceCodeInfo?.location.find(
    (l) => l.path.length === path.length && l.path.every((v, i) => v === path[i]),
  );
  return { file: name, line: loc ? loc.span[0]! + 1 : 0 };
}

/** The leading doc comment of a descriptor, trimmed, "" when there is none. */
export function docOf(desc: Exclude<AnyDesc, DescFile>): string {
  const c = getComments(desc);
  const text = c.leading ?? c.trailing ?? "";
  return text
    .split("\n")
    .map((l) => (l.startsWith(" ") ? l.slice(1) : l))
    .join("\n")
    .trim();
}
