/**
 * Environment variable expansion as daprd applies it to a standalone
 * Configuration file before parsing it (Go's os.ExpandEnv): `$NAME` and
 * `${NAME}` become the variable's value, or nothing when it is not set.
 * NAME is letters, digits and "_"; a single special character (`$*#@!?-` or
 * a digit) also names a variable (so "$$" expands to nothing). A "$" not
 * followed by a name stays; "${}" and an unclosed "${" are dropped.
 */
export interface Expansion {
  readonly text: string;
  /** Names that were referenced but are not set (they expanded to nothing). */
  readonly unset: readonly string[];
}

export function expandEnv(text: string, env: Readonly<Record<string, string | undefined>>): Expansion {
  if (!text.includes("$")) return { text, unset: [] };
  const unset = new Set<string>();
  let out = "";
  let i = 0;
  for (let j = 0; j < text.length; j++) {
    if (text[j] !== "$" || j + 1 >= text.length) continue;
    out += text.slice(i, j);
    const { name, width } = shellName(text.slice(j + 1));
    if (name === "" && width === 0) out += "$";
    else if (name !== "") {
      const value = env[name];
      if (value === undefined) unset.add(name);
      out += value ?? "";
    }
    j += width;
    i = j + 1;
  }
  return { text: out + text.slice(i), unset: [...unset] };
}

function shellName(s: string): { name: string; width: number } {
  if (s[0] === "{") {
    if (s.length > 2 && isSpecial(s[1]!) && s[2] === "}") return { name: s[1]!, width: 3 };
    for (let i = 1; i < s.length; i++) {
      if (s[i] === "}") return i === 1 ? { name: "", width: 2 } : { name: s.slice(1, i), width: i + 1 };
    }
    return { name: "", width: 1 };
  }
  if (isSpecial(s[0]!)) return { name: s[0]!, width: 1 };
  let i = 0;
  while (i < s.length && /[A-Za-z0-9_]/.test(s[i]!)) i++;
  return { name: s.slice(0, i), width: i };
}

function isSpecial(c: string): boolean {
  return "*#$@!?-0123456789".includes(c);
}
