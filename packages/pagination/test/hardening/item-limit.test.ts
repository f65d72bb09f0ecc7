// collect()'s ItemLimitError must lose nothing: the pages read before the limit are in `items`, and a
// resume from `cursor` brings exactly the rest.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, ItemLimitError } from "../../src/index.js";
import { startCollectionServer } from "../support/collection-server.js";
import type { CollectionServer } from "../support/collection-server.js";
import { kiotaSource } from "../support/connection-sources.js";
import { datasetIds } from "../support/dataset.js";
import { createTestAdapter } from "../support/kiota-adapter.js";

const TOTAL = 3000;

describe("collect over a 3,000-record log with too small a maxItems", () => {
  let server: CollectionServer;
  beforeAll(async () => {
    server = await startCollectionServer({ total: TOTAL });
  });
  afterAll(() => server.close());

  it.each([
    [1000, 2500],
    [1000, 999],
    [7, 2500],
    [333, 1],
    [1000, 2999],
  ])(
    "%i per page, maxItems %i: error.items plus a resume from error.cursor is every record once",
    async (pageSize, maxItems) => {
      const source = kiotaSource(server, createTestAdapter(server.url), { pageSize });
      const error: unknown = await collect(source, { maxItems }).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(ItemLimitError);
      const limit = error as ItemLimitError<{ id?: string | null }>;
      expect(limit.items.length).toBeLessThanOrEqual(maxItems);
      expect(limit.items.length).toBe(Math.floor(maxItems / pageSize) * pageSize);
      expect(limit.message).toContain(`the ${limit.items.length} read so far are in \`items\``);

      const rest = await collect(source, { maxItems: TOTAL, resumeFrom: limit.cursor });
      const ids = [...limit.items, ...rest].map((item) => item.id);
      expect(ids).toEqual(datasetIds(TOTAL));
    },
  );
});
