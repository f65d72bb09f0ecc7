import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ConnectionServer {
  /** Base URL to give the client, e.g. `http://127.0.0.1:PORT/beta`. */
  readonly url: string;
  /** Headers of every request received, in order. */
  readonly requests: readonly IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** Serves `page` as JSON at `GET /beta/networkAccess/logs/connections` on 127.0.0.1; anything else is 404. */
export async function startConnectionServer(page: unknown): Promise<ConnectionServer> {
  const requests: IncomingHttpHeaders[] = [];
  const body = JSON.stringify(page);
  const server = createServer((request, response) => {
    requests.push(request.headers);
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (request.method === "GET" && path === "/beta/networkAccess/logs/connections") {
      response.writeHead(200, { "content-type": "application/json; odata.metadata=minimal" });
      response.end(body);
      return;
    }
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: { code: "ResourceNotFound", message: `No route for ${path}` } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/beta`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
