// Loop detection compares links as the request that goes on the wire: a link that differs from one
// already requested only by its fragment, its percent-encoding or its parameter order is the same
// request, refused at its first repeat and never sent.
import { describe, expect, it } from "vitest";
import { items, NextLinkLoopError, pages } from "../../src/index.js";
import { useCollectionServer } from "../support/server-hooks.js";
import { kiotaSource } from "../support/connection-sources.js";
import { datasetIds, idsOf } from "../support/dataset.js";
import { createTestAdapter } from "../support/kiota-adapter.js";

const PAGE_SIZE = 5;
const TOTAL = 50;

/** Spellings of the request just served; each asks for exactly the same page. */
const variants: ReadonlyArray<[string, (requested: URL, page: number) => string]> = [
  ["a fragment", (url, page) => `${url.href}#${page}`],
  ["an empty fragment", (url) => `${url.href}#`],
  ["$ percent-encoded", (url) => url.href.replaceAll("$", "%24")],
  ["lower-case escapes", (url) => url.href.replace("top=", "%74op=").replace(/(skiptoken=p\d+)\./, "$1%2e")],
  ["an unreserved letter escaped", (url) => url.href.replace("skiptoken=p", "skiptoken=%70")],
  [
    "parameters in another order",
    (url) => `${url.origin}${url.pathname}?${url.search.slice(1).split("&").toReversed().join("&")}`,
  ],
  ["an empty parameter between", (url) => url.href.replace("&", "&&")],
  [
    "order, escapes and a fragment together",
    (url, page) =>
      `${url.origin}${url.pathname}?${url.search.slice(1).split("&").toReversed().join("&").replaceAll("$", "%24")}#p${page}`,
  ],
  ["an upper-case host", (url) => url.href.replace("http://127.0.0.1", "HTTP://127.0.0.1")],
];

const server = useCollectionServer(TOTAL);

/** The URL the server is answering right now, as the client sent it. */
const requestedNow = (): URL => new URL(server().requests.at(-1)?.url ?? "/", server().origin);

describe("a next link that repeats a request already made", () => {
  it.each(variants)(
    "spelt with %s is refused at its first repeat, before it is sent",
    async (_name, spell) => {
      // Page 2 points back at itself in another spelling.
      server().faults.rewriteNextLink = (link, page) => (page === 2 ? spell(requestedNow(), page) : link);
      const source = kiotaSource(server(), createTestAdapter(server().url), { pageSize: PAGE_SIZE });
      const before = server().requests.length;
      const delivered: string[] = [];
      let lastCursor: string | undefined;
      const error: unknown = await (async () => {
        for await (const page of pages(source, { prefetch: 0 })) {
          for (const item of page.items) delivered.push(item.id ?? "");
          lastCursor = page.cursor;
        }
      })().catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(NextLinkLoopError);
      expect(error).toMatchObject({ code: "NEXT_LINK_LOOP", link: lastCursor, cursor: lastCursor });
      expect(server().requests.length - before).toBe(3);
      expect(delivered).toEqual(datasetIds(3 * PAGE_SIZE));
    },
  );

  it.each(variants)(
    "spelt with %s, pointing back at the first request, is refused too",
    async (_name, spell) => {
      server().faults.rewriteNextLink = (link, page) => (page === 0 ? spell(requestedNow(), page) : link);
      const source = kiotaSource(server(), createTestAdapter(server().url), { pageSize: PAGE_SIZE });
      const before = server().requests.length;
      await expect(idsOf(items(source))).rejects.toBeInstanceOf(NextLinkLoopError);
      expect(server().requests.length - before).toBe(1);
    },
  );

  it("links that ask for a different page are followed, whatever their spelling", async () => {
    server().faults.rewriteNextLink = (link, page) =>
      page % 2 === 0 ? `${link.replaceAll("$", "%24")}#p${page}` : link;
    const source = kiotaSource(server(), createTestAdapter(server().url), { pageSize: PAGE_SIZE });
    expect(await idsOf(items(source))).toEqual(datasetIds(TOTAL));
  });
});
