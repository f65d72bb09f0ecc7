// A node:http server that pages a deterministic connections log the way Graph does ($top, $skiptoken
// next links, optional @odata.count) and injects the faults the pagination tests need, including
// ones the fixtures mock Graph does not offer (hanging pages, braces in links, per-request abort state).
import { createServer } from "node:http";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ConnectionRecord {
  id: string;
  createdDateTime: string;
  destinationFqdn: string;
  sentBytes: number;
}

/** Faults keyed by 0-based page index. Mutable between runs. */
export interface ServerFaults {
  /** Delay before every response, in ms. */
  latencyMs?: number;
  /** Pages served with no items but with a next link. */
  emptyPages?: readonly number[];
  /** Pages answered once with 429 and `Retry-After: 0`, then normally. */
  throttleOnce?: readonly number[];
  /** Page whose body stops halfway and whose connection is then destroyed. */
  cutBodyAt?: number;
  /** Page answered with the first half of its JSON as a complete response. */
  invalidJsonAt?: number;
  /** Page answered without `value`. */
  missingValueAt?: number;
  /** Page whose next link points at another origin (`localhost` instead of `127.0.0.1`, same port). */
  offOriginAt?: number;
  /** Page whose next link points back at the previous page. */
  loopAt?: number;
  /** Page that is never answered. */
  hangAt?: number;
  /** Skip tokens wrapped in `{ }`; tokens without braces are then rejected. */
  braceTokens?: boolean;
  /** Replaces a page's `@odata.nextLink` with whatever this returns (any JSON value). */
  rewriteNextLink?: (link: string, page: number) => unknown;
  /** Decides, per request, whether to break this page instead of serving it. */
  interrupt?: (page: number) => Interruption | undefined;
}

/** One way a page request can break: a Graph error response, a body cut by a reset, or half a JSON body. */
export type Interruption =
  | { kind: "status"; status: number; code: string; message: string; requestId: string }
  | { kind: "reset" }
  | { kind: "invalid-json" };

export interface RequestRecord {
  readonly url: string;
  readonly host: string | undefined;
  readonly headers: IncomingHttpHeaders;
  page: number | undefined;
  status: number | undefined;
  /** The client went away before the response was complete. */
  aborted: boolean;
}

export interface CollectionServer {
  /** Base URL for a client, e.g. `http://127.0.0.1:PORT/beta`. */
  readonly url: string;
  readonly origin: string;
  /** The first-page URL for a page size, optionally with `$count=true`. */
  firstPageUrl(pageSize: number, count?: boolean): string;
  readonly requests: RequestRecord[];
  readonly faults: ServerFaults;
  /** Requests that have started and whose response has neither finished nor been abandoned. */
  openRequests(): number;
  close(): Promise<void>;
}

const COLLECTION_PATH = "/beta/networkAccess/logs/connections";
const PAGE_SIZE_LIMIT = 1000;

function respond(
  res: ServerResponse,
  status: number,
  body: string,
  extraHeaders: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...extraHeaders,
  });
  res.end(body);
}

function odataError(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

/** The record at a 0-based position of the log; the same for every server and run. */
export function recordAt(index: number): ConnectionRecord {
  return {
    id: `conn-${String(index).padStart(7, "0")}`,
    createdDateTime: new Date(Date.UTC(2025, 0, 1) + index * 1000).toISOString(),
    destinationFqdn: `host${index % 97}.contoso.com`,
    sentBytes: (index * 7919) % 100_000,
  };
}

export async function startCollectionServer(options: {
  total: number;
  faults?: ServerFaults;
}): Promise<CollectionServer> {
  const { total } = options;
  const faults: ServerFaults = { ...options.faults };
  const requests: RequestRecord[] = [];
  const throttled = new Set<number>();
  let open = 0;
  let origin = "";

  const tokenFor = (page: number, offset: number) => {
    const token = `p${page}.${offset}`;
    return faults.braceTokens ? `{${token}}` : token;
  };
  const parseToken = (token: string | null): { page: number; offset: number } | undefined => {
    if (token === null) return { page: 0, offset: 0 };
    const match = (faults.braceTokens ? /^\{p(\d+)\.(\d+)\}$/ : /^p(\d+)\.(\d+)$/).exec(token);
    return match ? { page: Number(match[1]), offset: Number(match[2]) } : undefined;
  };
  const sizeOf = (page: number, offset: number, pageSize: number) =>
    faults.emptyPages?.includes(page) ? 0 : Math.min(pageSize, total - offset);
  const offsetOf = (page: number, pageSize: number) => {
    let offset = 0;
    for (let earlier = 0; earlier < page; earlier++) offset += sizeOf(earlier, offset, pageSize);
    return offset;
  };
  const linkFor = (linkOrigin: string, pageSize: number, count: boolean, page: number, offset: number) =>
    `${linkOrigin}${COLLECTION_PATH}?$top=${pageSize}${count ? "&$count=true" : ""}&$skiptoken=${tokenFor(page, offset)}`;

  const servePage = (req: IncomingMessage, res: ServerResponse, record: RequestRecord) => {
    const url = new URL(req.url ?? "/", origin);
    const pageSize = Number(url.searchParams.get("$top") ?? PAGE_SIZE_LIMIT);
    const position = parseToken(url.searchParams.get("$skiptoken"));
    if (url.pathname !== COLLECTION_PATH) return respond(res, 404, odataError("NotFound", "No such path."));
    if (!position || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > PAGE_SIZE_LIMIT) {
      return respond(res, 400, odataError("BadRequest", `Invalid $top or $skiptoken in ${req.url ?? ""}.`));
    }
    const { page, offset } = position;
    record.page = page;
    if (faults.hangAt === page) return;
    if (faults.throttleOnce?.includes(page) && !throttled.has(page)) {
      throttled.add(page);
      return respond(res, 429, odataError("TooManyRequests", "Slow down."), { "retry-after": "0" });
    }
    const interruption = faults.interrupt?.(page);
    if (interruption?.kind === "status") {
      return respond(res, interruption.status, odataError(interruption.code, interruption.message), {
        "request-id": interruption.requestId,
      });
    }
    const count = url.searchParams.get("$count") === "true";
    const size = sizeOf(page, offset, pageSize);
    const hasMore = offset + size < total;
    const linkPage = faults.loopAt === page ? page - 1 : page + 1;
    const linkOffset = faults.loopAt === page ? offsetOf(page - 1, pageSize) : offset + size;
    const linkOrigin = faults.offOriginAt === page ? origin.replace("127.0.0.1", "localhost") : origin;
    const body: Record<string, unknown> = {
      "@odata.context": `${origin}/beta/$metadata#networkAccess/logs/connections`,
    };
    if (count) body["@odata.count"] = total;
    if (faults.missingValueAt !== page)
      body["value"] = Array.from({ length: size }, (_, i) => recordAt(offset + i));
    if (hasMore) {
      const link = linkFor(linkOrigin, pageSize, count, linkPage, linkOffset);
      body["@odata.nextLink"] = faults.rewriteNextLink ? faults.rewriteNextLink(link, page) : link;
    }
    const json = JSON.stringify(body);
    if (faults.invalidJsonAt === page || interruption?.kind === "invalid-json") {
      return respond(res, 200, json.slice(0, json.length >> 1));
    }
    if (faults.cutBodyAt === page || interruption?.kind === "reset") {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
      res.write(json.slice(0, json.length >> 1), () => res.destroy());
      return;
    }
    respond(res, 200, json);
  };

  const server = createServer((req, res) => {
    const record: RequestRecord = {
      url: req.url ?? "",
      host: req.headers.host,
      headers: req.headers,
      page: undefined,
      status: undefined,
      aborted: false,
    };
    requests.push(record);
    open++;
    let timer: NodeJS.Timeout | undefined;
    res.on("close", () => {
      open--;
      clearTimeout(timer);
      record.status = res.statusCode;
      record.aborted = !res.writableFinished;
    });
    const latency = faults.latencyMs ?? 0;
    if (latency > 0) timer = setTimeout(() => servePage(req, res, record), latency);
    else servePage(req, res, record);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/beta`,
    origin,
    firstPageUrl: (pageSize, count = false) =>
      `${origin}${COLLECTION_PATH}?$top=${pageSize}${count ? "&$count=true" : ""}`,
    requests,
    faults,
    openRequests: () => open,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
