import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface RegistryRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

/** What the fake registry answers; mutable between requests. */
export interface RegistryBehaviour {
  /** Status of `GET /-/whoami`. Default 200 with a username. */
  whoamiStatus: number;
  /** Status of every package document `GET`. Default 404 (nothing published yet). */
  documentStatus: number;
  /** Status of the `PUT` that publishes `name`. Default 201. */
  publishStatus: (name: string) => number;
  /** Runs when `name` was published, before the answer is sent. */
  onPublished: (name: string) => Promise<void> | void;
}

export interface FakeRegistry {
  readonly url: string;
  readonly requests: RegistryRequest[];
  /** Names whose publish succeeded, in order. */
  readonly published: string[];
  readonly behaviour: RegistryBehaviour;
  close(): Promise<void>;
}

/**
 * A minimal npm registry on 127.0.0.1: `/-/whoami`, no package documents (404), and `PUT` publishes.
 * Enough for `pnpm publish` of a tarball and for the release's token check.
 */
export async function startFakeRegistry(): Promise<FakeRegistry> {
  const requests: RegistryRequest[] = [];
  const published: string[] = [];
  const behaviour: RegistryBehaviour = {
    whoamiStatus: 200,
    documentStatus: 404,
    publishStatus: () => 201,
    onPublished: () => undefined,
  };
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ method: req.method ?? "", path, authorization: req.headers.authorization });
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void answer(req.method ?? "", path).then(([status, body]) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      });
    });
  });
  const answer = async (method: string, path: string): Promise<[number, unknown]> => {
    if (path === "/-/whoami") {
      const status = behaviour.whoamiStatus;
      return status === 200 ? [200, { username: "release-bot" }] : [status, { error: "unauthorized" }];
    }
    const name = decodeURIComponent(path.slice(1));
    if (method === "PUT") {
      const status = behaviour.publishStatus(name);
      if (status >= 300) return [status, { error: status === 403 ? "forbidden" : "failed" }];
      published.push(name);
      await behaviour.onPublished(name);
      return [201, { ok: true }];
    }
    return [
      behaviour.documentStatus,
      { error: behaviour.documentStatus === 401 ? "unauthorized" : "not found" },
    ];
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    published,
    behaviour,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
