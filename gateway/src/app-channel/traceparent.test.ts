import { describe, expect, it } from "vitest";
import { newTraceparent } from "./traceparent.js";

describe("newTraceparent", () => {
  it("makes valid, sampled, distinct W3C trace contexts across pool refills", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const tp = newTraceparent();
      expect(tp).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      expect(tp).not.toMatch(/^00-0{32}-/);
      seen.add(tp.slice(3, 35));
    }
    expect(seen.size).toBe(1000);
  });
});
