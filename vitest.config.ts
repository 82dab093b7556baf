import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Building fixture sites and driving Chromium take longer than unit tests.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: builds in parallel files would only fight over them.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ["default"],
  },
});
