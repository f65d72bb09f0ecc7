import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** An upstream registry stand-in that forwards to a real registry and remembers every path asked for. */
export interface RecordingProxy {
  url: string;
  /** Decoded request paths, e.g. `/@microsoft/kiota-abstractions`. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1; `target` is the registry it forwards to (with a trailing slash). */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push(decodeURIComponent(path));
    fetch(new URL(path.slice(1), target), { headers: { accept: req.headers.accept ?? "application/json" } })
      .then(async (upstream) => {
        const body = Buffer.from(await upstream.arrayBuffer());
        res.writeHead(upstream.status, {
          "content-type": upstream.headers.get("content-type") ?? "application/json",
        });
        res.end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
