import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GENERATED, SPEC, repoRoot } from "./paths.ts";

/**
 * A throwaway workspace with only what generation reads: the spec, the tool manifest and the
 * committed generated client (its lock names the spec), plus the client's package.json.
 */
export async function createSmallWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "generate-"));
  await writeFile(join(dir, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
  for (const path of [SPEC, ".config/dotnet-tools.json", "packages/client/package.json"]) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await cp(join(repoRoot, path), join(dir, path));
  }
  await cp(join(repoRoot, GENERATED), join(dir, GENERATED), { recursive: true });
  return dir;
}
