// How much Kiota's typed deserialization costs over a bare JSON.parse, on a 1000-record
// connections page (the service's maximum page size). Both sides run here, interleaved.
import { createConnectionCollectionResponseFromDiscriminatorValue } from "@netaccess/client";
import { JsonParseNodeFactory } from "@microsoft/kiota-serialization-json";
import { dataset } from "@netaccess/fixtures";

const page = JSON.stringify({ value: dataset({ seed: 7, connections: 1000, destinations: 0 }).connections });
const bytes = new TextEncoder().encode(page).buffer;
const factory = new JsonParseNodeFactory();

const viaJson = () => JSON.parse(page).value.length;
const viaKiota = () =>
  factory
    .getRootParseNode("application/json", bytes)
    .getObjectValue(createConnectionCollectionResponseFromDiscriminatorValue).value.length;

function time(fn, rounds) {
  const start = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  return (performance.now() - start) / rounds;
}

// Warm-up, so both sides run optimised code.
for (let i = 0; i < 5; i++) {
  viaJson();
  viaKiota();
}
const samples = { json: [], kiota: [] };
for (let i = 0; i < 10; i++) {
  samples.json.push(time(viaJson, 5));
  samples.kiota.push(time(viaKiota, 5));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const json = median(samples.json);
const kiota = median(samples.kiota);
console.log(`page: 1000 connections, ${(page.length / 1024).toFixed(0)} KiB`);
console.log(`JSON.parse         ${json.toFixed(2)} ms/page`);
console.log(`Kiota typed models ${kiota.toFixed(2)} ms/page`);
console.log(
  `ratio kiota/json   ${(kiota / json).toFixed(2)}x  (typed pages per second: ${(1000 / kiota).toFixed(0)})`,
);
