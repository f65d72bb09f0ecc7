import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "../src/manifest.ts";
import { run, runOrThrow } from "../src/run.ts";
import { internalScope, registryEnvVar, tokenEnvVar } from "../src/scope.ts";
import { findWorkspaceRoot, listPublishablePackages, type WorkspacePackage } from "../src/workspace.ts";
import { cleanEnv } from "./support/clean-env.ts";
import {
  createConsumer,
  install,
  typeCheck,
  warmCache,
  type ConsumerSetup,
  type PackageManager,
} from "./support/consumer.ts";
import { runtimeImportCheck, smokeScript, typedImportCheck } from "./support/consumer-files.ts";
import { testedCommitEnvVar } from "../src/head-tests.ts";
import { commitAll, commitChanges, gitIdentity } from "./support/fixture-workspace.ts";
import { installedClosure } from "./support/installed-closure.ts";
import { registryDocument } from "./support/registry-document.ts";
import { startStoreRegistry, type StoreRegistry } from "./support/store-registry.ts";
import { startVerdaccio, type LocalRegistry } from "./support/verdaccio.ts";
import { copyWorkspace } from "./support/workspace-copy.ts";

const repoRoot = findWorkspaceRoot(fileURLToPath(new URL(".", import.meta.url)));
const managers: readonly PackageManager[] = ["npm", "pnpm"];
/** The package the test's changeset changes; a major bump takes it out of every dependent's range. */
const changedPackage = `${internalScope}/client`;
const snapshotTag = "e2e";
const stripTypes = ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"];

const versions = (packages: readonly WorkspacePackage[]) =>
  new Map(packages.map((pkg) => [pkg.name, pkg.version]));

describe("versioning and publishing to a local registry", () => {
  let temp: string;
  let workspace: string;
  /** The upstream registry Verdaccio proxies to: this machine's installed packages, nothing else. */
  let upstream: StoreRegistry | undefined;
  /** The commit the next release publishes. */
  let head: string;
  let registry: LocalRegistry | undefined;
  let token: string;
  let consumerSetup: ConsumerSetup;
  /** The public dependencies fetched into each package manager's cache while the releases run. */
  let cachesWarmed: Promise<unknown> | undefined;
  /** Version of every publishable package after the first release, then after the snapshot. */
  let firstRelease: Map<string, string>;
  let current: Map<string, string>;

  const publishable = () => listPublishablePackages(workspace, cleanEnv());
  const release = (args: readonly string[], env: NodeJS.ProcessEnv) =>
    run("pnpm", ["release", ...args], { cwd: workspace, env: cleanEnv(env) });
  // CI runs the suite on the commit; the test vouches for it instead of running the suite inside itself.
  const releaseEnv = () => ({
    [registryEnvVar]: registry!.url,
    [tokenEnvVar]: token,
    [testedCommitEnvVar]: head,
    ...gitIdentity,
  });
  const document = (name: string) => registryDocument(registry!.url, token, name);

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), "netaccess-release-e2e-"));
    workspace = join(temp, "workspace");
    await mkdir(join(temp, "upstream"));
    // Verdaccio takes seconds to start: it starts while the workspace is copied and the upstream packed.
    const closure = (async () => {
      await copyWorkspace(repoRoot, workspace, cleanEnv());
      head = await commitAll(workspace);
      return installedClosure((await publishable()).map((pkg) => pkg.dir));
    })();
    upstream = await startStoreRegistry(closure, join(temp, "upstream"));
    const [started, packed] = await Promise.allSettled([
      startVerdaccio(join(temp, "registry"), upstream.url),
      upstream.ready,
    ]);
    if (started.status === "fulfilled") registry = started.value;
    for (const outcome of [started, packed]) if (outcome.status === "rejected") throw outcome.reason;
    token = await registry!.addUser("release-bot", randomUUID());
    consumerSetup = {
      registryUrl: registry!.url,
      token,
      cacheDir: join(temp, "caches"),
      typeRoots: join(repoRoot, "node_modules", "@types"),
      tsc: join(repoRoot, "node_modules", ".bin", "tsc"),
      baseEnv: cleanEnv(),
    };
    // The releases below run one step at a time. Meanwhile every public dependency a consumer installs
    // is fetched through Verdaccio into each package manager's shared cache, once, instead of by every
    // consumer at the same moment. A consumer then gets the @netaccess packages from Verdaccio and the
    // public ones from what Verdaccio served into that cache (--prefer-offline).
    const publicSpecs = (await closure).map((pkg) => `${pkg.name}@${pkg.version}`);
    cachesWarmed = Promise.all(
      managers.map(async (manager) => {
        const dir = join(temp, "consumers", `${manager}-cache`);
        await warmCache(dir, manager, publicSpecs, await createConsumer(dir, manager, consumerSetup));
      }),
    );
    cachesWarmed.catch(() => undefined); // Reported by the consumer tests, which wait for it.
  });

  afterAll(async () => {
    await cachesWarmed?.catch(() => undefined);
    await registry?.close();
    await upstream?.close();
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it("refuses to release without a registry, or to the public one, and says how to fix it", async () => {
    const unset = await release([], {});
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain(`release refused: ${registryEnvVar} is not set`);
    expect(unset.stderr).toContain(`fix: export ${registryEnvVar}=`);

    const publicRegistry = await release([], {
      [registryEnvVar]: "https://registry.npmjs.org/",
      [tokenEnvVar]: token,
    });
    expect(publicRegistry.code).toBe(1);
    expect(publicRegistry.stderr).toContain("points at the public registry (registry.npmjs.org)");
    expect((await document(changedPackage)).status).toBe(404);
  });

  it("refuses the first release while changesets are unversioned; changeset version, commit", async () => {
    const unversioned = await release([], releaseEnv());
    expect(unversioned.code).toBe(1);
    expect(unversioned.stderr).toContain("not versioned yet");

    await runOrThrow("pnpm", ["exec", "changeset", "version"], { cwd: workspace, env: cleanEnv() });
    head = await commitChanges(workspace, "Version packages");
  });

  // After versioning, so the release's build below finds this one in turbo's cache (same inputs).
  it("checks every tarball without any registry configured", async () => {
    const result = await release(["--check"], {});
    expect(result.code, result.stderr).toBe(0);
    for (const pkg of await publishable())
      expect(result.stdout).toContain(`release: verified ${pkg.name}@${pkg.version}`);
    expect((await document(changedPackage)).status).toBe(404);
  });

  it("the first release: every package from a verified tarball, tagged", async () => {
    const result = await release([], releaseEnv());
    expect(result.code, result.stderr).toBe(0);
    firstRelease = versions(await publishable());
    current = new Map(firstRelease);
    expect(firstRelease.size).toBeGreaterThan(0);
    const tags = (await runOrThrow("git", ["tag", "--points-at", head], { cwd: workspace, env: cleanEnv() }))
      .stdout;
    for (const [name, version] of firstRelease) {
      expect(result.stdout).toContain(`release: verified ${name}@${version}`);
      expect(tags.split("\n")).toContain(`${name}@${version}`);
      const published = await document(name);
      expect(published.versions, name).toEqual([version]);
      expect(published.distTags["latest"]).toBe(version);
    }
  });

  it("a changeset for one package publishes exactly that package and its dependents", async () => {
    const before = await publishable();
    const expected = new Set([
      changedPackage,
      // changesets bumps dependents whose range the change leaves, peers included.
      ...before
        .filter(
          (pkg) =>
            pkg.manifest.dependencies?.[changedPackage] ?? pkg.manifest.peerDependencies?.[changedPackage],
        )
        .map((pkg) => pkg.name),
    ]);
    const changesetDir = join(workspace, ".changeset");
    for (const file of await readdir(changesetDir)) {
      if (file.endsWith(".md") && file !== "README.md") await rm(join(changesetDir, file));
    }
    await writeFile(
      join(changesetDir, "e2e-change.md"),
      `---\n"${changedPackage}": major\n---\n\nA change made by the release test.\n`,
    );
    await runOrThrow("pnpm", ["exec", "changeset", "version", "--snapshot", snapshotTag], {
      cwd: workspace,
      env: cleanEnv(),
    });
    head = await commitChanges(workspace, "Snapshot versions");

    const after = versions(await publishable());
    const bumped = new Set(
      [...after].filter(([name, version]) => firstRelease.get(name) !== version).map(([name]) => name),
    );
    expect(bumped).toEqual(expected);

    const result = await release(["--tag", snapshotTag, "--no-git-tag"], releaseEnv());
    expect(result.code, result.stderr).toBe(0);
    const state = async (name: string) => {
      const published = await document(name);
      return {
        versions: published.versions,
        latest: published.distTags["latest"],
        snapshot: published.distTags[snapshotTag] ?? null,
      };
    };
    const expectedState = (name: string, version: string) => {
      const first = firstRelease.get(name)!;
      return bumped.has(name)
        ? { versions: [first, version].sort(), latest: first, snapshot: version }
        : { versions: [first], latest: first, snapshot: null };
    };
    const names = [...after.keys()];
    expect(
      Object.fromEntries(await Promise.all(names.map(async (name) => [name, await state(name)]))),
    ).toEqual(Object.fromEntries(names.map((name) => [name, expectedState(name, after.get(name)!)])));
    current = after;
  });

  // These four tests run at once (consecutive concurrent tests): the npm and pnpm projects do not share
  // a cache, and one project's waits on the registry or the disk overlap another's type-check.
  it.concurrent.for(managers)(
    "every package installs alone with %s outside the workspace, typed and loadable",
    async (manager) => {
      await cachesWarmed;
      // Each package in its own project, all at once.
      const checkAlone = async ([name, version]: [string, string]) => {
        const dir = join(temp, "consumers", `${manager}-${name.replace(/\W/g, "-")}`);
        const env = await createConsumer(dir, manager, consumerSetup);
        await install(dir, manager, [`${name}@${version}`], env);
        const installed = await readManifest(join(dir, "node_modules", ...name.split("/")));
        expect(installed.version).toBe(version);

        await writeFile(join(dir, "check.ts"), typedImportCheck(name));
        const checked = await typeCheck(dir, consumerSetup);
        expect(checked.code, `${name}: ${checked.stdout}${checked.stderr}`).toBe(0);

        await writeFile(join(dir, "import-check.mjs"), runtimeImportCheck);
        const loaded = await runOrThrow(process.execPath, ["import-check.mjs", name], { cwd: dir, env });
        expect((JSON.parse(loaded.stdout) as string[]).length, name).toBeGreaterThan(0);
      };
      await Promise.all([...current].map(checkAlone));
    },
  );

  it.concurrent.for(managers)(
    "the published client talks to the published mock server (%s)",
    async (manager) => {
      await cachesWarmed;
      const dir = join(temp, "consumers", `${manager}-smoke`);
      const env = await createConsumer(dir, manager, consumerSetup);
      const specs = [changedPackage, `${internalScope}/fixtures`].map(
        (name) => `${name}@${current.get(name)}`,
      );
      await install(dir, manager, specs, env);
      await writeFile(join(dir, "smoke.mts"), smokeScript);
      const checked = await typeCheck(dir, consumerSetup);
      expect(checked.code, `${checked.stdout}${checked.stderr}`).toBe(0);

      const { stdout } = await runOrThrow(process.execPath, [...stripTypes, "smoke.mts"], { cwd: dir, env });
      const smoke = JSON.parse(stdout) as Record<string, number | string | null>;
      expect(smoke["total"]).toBeGreaterThan(0);
      expect(smoke["listed"]).toBe(Math.min(3, smoke["total"] as number));
      expect(smoke["pageCount"]).toBe(smoke["total"]);
      expect(smoke["fetchedId"]).toBe(smoke["firstId"]);
      expect(smoke["requests"]).toBe(3);
    },
  );

  it("never asks the upstream registry about a name in the internal scope", async () => {
    const missing = `${internalScope}/does-not-exist-${randomUUID().slice(0, 8)}`;
    const env = await createConsumer(join(temp, "consumers", "lookup"), "npm", consumerSetup);
    const view = await run("npm", ["view", missing, "version", "--registry", registry!.url], {
      cwd: join(temp, "consumers", "lookup"),
      env,
    });
    expect(view.code).not.toBe(0);
    expect(view.stderr).toContain("E404");
    expect((await document(missing)).status).toBe(404);

    const upstreamPaths = upstream!.requests;
    expect(upstreamPaths.some((path) => path.startsWith("/@microsoft/kiota-abstractions"))).toBe(true);
    expect(upstreamPaths.filter((path) => path.includes(internalScope))).toEqual([]);
  });
});
