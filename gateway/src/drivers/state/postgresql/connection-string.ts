/**
 * Dapr's PostgreSQL connectionString comes in either form pgx accepts: a URL
 * (postgres://user:pass@host:port/db?sslmode=...) or libpq keyword/value
 * pairs ("host=localhost user=postgres password=example port=5432
 * connect_timeout=10 database=dapr_test"). node-postgres reads URLs itself;
 * this turns the keyword/value form into its config.
 */
import { readFileSync } from "node:fs";
import type { PoolConfig } from "pg";

export interface ParsedConnectionString {
  readonly config: PoolConfig;
  /** Keywords that mean nothing to node-postgres and were left out. */
  readonly ignored: readonly string[];
}

export function parseConnectionString(text: string): ParsedConnectionString {
  const trimmed = text.trim();
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return { config: { connectionString: trimmed }, ignored: [] };
  const pairs = parseKeywordValues(trimmed);
  const config: PoolConfig & { options?: string } = {};
  const ignored: string[] = [];
  const ssl: { mode?: string; ca?: string; cert?: string; key?: string } = {};
  for (const [k, v] of pairs) {
    switch (k) {
      case "host":
      case "hostaddr":
        if (v.includes(",")) throw new Error(`connectionString: several hosts ("${v}") are not supported`);
        config.host = v;
        break;
      case "port":
        config.port = integer(k, v);
        break;
      case "dbname":
      case "database":
        config.database = v;
        break;
      case "user":
        config.user = v;
        break;
      case "password":
        config.password = v;
        break;
      case "connect_timeout":
        config.connectionTimeoutMillis = integer(k, v) * 1000;
        break;
      case "application_name":
        config.application_name = v;
        break;
      case "search_path":
        config.options = `${config.options ? config.options + " " : ""}-c search_path=${v.replace(/([\\ ])/g, "\\$1")}`;
        break;
      case "options":
        config.options = `${config.options ? config.options + " " : ""}${v}`;
        break;
      case "pool_max_conns":
        config.max = integer(k, v);
        break;
      case "sslmode":
        ssl.mode = v;
        break;
      case "sslrootcert":
        ssl.ca = readFileSync(v, "utf8");
        break;
      case "sslcert":
        ssl.cert = readFileSync(v, "utf8");
        break;
      case "sslkey":
        ssl.key = readFileSync(v, "utf8");
        break;
      default:
        ignored.push(k);
    }
  }
  switch (ssl.mode ?? "disable") {
    case "disable":
    case "allow":
    case "prefer":
      break;
    case "require":
      config.ssl = { rejectUnauthorized: false, ...certs(ssl) };
      break;
    case "verify-ca":
    case "verify-full":
      config.ssl = { rejectUnauthorized: true, ...certs(ssl) };
      break;
    default:
      throw new Error(`connectionString: sslmode "${ssl.mode}" is not one of disable, allow, prefer, require, verify-ca, verify-full`);
  }
  return { config, ignored };
}

function certs(s: { ca?: string; cert?: string; key?: string }) {
  return { ...(s.ca && { ca: s.ca }), ...(s.cert && { cert: s.cert }), ...(s.key && { key: s.key }) };
}

function integer(key: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new Error(`connectionString: ${key} "${v}" is not a number`);
  return Number(v);
}

/** libpq's keyword = value syntax: values may be single-quoted, with \' and \\ escapes. */
function parseKeywordValues(text: string): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    while (i < n && /\s/.test(text[i]!)) i++;
  };
  for (skipSpace(); i < n; skipSpace()) {
    const start = i;
    while (i < n && /[A-Za-z0-9_]/.test(text[i]!)) i++;
    const key = text.slice(start, i);
    skipSpace();
    if (!key || text[i] !== "=") throw new Error(`connectionString: expected "keyword=value" at position ${start + 1} ("${text.slice(start, start + 20)}")`);
    i++;
    skipSpace();
    let value = "";
    if (text[i] === "'") {
      i++;
      for (;;) {
        if (i >= n) throw new Error(`connectionString: unterminated quoted value for ${key}`);
        const c = text[i++]!;
        if (c === "'") break;
        if (c === "\\" && i < n) value += text[i++];
        else value += c;
      }
    } else {
      while (i < n && !/\s/.test(text[i]!)) {
        const c = text[i++]!;
        if (c === "\\" && i < n) value += text[i++];
        else value += c;
      }
    }
    out.push([key.toLowerCase(), value]);
  }
  return out;
}
