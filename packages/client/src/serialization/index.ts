// Kiota-compatible JSON deserialization that is fast and safe with any JSON key.
export { FastJsonParseNode } from "./fast-json-parse-node.js";
export { FastJsonParseNodeFactory } from "./fast-json-parse-node-factory.js";
export type {
  FastJsonParseOptions,
  RawEnumValue,
  UnknownEnumValueHandler,
} from "./fast-json-parse-options.js";
export { createParseNodeFactory, JsonKindParseNodeFactoryRegistry } from "./parse-node-factories.js";
export type { ParseNodeFactoryKind } from "./parse-node-factories.js";
