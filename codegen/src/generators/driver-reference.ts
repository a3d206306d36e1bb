/**
 * The README's driver reference, generated from the drivers' own
 * declarations (gateway/src/components/builtin.ts): every driver with its
 * type, versions, description, features (operations and directions for
 * bindings) and metadata fields. Pure functions: definitions in, Markdown
 * out, and the splice of that Markdown between the README's markers.
 */
import type { DriverDefinition } from "../../../gateway/src/components/definition.js";
import type { FieldSpec } from "../../../gateway/src/components/metadata-schema.js";

export const driversBegin = "<!-- drivers:begin (generated from gateway/src/components/builtin.ts by npm run generate; do not edit) -->";
export const driversEnd = "<!-- drivers:end -->";

interface BindingShape {
  readonly operations?: readonly string[];
  readonly input?: boolean;
  readonly output?: boolean;
}

/** The Markdown between the markers: a summary table, then one section per driver, ordered by kind then type. */
export function renderDriverReference(defs: readonly DriverDefinition[]): string {
  const sorted = [...defs].sort((a, b) => fullName(a).localeCompare(fullName(b), "en"));
  const out: string[] = [];
  out.push("| Type | Versions | Features |", "| --- | --- | --- |");
  for (const d of sorted) out.push(`| [\`${fullName(d)}\`](#${anchor(d)}) | ${d.versions.join(", ")} | ${cell(featureText(d)) || "–"} |`);
  for (const d of sorted) {
    out.push("", `### ${fullName(d)}`, "", cell(d.description), "");
    out.push(`- Versions: ${d.versions.join(", ")}`);
    const b = d as DriverDefinition & BindingShape;
    if (d.kind === "bindings" && Array.isArray(b.operations)) {
      const ways = [b.input ? "input" : undefined, b.output ? "output" : undefined].filter(Boolean).join(", ");
      out.push(`- Directions: ${ways}`);
      if (b.operations.length) out.push(`- Operations: ${b.operations.map((o) => `\`${o}\``).join(", ")}`);
    } else {
      out.push(`- Features: ${d.features.length ? d.features.join(", ") : "none"}`);
    }
    const fields = Object.entries(d.metadata);
    out.push("");
    if (fields.length === 0) {
      out.push("No metadata fields.");
      continue;
    }
    out.push("| Field | Type | Required / default | Description |", "| --- | --- | --- | --- |");
    for (const [name, spec] of fields) {
      const names = [`\`${name}\``, ...(spec.aliases ?? []).map((a) => `\`${a}\``)].join(" / ");
      out.push(`| ${names} | ${spec.type}${spec.sensitive ? " (sensitive)" : ""} | ${requirement(spec)} | ${cell(describeField(spec))} |`);
    }
  }
  return out.join("\n");
}

/** The README with the section between the markers replaced; throws when the markers are missing or out of order. */
export function spliceDriverReference(readme: string, section: string): string {
  const begin = readme.indexOf(driversBegin);
  const end = readme.indexOf(driversEnd);
  if (begin < 0 || end < begin) throw new Error(`README.md needs the markers ${driversBegin} and ${driversEnd}, in that order`);
  return `${readme.slice(0, begin + driversBegin.length)}\n\n${section}\n\n${readme.slice(end)}`;
}

function fullName(d: Pick<DriverDefinition, "kind" | "type">): string {
  return `${d.kind}.${d.type}`;
}

/** GitHub's heading anchor for "### kind.type". */
function anchor(d: DriverDefinition): string {
  return fullName(d).toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-");
}

function featureText(d: DriverDefinition): string {
  const b = d as DriverDefinition & BindingShape;
  if (d.kind === "bindings" && Array.isArray(b.operations)) {
    return [b.input ? "input" : "", b.output ? `output (${b.operations.join(", ")})` : ""].filter(Boolean).join("; ");
  }
  return d.features.join(", ");
}

function requirement(spec: FieldSpec): string {
  if (spec.required) return "required";
  if (spec.default === undefined) return "optional";
  return `default ${defaultText(spec)}`;
}

function defaultText(spec: FieldSpec): string {
  const v = spec.default;
  if (spec.type === "duration" && typeof v === "number") return `\`${duration(v)}\``;
  if (Array.isArray(v)) return `\`${v.join(",")}\``;
  if (v === "") return '`""`';
  return `\`${String(v)}\``;
}

/** Milliseconds in Go's duration words, as a component file would give them. */
function duration(ms: number): string {
  if (ms === 0) return "0s";
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

function describeField(spec: FieldSpec): string {
  return spec.oneOf?.length ? `${spec.description} One of: ${spec.oneOf.map((o) => `\`${o}\``).join(", ")}.` : spec.description;
}

/** Text fit for one Markdown table cell or paragraph line: no line breaks, pipes escaped, "<" outside code spans kept from reading as HTML. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|")
    .split("`")
    .map((part, i) => (i % 2 === 0 ? part.replace(/</g, "&lt;") : part))
    .join("`")
    .trim();
}
