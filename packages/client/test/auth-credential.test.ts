// The `credential` option end to end with a real @azure/identity credential (MSAL inside): its
// token endpoint and Graph are both loopback servers, reached through the credential's own
// `httpClient` option and the client's `fetch` option.
import type { IncomingMessage, ServerResponse } from "node:http";
import { AuthenticationRequiredError, ClientSecretCredential } from "@azure/identity";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createNetworkAccessClient, GraphError } from "../src/index.js";
import type { FetchFunction, TokenCredential } from "../src/index.js";
import { startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

type IdentityHttpClient = NonNullable<
  NonNullable<ConstructorParameters<typeof ClientSecretCredential>[3]>["httpClient"]
>;

const AUTHORITY = "https://login.example.test";
const PAGE = JSON.stringify({ value: [{ id: "c1" }] });
/** A CAE claims challenge as Graph sends it (base64 of the JSON below). */
const CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}';
const CHALLENGE = `Bearer realm="", authorization_uri="${AUTHORITY}/common/oauth2/authorize", error="insufficient_claims", claims="${Buffer.from(CLAIMS).toString("base64")}"`;

/** Token requests the identity server received, as form fields. */
const tokenRequests: URLSearchParams[] = [];
let identity: LocalServer;
let graph: LocalServer;
let graphReply: (request: IncomingMessage, response: ServerResponse) => void;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => resolve(body));
  });
}

beforeAll(async () => {
  identity = await startServer((request, response) => {
    void readBody(request).then((body) => {
      response.writeHead(200, { "content-type": "application/json" });
      if (request.url?.includes("openid-configuration")) {
        const tenant = `${AUTHORITY}/tenant1`;
        response.end(
          JSON.stringify({
            token_endpoint: `${tenant}/oauth2/v2.0/token`,
            issuer: `${tenant}/v2.0`,
            authorization_endpoint: `${tenant}/oauth2/v2.0/authorize`,
            end_session_endpoint: `${tenant}/oauth2/v2.0/logout`,
            jwks_uri: `${AUTHORITY}/keys`,
          }),
        );
        return;
      }
      tokenRequests.push(new URLSearchParams(body));
      response.end(
        JSON.stringify({
          token_type: "Bearer",
          expires_in: 3600,
          access_token: `msal-token-${tokenRequests.length}`,
        }),
      );
    });
  });
  graph = await startServer((request, response) => graphReply(request, response));
});
afterAll(() => Promise.all([identity.close(), graph.close()]));
afterEach(() => {
  tokenRequests.length = 0;
});

/** Sends the credential's HTTP requests (meant for AUTHORITY) to the identity server. */
const identityHttpClient: IdentityHttpClient = {
  async sendRequest(request) {
    const url = new URL(request.url);
    const response = await fetch(`${identity.origin}${url.pathname}${url.search}`, {
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: typeof request.body === "string" ? request.body : null,
    });
    const headers = new Map([...response.headers].map(([name, value]) => [name.toLowerCase(), value]));
    return {
      request,
      status: response.status,
      bodyAsText: await response.text(),
      headers: {
        get: (name) => headers.get(name.toLowerCase()),
        has: (name) => headers.has(name.toLowerCase()),
        set: (name, value) => void headers.set(name.toLowerCase(), String(value)),
        delete: (name) => void headers.delete(name.toLowerCase()),
        toJSON: () => Object.fromEntries(headers),
        [Symbol.iterator]: () => headers.entries(),
      },
    };
  },
};

/** Sends the client's requests (meant for `baseUrl`'s host) to the Graph server. */
const toGraphServer: FetchFunction = (url, init) => {
  const { pathname, search } = new URL(url);
  return fetch(`${graph.origin}${pathname}${search}`, init);
};

function realCredential(): TokenCredential {
  return new ClientSecretCredential("tenant1", "client-id", "client-secret", {
    authorityHost: AUTHORITY,
    disableInstanceDiscovery: true,
    httpClient: identityHttpClient,
  });
}

describe("credential: a real Azure Identity credential", () => {
  it("gets a token for the cloud baseUrl names and sends it to Graph", async () => {
    graphReply = (_, response) => response.writeHead(200, { "content-type": "application/json" }).end(PAGE);
    const client = createNetworkAccessClient({
      baseUrl: "https://graph.microsoft.us/beta",
      credential: realCredential(),
      fetch: toGraphServer,
    });
    const page = await client.connections.list();
    expect(page.value.map((connection) => connection.id)).toEqual(["c1"]);
    expect(tokenRequests.map((form) => form.get("scope"))).toEqual(["https://graph.microsoft.us/.default"]);
    expect(graph.requests.at(-1)?.headers.authorization).toBe("Bearer msal-token-1");
  });

  it("answers a Continuous Access Evaluation challenge with a new token for its claims", async () => {
    let calls = 0;
    graphReply = (_, response) => {
      calls++;
      if (calls === 1) response.writeHead(401, { "www-authenticate": CHALLENGE }).end();
      else response.writeHead(200, { "content-type": "application/json" }).end(PAGE);
    };
    const client = createNetworkAccessClient({ credential: realCredential(), fetch: toGraphServer });
    const page = await client.connections.list();

    expect(page.value).toHaveLength(1);
    expect(tokenRequests).toHaveLength(2);
    // CAE is on (client capability "cp1") for every token; the challenge's claims go with the second.
    const claimsSent = tokenRequests.map((form) => JSON.parse(form.get("claims") ?? "{}") as unknown);
    expect(claimsSent[0]).toMatchObject({ access_token: { xms_cc: { values: ["cp1"] } } });
    expect(claimsSent[0]).not.toMatchObject(JSON.parse(CLAIMS));
    expect(claimsSent[1]).toMatchObject(JSON.parse(CLAIMS));
    expect(graph.requests.slice(-2).map((request) => request.headers.authorization)).toEqual([
      "Bearer msal-token-1",
      "Bearer msal-token-2",
    ]);
  });

  it("reports a credential failure once, as a GraphError of kind auth", async () => {
    const msalText = "AADSTS7000215: Invalid client secret provided.";
    const failing: TokenCredential = {
      getToken: (scopes) =>
        Promise.reject(
          new AuthenticationRequiredError({
            scopes: [scopes].flat(),
            message: msalText,
            cause: new Error(msalText),
          }),
        ),
    };
    graphReply = (_, response) => response.writeHead(200, { "content-type": "application/json" }).end(PAGE);
    const client = createNetworkAccessClient({ credential: failing, fetch: toGraphServer });
    const error: unknown = await client.connections.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({
      kind: "auth",
      message: `Could not authenticate the Graph request: ${msalText}`,
    });
  });

  it("refuses a credential that returns no token, naming the credential", async () => {
    const empty: TokenCredential = { getToken: () => Promise.resolve(null) };
    const client = createNetworkAccessClient({ credential: empty, fetch: toGraphServer });
    await expect(client.connections.list()).rejects.toMatchObject({
      kind: "auth",
      message: "The credential returned no token.",
    });
  });
});
