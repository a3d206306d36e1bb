import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "dist/**", "sdks/**/node_modules/**"],
    // Integration tests start real processes; the build runs once first.
    globalSetup: ["test/setup/build.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores here: keep process-heavy suites from starving each other.
    maxWorkers: 2,
  },
});
