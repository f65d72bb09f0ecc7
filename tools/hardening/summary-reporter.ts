// A vitest reporter that prints, for the hardening project, one line per area (a test file's name
// without .test.ts) with the attacks its tests tried and how many held. Register it before "default":
// vitest calls reporters in order, so these lines come before vitest's own closing summary.
import { basename } from "node:path";
import type { Reporter, TestCase, TestModule, Vitest } from "vitest/node";

/** The vitest project whose modules are summarised. */
export const HARDENING_PROJECT = "hardening";

export interface AreaTally {
  readonly area: string;
  tried: number;
  held: number;
}

/** Attacks a finished test stands for: `meta.attacks` when it set it, else 1. Skipped tests count none. */
export function attacksOf(test: TestCase): { tried: number; held: number } {
  const { state } = test.result();
  if (state !== "passed" && state !== "failed") return { tried: 0, held: 0 };
  const declared = test.meta().attacks;
  const tried = typeof declared === "number" && Number.isFinite(declared) && declared >= 0 ? declared : 1;
  return { tried, held: state === "passed" ? tried : 0 };
}

/** Tallies of the hardening project's modules by area, in area order. */
export function tallyAreas(modules: ReadonlyArray<TestModule>): AreaTally[] {
  const areas = new Map<string, AreaTally>();
  for (const module of modules) {
    if (module.project.name !== HARDENING_PROJECT) continue;
    const area = basename(module.moduleId).replace(/\.test\.[cm]?[jt]sx?$/, "");
    const tally = areas.get(area) ?? { area, tried: 0, held: 0 };
    areas.set(area, tally);
    // A file that failed to load, or whose hooks failed, broke: it counts as one attack that did not hold.
    if (module.errors().length > 0) tally.tried += 1;
    for (const test of module.children.allTests()) {
      const { tried, held } = attacksOf(test);
      tally.tried += tried;
      tally.held += held;
    }
  }
  return [...areas.values()].sort((a, b) => a.area.localeCompare(b.area));
}

/** The lines printed: a heading, one line per area, and the total. Nothing when no area ran. */
export function summaryLines(areas: readonly AreaTally[]): string[] {
  if (areas.length === 0) return [];
  const width = Math.max(...areas.map(({ area }) => area.length), "total".length);
  const line = ({ area, tried, held }: AreaTally) =>
    `  ${area.padEnd(width)}  ${String(tried).padStart(6)} tried  ${String(held).padStart(6)} held${held < tried ? `  (${tried - held} broke)` : ""}`;
  const total = areas.reduce(
    (sum, { tried, held }) => ({ area: "total", tried: sum.tried + tried, held: sum.held + held }),
    {
      area: "total",
      tried: 0,
      held: 0,
    },
  );
  return ["", " Hardening: attacks tried and held per area", ...areas.map(line), line(total)];
}

export default class HardeningSummaryReporter implements Reporter {
  #vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.#vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines = summaryLines(tallyAreas(testModules));
    const log = (text: string) => (this.#vitest ? this.#vitest.logger.log(text) : console.log(text));
    for (const text of lines) log(text);
  }
}
