import { defineConfig } from "vitest/config";
import HardeningSummaryReporter from "./tools/hardening/summary-reporter.ts";

/** One vitest project per workspace folder that has tests; names are what `--project` takes. */
const project = (name: string, root: string, extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: {
    name,
    root,
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/hardening/**"],
    ...extra,
  },
});

/** Each package keeps its adversarial tests in test/hardening/; one project runs them all. */
const hardening = ["packages/*/test/hardening/**/*.test.ts", "tools/*/test/hardening/**/*.test.ts"];

export default defineConfig({
  test: {
    // The hardening summary first: reporters run in order, so vitest's own summary still ends the output.
    reporters: [new HardeningSummaryReporter(), "default"],
    projects: [
      project("specs", "specs"),
      project("generate", "tools/generate", {
        exclude: ["**/node_modules/**", "test/**/*.e2e.test.ts"],
        testTimeout: 60_000,
      }),
      project("regeneration", "tools/generate", {
        include: ["test/**/*.e2e.test.ts"],
        testTimeout: 300_000,
        hookTimeout: 300_000,
      }),
      project("client", "packages/client", {
        exclude: ["**/node_modules/**", "test/compat/**", "test/hardening/**"],
        typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
      }),
      project("compat", "packages/client", { include: ["test/compat/**/*.test.ts"] }),
      project("enums", "packages/enums", {
        typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
      }),
      project("pagination", "packages/pagination", {
        typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
      }),
      project("fixtures", "packages/fixtures"),
      project("cli", "packages/cli", { testTimeout: 60_000 }),
      project("consumers", "tools/consumers", { testTimeout: 60_000 }),
      project("release", "tools/release", {
        exclude: ["**/node_modules/**", "test/**/*.e2e.test.ts", "test/hardening/**"],
      }),
      project("release-e2e", "tools/release", {
        include: ["test/**/*.e2e.test.ts"],
        testTimeout: 300_000,
        hookTimeout: 300_000,
      }),
      {
        extends: true as const,
        test: { name: "hardening", root: ".", include: hardening, testTimeout: 120_000 },
      },
    ],
  },
});
