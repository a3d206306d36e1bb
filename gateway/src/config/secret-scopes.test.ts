import { describe, expect, it } from "vitest";
import { isSecretAllowed, type SecretScope } from "./secret-scopes.js";

const scope = (defaultAccess: "allow" | "deny", allowed: string[] = [], denied: string[] = []): SecretScope => ({
  storeName: "s",
  defaultAccess,
  allowedSecrets: new Set(allowed),
  deniedSecrets: new Set(denied),
});

describe("isSecretAllowed (Dapr's precedence)", () => {
  it("allows everything without a scope", () => {
    expect(isSecretAllowed(undefined, "anything")).toBe(true);
  });

  it("follows defaultAccess when no list is given", () => {
    expect(isSecretAllowed(scope("allow"), "k")).toBe(true);
    expect(isSecretAllowed(scope("deny"), "k")).toBe(false);
  });

  it("allows only allowedSecrets when that list is not empty, whatever defaultAccess and deniedSecrets say", () => {
    expect(isSecretAllowed(scope("deny", ["a"]), "a")).toBe(true);
    expect(isSecretAllowed(scope("allow", ["a"]), "b")).toBe(false);
    expect(isSecretAllowed(scope("allow", ["a"], ["a"]), "a")).toBe(true);
  });

  it("denies deniedSecrets and lets defaultAccess decide the rest", () => {
    expect(isSecretAllowed(scope("allow", [], ["x"]), "x")).toBe(false);
    expect(isSecretAllowed(scope("allow", [], ["x"]), "y")).toBe(true);
    expect(isSecretAllowed(scope("deny", [], ["x"]), "y")).toBe(false);
  });

  it("matches keys exactly", () => {
    expect(isSecretAllowed(scope("deny", ["Key"]), "key")).toBe(false);
  });
});
