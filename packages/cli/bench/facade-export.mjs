// The baseline: what a user writes with the facade alone. `items()` over the connections of a window,
// each record encoded with Kiota's JSON writer and the generated serializer, one line each. With
// `capture`, enum values the client cannot map are kept (`captureRawEnums`), as netaccess does.
//   node facade-export.mjs <baseUrl> <start> <end> <max> <outFile> [capture]   (token in NETACCESS_TOKEN)
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createNetworkAccessClient, serializeConnection } from "@netaccess/client";
import { captureRawEnums } from "@netaccess/enums";
import { items } from "@netaccess/pagination";

const [baseUrl, start, end, max, outFile, capture] = process.argv.slice(2);
const client = createNetworkAccessClient({
  baseUrl,
  token: process.env.NETACCESS_TOKEN,
  allowInsecureLoopback: true,
});
if (capture === "capture") captureRawEnums(client.requestAdapter);
const writers = client.requestAdapter.getSerializationWriterFactory();
const decoder = new TextDecoder();
const out = createWriteStream(outFile);
const source = client.connections.pageSource({
  filter: `createdDateTime ge ${start} and createdDateTime lt ${end}`,
  orderby: "createdDateTime asc",
  top: 1000,
});
for await (const connection of items(source, { maxItems: Number(max) })) {
  const writer = writers.getSerializationWriter("application/json");
  writer.writeObjectValue(undefined, connection, serializeConnection);
  if (!out.write(`${decoder.decode(writer.getSerializedContent())}\n`)) await once(out, "drain");
}
out.end();
await once(out, "close");
