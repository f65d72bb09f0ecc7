import type { Parsable, ParsableFactory, ParseNodeFactory } from "@microsoft/kiota-abstractions";
import { JsonParseNodeFactory } from "@microsoft/kiota-serialization-json";
import { FastJsonParseNodeFactory } from "../../../src/serialization/index.js";

/** What reading a body gave: the model, or the message of the error it threw. */
export type Outcome<T> = { model: T } | { error: string };

export const stockFactory = new JsonParseNodeFactory();
export const fastFactory = new FastJsonParseNodeFactory();

const encoder = new TextEncoder();

/** Reads one JSON body as `parsableFactory`'s model, as a request adapter does. */
export function read<T extends Parsable>(
  factory: ParseNodeFactory,
  body: string,
  parsableFactory: ParsableFactory<T>,
): Outcome<T> {
  try {
    const node = factory.getRootParseNode("application/json", encoder.encode(body).buffer);
    return { model: node.getObjectValue(parsableFactory) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The same body read by Kiota's stock JSON factory and by the fast one. */
export function readBoth<T extends Parsable>(
  body: string,
  parsableFactory: ParsableFactory<T>,
): { stock: Outcome<T>; fast: Outcome<T> } {
  return { stock: read(stockFactory, body, parsableFactory), fast: read(fastFactory, body, parsableFactory) };
}
