import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface PackageSpec {
  name: string;
  private?: boolean;
  /** Package-relative path → content. */
  files?: Record<string, string>;
}

export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** A throwaway pnpm workspace with `packages/<folder>` for each entry. */
export async function createWorkspace(packages: Record<string, PackageSpec>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "spec-diff-"));
  await writeFiles(root, { "pnpm-workspace.yaml": "packages:\n  - packages/*\n" });
  for (const [folder, spec] of Object.entries(packages)) {
    const manifest = { name: spec.name, version: "1.0.0", ...(spec.private ? { private: true } : {}) };
    await writeFiles(join(root, "packages", folder), {
      "package.json": `${JSON.stringify(manifest, null, 2)}\n`,
      ...spec.files,
    });
  }
  return root;
}

/** Packages that use generated symbols the way the real workspace does. */
export const samplePackages: Record<string, PackageSpec> = {
  client: { name: "@netaccess/client" },
  enums: {
    name: "@netaccess/enums",
    files: {
      "src/index.ts":
        'import { TrafficTypeObject } from "@netaccess/client";\n\nexport const trafficTypes = Object.values(TrafficTypeObject);\n',
    },
  },
  fixtures: {
    name: "@netaccess/fixtures",
    files: {
      "src/index.ts":
        'import { type Connection, serializeConnection } from "@netaccess/client";\n\nexport const sample: Connection = {};\nexport { serializeConnection };\n',
    },
  },
  pagination: {
    name: "@netaccess/pagination",
    files: {
      "src/index.ts":
        "// Pages of Connection records; a TrafficType filter is the caller's business.\nexport const pageSize = 1000;\n",
    },
  },
  internal: {
    name: "@netaccess/internal-tools",
    private: true,
    files: {
      "src/index.ts":
        'import { TrafficTypeObject, type Connection } from "@netaccess/client";\n\nexport type Row = Connection;\nexport const all = TrafficTypeObject;\n',
    },
  },
};
