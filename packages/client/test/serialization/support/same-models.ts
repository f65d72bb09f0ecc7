import type { Parsable, ParsableFactory } from "@microsoft/kiota-abstractions";
import { expect } from "vitest";
import type { Payload } from "./payload-generator.js";
import { withoutPrototypeKeys } from "./prototype-keys.js";
import { fastFactory, read, readBoth, stockFactory } from "./read-both.js";

/**
 * Asserts the fast node gives exactly the stock node's model (or error) for a body. The one
 * documented difference: keys named like `Object.prototype` members. For a body with such keys
 * the fast node must succeed, and its model without those keys must equal the stock model of the
 * body without them. Takes a body, or a generated payload; returns whether it held such keys.
 */
export function expectSameModels<T extends Parsable>(
  payload: string | Payload,
  parsableFactory: ParsableFactory<T>,
): boolean {
  const { body, withoutPrototypeKeys: reference } =
    typeof payload === "string" ? { body: payload, withoutPrototypeKeys: payload } : payload;
  if (body === reference) {
    const { stock, fast } = readBoth(body, parsableFactory);
    expect(fast, body).toStrictEqual(stock);
    return false;
  }
  const stock = read(stockFactory, reference, parsableFactory);
  const fast = read(fastFactory, body, parsableFactory);
  if (!("model" in fast))
    throw new Error(`the fast node failed a body with prototype keys: ${fast.error}\n${body}`);
  expect({ model: withoutPrototypeKeys(fast.model) }, body).toStrictEqual(stock);
  return true;
}
