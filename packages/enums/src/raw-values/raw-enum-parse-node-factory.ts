import { FastJsonParseNode } from "@netaccess/client";
import type { ParseNode, ParseNodeFactory, RequestAdapter } from "./kiota-types.js";
import { RawEnumParseNode } from "./raw-enum-parse-node.js";
import { recordRawEnumValue } from "./raw-enum-store.js";

/**
 * Wraps a parse node factory (typically Kiota's `JsonParseNodeFactory`) so that models it
 * deserializes keep the raw value of every enum property Kiota could not map; read them with
 * `rawEnumValues(model)`. Everything else is delegated unchanged.
 */
export function createRawEnumParseNodeFactory(inner: ParseNodeFactory): ParseNodeFactory {
  return {
    getValidContentType: () => inner.getValidContentType(),
    getRootParseNode: (contentType, content) => capturingRoot(inner.getRootParseNode(contentType, content)),
  };
}

const capturing = new WeakSet<ParseNodeFactory>();

/**
 * Turns on raw enum capture for every response an adapter deserializes, whatever content type
 * factories are (or later get) registered on it. It wraps the adapter's factory (the
 * `ParseNodeFactoryRegistry`) itself, so `createNetworkAccessApiClient` re-registering the plain
 * JSON factory does not undo it and the call order does not matter. Calling it twice is harmless.
 */
export function captureRawEnums(target: RequestAdapter | ParseNodeFactory): void {
  const factory = "getParseNodeFactory" in target ? target.getParseNodeFactory() : target;
  if (capturing.has(factory)) return;
  const getRootParseNode = factory.getRootParseNode.bind(factory);
  factory.getRootParseNode = (contentType, content) => capturingRoot(getRootParseNode(contentType, content));
  capturing.add(factory);
}

/** Root nodes that already record raw enum values (so capturing twice records nothing twice). */
const capturingRoots = new WeakSet<ParseNode>();

/**
 * A root node that records raw enum values. The client's fast node reports them itself through
 * its `onUnknownEnumValue` hook, which costs nothing per node; any other node gets the wrapper.
 */
function capturingRoot(node: ParseNode): ParseNode {
  if (node instanceof RawEnumParseNode || capturingRoots.has(node)) return node;
  const root =
    node instanceof FastJsonParseNode
      ? node.withUnknownEnumValueHandler(recordRawEnumValue)
      : new RawEnumParseNode(node);
  capturingRoots.add(root);
  return root;
}
