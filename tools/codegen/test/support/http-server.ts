import { type IncomingHttpHeaders, createServer } from "node:http";

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  /** Sent as JSON unless a `content-type` header says otherwise (then sent as is). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface TestServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  requests: RecordedRequest[];
  /** The last request received; fails the test when there was none. */
  last(): RecordedRequest;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 that records every request and answers with `reply`. */
export async function startServer(reply: (request: RecordedRequest) => Reply): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(request);
      const { status = 200, body, headers = {} } = reply(request);
      const asText = Object.keys(headers).some((h) => h.toLowerCase() === "content-type");
      if (body === undefined) {
        res.writeHead(status, headers).end();
        return;
      }
      res.writeHead(status, asText ? headers : { "content-type": "application/json", ...headers });
      res.end(asText ? String(body) : JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no TCP port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    last: () => {
      const request = requests.at(-1);
      if (!request) throw new Error("the test server received no request");
      return request;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
