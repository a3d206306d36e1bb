/**
 * Routing rules with CEL match expressions, as Dapr evaluates them
 * (pkg/expr, pkg/runtime/subscription findMatchingRoute):
 *
 * - An expression is compiled once, when the subscription is read; an
 *   expression that does not parse, or calls a function CEL's standard
 *   library does not have, fails the subscription with the CEL error.
 *   Identifiers are not declared: as in Dapr, any name is accepted at compile
 *   time and only `event` is bound when the expression runs.
 * - `event` is the CloudEvent as a map (`event.type`, `event.data.*`, any
 *   extension); JSON numbers are doubles, as Go decodes them. (For raw
 *   payloads of bulk subscriptions it is the payload as a string.)
 * - Rules are tried in order; the first whose expression is true wins, a rule
 *   without an expression (the default route) always matches. No match means
 *   the event is not for this app. An expression that fails to run, or gives
 *   something other than a boolean, is an error for that event.
 */
import type { CelInput, parse } from "@bufbuild/cel";
import { createRequire } from "node:module";
import { JsonNumber, type JsonValue } from "./go-json.js";
import type { RoutingRule } from "./subscription-spec.js";

/** A parsed CEL expression node. */
type Expr = ReturnType<typeof parse>["expr"];

/** Calls the parser makes for operators and macros, which the function registry does not list. */
const specialForms = ["_?_:_", "_&&_", "_||_", "_[_]", "_[?_]", "@not_strictly_false", "not_strictly_false"];

/**
 * @bufbuild/cel and its standard library, loaded by the first match
 * expression: most sidecars have none, and loading CEL (about 60 modules)
 * would cost every start-up ~0.1-0.2 s and ~2 MB. Required (its CommonJS
 * build) so that compiling stays synchronous.
 */
let celLib: { cel: typeof import("@bufbuild/cel"); env: ReturnType<typeof import("@bufbuild/cel").celEnv>; knownFunctions: Set<string> } | undefined;
function cel() {
  if (!celLib) {
    const lib = createRequire(import.meta.url)("@bufbuild/cel") as typeof import("@bufbuild/cel");
    const env = lib.celEnv();
    celLib = { cel: lib, env, knownFunctions: new Set<string>([...[...env.funcs].map((f) => f.name), ...specialForms]) };
  }
  return celLib;
}

export class MatchCompileError extends Error {
  constructor(
    readonly expression: string,
    detail: string,
  ) {
    super(`invalid match expression ${JSON.stringify(expression)}: ${detail}`);
    this.name = "MatchCompileError";
  }
}

/** A compiled match expression. */
export class MatchExpression {
  private constructor(
    readonly source: string,
    private readonly program: (ctx: { event: CelInput }) => unknown,
  ) {}

  /** Compiles `source`; throws MatchCompileError. */
  static compile(source: string): MatchExpression {
    const { cel: lib, env } = cel();
    let parsed;
    try {
      parsed = lib.parse(source);
    } catch (e) {
      throw new MatchCompileError(source, (e as Error).message);
    }
    const unknown = unknownFunction(parsed.expr);
    if (unknown) throw new MatchCompileError(source, `undeclared reference to '${unknown}'`);
    const program = lib.plan(env, parsed) as (ctx: { event: CelInput }) => unknown;
    return new MatchExpression(source, program);
  }

  /** Runs the expression over an event: its boolean result, or an Error. */
  matches(event: JsonValue): boolean | Error {
    let out: unknown;
    try {
      out = this.program({ event: toCel(event) });
    } catch (e) {
      return new Error(`error evaluating match expression ${this.source}: ${(e as Error).message}`);
    }
    if (cel().cel.isCelError(out)) return new Error(`error evaluating match expression ${this.source}: ${out.message}`);
    if (typeof out !== "boolean") return new Error(`the result of match expression ${this.source} was not a boolean`);
    return out;
  }
}

export interface CompiledRule {
  /** Undefined for the default route (matches every event). */
  readonly match?: MatchExpression;
  readonly path: string;
}

/** Compiles a subscription's rules; throws MatchCompileError for the first expression that does not compile, with its index. */
export function compileRules(rules: readonly RoutingRule[]): CompiledRule[] {
  return rules.map((r, i) => {
    if (r.match.trim() === "") return { path: r.path };
    try {
      return { match: MatchExpression.compile(r.match.trim()), path: r.path };
    } catch (e) {
      if (e instanceof MatchCompileError) throw Object.assign(e, { ruleIndex: i });
      throw e;
    }
  });
}

/** The route of an event: the path of the first matching rule, undefined when none matches, an Error when an expression fails. */
export function findRoute(rules: readonly CompiledRule[], event: JsonValue): string | undefined | Error {
  for (const r of rules) {
    if (!r.match) return r.path;
    const m = r.match.matches(event);
    if (m instanceof Error) return m;
    if (m) return r.path;
  }
  return undefined;
}

/** The first called function the standard library does not know, if any. */
function unknownFunction(e: Expr | undefined): string | undefined {
  if (!e) return undefined;
  const k = e.exprKind;
  switch (k.case) {
    case "callExpr": {
      if (!cel().knownFunctions.has(k.value.function)) return k.value.function;
      return unknownFunction(k.value.target) ?? firstOf(k.value.args);
    }
    case "selectExpr":
      return unknownFunction(k.value.operand);
    case "listExpr":
      return firstOf(k.value.elements);
    case "structExpr":
      return firstOf(k.value.entries.flatMap((en) => [en.keyKind.case === "mapKey" ? en.keyKind.value : undefined, en.value]));
    case "comprehensionExpr":
      return firstOf([k.value.iterRange, k.value.accuInit, k.value.loopCondition, k.value.loopStep, k.value.result]);
    default:
      return undefined;
  }
}

function firstOf(es: readonly (Expr | undefined)[]): string | undefined {
  for (const e of es) {
    const u = unknownFunction(e);
    if (u) return u;
  }
  return undefined;
}

/** A JSON value as CEL input: objects as maps, numbers as doubles (as Go's encoding/json gives them to cel-go). */
function toCel(v: JsonValue): CelInput {
  if (v instanceof JsonNumber) return v.toNumber();
  if (v instanceof Map) {
    const m = new Map<string, CelInput>();
    for (const [k, x] of v) m.set(k, toCel(x));
    return m;
  }
  if (Array.isArray(v)) return v.map(toCel);
  return v;
}
