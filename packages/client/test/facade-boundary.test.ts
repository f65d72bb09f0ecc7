import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as client from "../src/index.js";

const facadeDir = fileURLToPath(new URL("../src/facade/", import.meta.url));
const facadeFiles = readdirSync(facadeDir).filter((name) => name.endsWith(".ts"));
const read = (name: string) => readFileSync(`${facadeDir}${name}`, "utf8");

describe("facade boundary", () => {
  it("names Kiota's parameter-derived destinationReport accessors in generated-names.ts only", () => {
    const naming = facadeFiles.filter((name) =>
      /DestinationReportWith|microsoftGraphNetworkaccess/i.test(read(name)),
    );
    expect(naming).toEqual(["generated-names.ts"]);
  });

  it("imports generated modules whose names change with parameters from generated-names.ts only", () => {
    const importing = facadeFiles.filter((name) => /from "\.\.\/generated\/networkAccess\//.test(read(name)));
    expect(importing).toEqual(["generated-names.ts"]);
  });

  it("uses no Node-only module or global, so it runs on browsers' fetch", () => {
    const nodeOnly = /from "node:|\bBuffer\b|\bprocess\.|\brequire\(|\bsetImmediate\b|__dirname/;
    expect(facadeFiles.filter((name) => nodeOnly.test(read(name)))).toEqual([]);
  });

  it("exports the facade's runtime API from the package root", () => {
    const facadeExports = [
      "createNetworkAccessClient",
      "createHttpClient",
      "GraphError",
      "GraphNetworkError",
      "GraphTimeoutError",
      "GraphAbortError",
      "isGraphError",
      "toGraphError",
      "SignalOption",
      "SIGNAL_OPTION_KEY",
      "DEFAULT_BASE_URL",
      "DEFAULT_TIMEOUT_MS",
      "MAX_TIMEOUT_MS",
      "GRAPH_CLOUD_HOSTS",
      "InvalidRequestError",
      "formatRequestLogEntry",
    ];
    expect(Object.keys(client)).toEqual(expect.arrayContaining(facadeExports));
    // The generated client stays exported next to the facade.
    expect(client).toHaveProperty("createNetworkAccessApiClient");
    expect(client).toHaveProperty("createConnectionCollectionResponseFromDiscriminatorValue");
  });
});
