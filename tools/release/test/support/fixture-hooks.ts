import { rm } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { startFakeRegistry, type FakeRegistry } from "./fake-registry.ts";
import { fixtureRoot } from "./fixture-workspace.ts";

/** A fresh fixture folder for each test of the calling file, deleted after it; read it with the getter. */
export function useFixtureRoot(): () => string {
  let root = "";
  beforeEach(async () => {
    root = await fixtureRoot();
  });
  afterEach(() => rm(root, { recursive: true, force: true }));
  return () => root;
}

/** A fake registry for the whole calling file; read it with the getter. */
export function useFakeRegistry(): () => FakeRegistry {
  let registry: FakeRegistry | undefined;
  beforeAll(async () => {
    registry = await startFakeRegistry();
  });
  afterAll(() => registry?.close());
  return () => {
    if (!registry) throw new Error("the fake registry is not started yet");
    return registry;
  };
}
