import { defineConfig } from "vitest/config";

// One vitest setup for every package: tests beside the code, and a JSON report that
// scripts/run-tests.mjs adds up into the closing "N passed, N failed" line.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".vitest-report.json" }]],
    testTimeout: 180_000, // generous: tests share 2 cores with builds; speed is measured by bench, not here
    hookTimeout: 120_000,
  },
});
