import { defineConfig } from "vitest/config";

/** One vitest project per workspace folder that has tests; names are what `--project` takes. */
const project = (name: string, root: string, extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: { name, root, include: ["test/**/*.test.ts"], ...extra },
});

export default defineConfig({
  test: {
    projects: [
      project("specs", "specs"),
      project("codegen", "tools/codegen", { testTimeout: 60_000 }),
      project("client", "packages/client", {
        exclude: ["test/compat/**"],
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
      project("release", "tools/release", { exclude: ["**/node_modules/**", "test/**/*.e2e.test.ts"] }),
      project("release-e2e", "tools/release", {
        include: ["test/**/*.e2e.test.ts"],
        testTimeout: 300_000,
        hookTimeout: 300_000,
      }),
    ],
  },
});
