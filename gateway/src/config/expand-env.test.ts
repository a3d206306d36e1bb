import { describe, expect, it } from "vitest";
import { expandEnv } from "./expand-env.js";

const env = { RATE: "0.5", STORE: "vault", _X1: "x" };

describe("expandEnv (Go's os.ExpandEnv)", () => {
  it("expands $NAME and ${NAME}", () => {
    expect(expandEnv("samplingRate: $RATE\nstoreName: ${STORE}-2 $_X1.", env)).toEqual({ text: "samplingRate: 0.5\nstoreName: vault-2 x.", unset: [] });
  });

  it("expands an unset variable to nothing and reports it", () => {
    expect(expandEnv("a: pa$word ${MISSING}!", env)).toEqual({ text: "a: pa !", unset: ["word", "MISSING"] });
  });

  it("keeps a $ not followed by a name, drops bad ${ syntax, and treats special characters as names", () => {
    expect(expandEnv("cost: 5$ or $ 6 / $", env).text).toBe("cost: 5$ or $ 6 / $");
    expect(expandEnv("a${}b ${unclosed", env).text).toBe("ab unclosed");
    expect(expandEnv("pa$$word $1", env)).toEqual({ text: "paword ", unset: ["$", "1"] });
  });

  it("leaves text without $ untouched", () => {
    expect(expandEnv("plain: text", env)).toEqual({ text: "plain: text", unset: [] });
  });
});
