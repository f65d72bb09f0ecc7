/** A module that only compiles when the package's types resolve (strict mode rejects an untyped import). */
export function typedImportCheck(packageName: string): string {
  return `import * as api from "${packageName}";\n\nexport const exportedNames: readonly string[] = Object.keys(api);\n`;
}

/** Prints the package's runtime export names; fails when the entry point does not load. */
export const runtimeImportCheck = `const api = await import(process.argv[2]);\nconsole.log(JSON.stringify(Object.keys(api)));\n`;

/** Lists, counts and gets connections from the mock Graph server through the published client. */
export const smokeScript = `import { createNetworkAccessClient } from "@netaccess/client";
import { startMockGraph } from "@netaccess/fixtures";

const server = await startMockGraph();
try {
  const client = createNetworkAccessClient({ baseUrl: server.url, token: "smoke-token", allowInsecureLoopback: true });
  const page = await client.connections.list({ top: 3, count: true });
  const total: number = await client.connections.count();
  const firstId = page.value[0]?.id ?? undefined;
  const first = firstId === undefined ? undefined : await client.connections.get(firstId);
  console.log(
    JSON.stringify({
      listed: page.value.length,
      pageCount: page.count ?? null,
      total,
      firstId: firstId ?? null,
      fetchedId: first?.id ?? null,
      requests: server.requests.length,
    }),
  );
} finally {
  await server.close();
}
`;
