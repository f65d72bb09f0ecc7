import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { PackedTarball } from "./verify-tarball.ts";

/** The file `changeset pack` writes next to the tarballs and `changeset publish --from-pack-dir` reads. */
export const planFileName = "publish-plan.json";

interface PlanEntry {
  kind: string;
  name: string;
  version: string;
  tag?: string;
  tarball?: { path: string; integrity: string };
}

interface PlanFile {
  version: number;
  plan: PlanEntry[][];
}

async function readPlan(packDir: string): Promise<PlanFile> {
  const plan = JSON.parse(await readFile(join(packDir, planFileName), "utf8")) as PlanFile;
  if (plan.version !== 1 || !Array.isArray(plan.plan))
    throw new Error(`unsupported ${planFileName} format (version ${String(plan.version)})`);
  return plan;
}

/** The tarballs the plan will publish, in publish order. */
export async function plannedTarballs(packDir: string): Promise<PackedTarball[]> {
  const { plan } = await readPlan(packDir);
  return plan.flat().flatMap((entry) =>
    entry.kind === "publish" && entry.tarball
      ? [
          {
            name: entry.name,
            version: entry.version,
            file: join(packDir, entry.tarball.path),
            integrity: entry.tarball.integrity,
          },
        ]
      : [],
  );
}
