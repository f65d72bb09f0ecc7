// Resume after random interruptions: every way a run can stop (the consumer breaks, the signal aborts,
// the server answers an error, resets the connection or cuts the JSON) hits a long export at random
// pages; each time the export resumes from its checkpoint, and it must end with every record once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PaginationError, pages } from "../../src/index.js";
import type { KiotaCollectionSource } from "../../src/index.js";
import { startCollectionServer } from "../support/collection-server.js";
import type { CollectionServer, Interruption } from "../support/collection-server.js";
import { kiotaSource } from "../support/connection-sources.js";
import type { TestConnection } from "../support/connection-model.js";
import { datasetIds } from "../support/dataset.js";
import { createTestAdapter } from "../support/kiota-adapter.js";
import { seededIntegers } from "../support/seeded-random.js";
import { waitUntil } from "../support/timing.js";

const TOTAL = 50_321;
/** Out of 100 per page request or handled page. */
const SERVER_BREAK_PERCENT = 12;
const CONSUMER_BREAK_PERCENT = 5;
const CONSUMER_ABORT_PERCENT = 5;

const MIN_ATTACKS = 25;

interface Tally {
  serverBreaks: number;
  consumerBreaks: number;
  /** Runs that ended with an error (server breaks and aborts that reached the consumer). */
  failures: number;
  /** Errors that were not a PaginationError carrying the checkpoint as its cursor. */
  unexpected: unknown[];
}

/**
 * One export that saves each page and its cursor as a checkpoint, stops at random (break or abort),
 * and after every stop or error resumes from the checkpoint until the last page. Returns the stored ids.
 */
async function interruptedExport(
  source: KiotaCollectionSource<TestConnection>,
  random: (bound: number) => number,
  tally: Tally,
): Promise<string[]> {
  const stored: string[] = [];
  let checkpoint: string | undefined;
  let complete = false;
  while (!complete) {
    const controller = new AbortController();
    const prefetch = random(2) === 0 ? 0 : 1;
    try {
      for await (const page of pages(source, {
        resumeFrom: checkpoint,
        signal: controller.signal,
        prefetch,
      })) {
        for (const item of page.items) stored.push(item.id ?? "<no id>");
        checkpoint = page.cursor;
        complete = page.cursor === undefined;
        const roll = random(100);
        if (roll < CONSUMER_BREAK_PERCENT) {
          tally.consumerBreaks++;
          break;
        }
        if (roll < CONSUMER_BREAK_PERCENT + CONSUMER_ABORT_PERCENT) {
          tally.consumerBreaks++;
          setTimeout(() => controller.abort(new Error("operator stop")), random(3));
        }
      }
    } catch (error) {
      tally.failures++;
      // The error's cursor is the checkpoint: resuming from either retries exactly the failed step.
      if (!(error instanceof PaginationError) || error.cursor !== checkpoint) tally.unexpected.push(error);
    }
  }
  return stored;
}

/** Server-side breaks that Kiota's retry handler does not retry away (it retries 429, 503 and 504). */
function serverBreak(random: (bound: number) => number, page: number): Interruption {
  const kinds: Interruption[] = [
    { kind: "status", status: 500, code: "InternalServerError", message: "Boom.", requestId: `req-${page}` },
    { kind: "status", status: 502, code: "BadGateway", message: "Upstream gone.", requestId: `req-${page}` },
    { kind: "reset" },
    { kind: "invalid-json" },
  ];
  return kinds[random(kinds.length)]!;
}

describe.each([
  [1000, 7],
  [250, 2026],
  [97, 42],
])("a %i-per-page export of 50,321 records, interrupted at random (seed %i)", (pageSize, seed) => {
  let server: CollectionServer;
  beforeAll(async () => {
    server = await startCollectionServer({ total: TOTAL });
  });
  afterAll(() => server.close());

  it("resumes from each checkpoint and ends with every record exactly once, in order", async ({ task }) => {
    const random = seededIntegers(seed);
    const tally: Tally = { serverBreaks: 0, consumerBreaks: 0, failures: 0, unexpected: [] };
    server.faults.interrupt = (page) => {
      if (random(100) >= SERVER_BREAK_PERCENT) return undefined;
      tally.serverBreaks++;
      return serverBreak(random, page);
    };
    const source = kiotaSource(server, createTestAdapter(server.url), { pageSize });
    // Whole exports are repeated until enough interruptions have hit them, whatever the page count.
    let exports = 0;
    while (tally.serverBreaks + tally.consumerBreaks < MIN_ATTACKS) {
      expect(await interruptedExport(source, random, tally)).toEqual(datasetIds(TOTAL));
      exports++;
    }
    delete server.faults.interrupt;
    task.meta.attacks = tally.serverBreaks + tally.consumerBreaks;

    expect(exports).toBeGreaterThan(0);
    expect(tally.failures).toBeGreaterThan(0);
    expect(tally.unexpected).toEqual([]);
    await waitUntil(() => server.openRequests() === 0, "every request is closed");
  });
});
