/**
 * Translates a parsed state query into one parameterised SQL statement over
 * the state table. Keys, paths and values are always parameters (the dotted
 * key becomes a text[] path for the jsonb #> operator); only the table name,
 * validated at start-up, is part of the SQL text. The semantics are those of
 * the shared query module (gateway/src/components/state/query.ts).
 */
import type { QueryFilter, StateQuery } from "../../../components/state/query.js";

export interface SqlStatement {
  readonly text: string;
  readonly values: unknown[];
}

/** Columns: key, data (text: JSON text, or base64 for binary rows), isbinary, etag. */
export const selectColumns = `key, CASE WHEN isbinary THEN value #>> '{}' ELSE value::text END AS data, isbinary, xmin::text AS etag`;

/**
 * The SELECT for a query over keys that start with `keyPrefix`, skipping
 * expired rows. It asks for one row more than the limit, to tell whether
 * another page exists.
 */
export function buildQuerySql(table: string, q: StateQuery, keyPrefix: string): SqlStatement {
  const values: unknown[] = [];
  const param = (v: unknown, cast = "") => {
    values.push(v);
    return `$${values.length}${cast}`;
  };
  const where = [`(expiredate IS NULL OR expiredate >= CURRENT_TIMESTAMP)`];
  if (keyPrefix) where.push(`left(key, ${param(keyPrefix.length)}::int) = ${param(keyPrefix)}`);
  if (q.filter) where.push(filterSql(q.filter, param));
  const order = q.sort.map((s) => `value #> ${param(s.path, "::text[]")} ${s.order}`);
  order.push("key ASC");
  let text = `SELECT ${selectColumns} FROM ${table} WHERE ${where.join(" AND ")} ORDER BY ${order.join(", ")}`;
  if (q.limit > 0) text += ` LIMIT ${param(q.limit + 1)}`;
  if (q.offset > 0) text += ` OFFSET ${param(q.offset)}`;
  return { text, values };
}

type Param = (v: unknown, cast?: string) => string;

function filterSql(f: QueryFilter, param: Param): string {
  switch (f.op) {
    case "AND":
    case "OR":
      return `(${f.filters.map((x) => filterSql(x, param)).join(` ${f.op} `)})`;
    case "IN": {
      const field = `(value #> ${param(f.path, "::text[]")})`;
      return `${field} IN (${f.values.map((v) => param(JSON.stringify(v), "::jsonb")).join(", ")})`;
    }
    case "EQ":
    case "NEQ": {
      const field = `(value #> ${param(f.path, "::text[]")})`;
      return `${field} ${f.op === "EQ" ? "=" : "<>"} ${param(JSON.stringify(f.value), "::jsonb")}`;
    }
    default: {
      const op = { GT: ">", GTE: ">=", LT: "<", LTE: "<=" }[f.op];
      const field = `(value #> ${param(f.path, "::text[]")})`;
      const type = typeof f.value === "number" ? "number" : "string";
      return `(jsonb_typeof(${field}) = '${type}' AND ${field} ${op} ${param(JSON.stringify(f.value), "::jsonb")})`;
    }
  }
}
