import type { MockGraphServer } from "@netaccess/fixtures";

/** The data set `--mock` serves: fixed seed and size, spread over the 8 days before the anchor. */
export const MOCK_DATA = { seed: 1, connections: 1500, destinations: 200, days: 8 } as const;

const HOUR_MS = 3_600_000;

/**
 * The end of the mock data: the next whole UTC hour after now, so the last 24 hours (and 7 days)
 * are covered and every run in the same hour serves the same records. A resume cursor carries it,
 * so a resumed `--mock` export gets the data the interrupted one had.
 */
export const mockAnchorFor = (now: Date): string =>
  new Date(Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS).toISOString();

export async function startEmbeddedMock(
  anchor: string,
  latencyMs: number | undefined,
): Promise<MockGraphServer> {
  const { startMockGraph } = await import("@netaccess/fixtures");
  const end = Date.parse(anchor);
  return startMockGraph({
    seed: MOCK_DATA.seed,
    connections: MOCK_DATA.connections,
    destinations: MOCK_DATA.destinations,
    window: { start: new Date(end - MOCK_DATA.days * 24 * HOUR_MS).toISOString(), end: anchor },
    faults: latencyMs ? [{ route: "*", kind: "latency", ms: latencyMs }] : [],
  });
}
