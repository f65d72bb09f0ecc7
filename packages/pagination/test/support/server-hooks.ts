import { afterAll, afterEach, beforeAll } from "vitest";
import { startCollectionServer } from "./collection-server.js";
import type { CollectionServer } from "./collection-server.js";

/**
 * A collection server of `total` records for the calling test file, read with the getter. Faults that
 * rewrite next links are cleared after each test.
 */
export function useCollectionServer(total: number): () => CollectionServer {
  let server: CollectionServer | undefined;
  beforeAll(async () => {
    server = await startCollectionServer({ total });
  });
  afterEach(() => {
    if (server) delete server.faults.rewriteNextLink;
  });
  afterAll(() => server?.close());
  return () => {
    if (!server) throw new Error("the collection server is not started yet");
    return server;
  };
}
