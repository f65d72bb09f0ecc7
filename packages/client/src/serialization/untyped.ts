import {
  createUntypedArray,
  createUntypedBoolean,
  createUntypedNodeFromDiscriminatorValue,
  createUntypedNull,
  createUntypedNumber,
  createUntypedObject,
  createUntypedString,
} from "@microsoft/kiota-abstractions";
import type { ParseNode, UntypedNode } from "@microsoft/kiota-abstractions";
import { setOwnProperty } from "./own-property.js";

/**
 * The untyped node Kiota's JSON node builds for a value read as `UntypedNode`; nested values go
 * through `childNode` so they are read by the same kind of parse node.
 */
export function untypedNodeFrom(json: unknown, childNode: (json: unknown) => ParseNode): UntypedNode {
  const nested = (value: unknown) => childNode(value).getObjectValue(createUntypedNodeFromDiscriminatorValue);
  switch (typeof json) {
    case "boolean":
      return createUntypedBoolean(json);
    case "string":
      return createUntypedString(json);
    case "number":
      return createUntypedNumber(json);
  }
  if (Array.isArray(json)) return createUntypedArray(json.map(nested));
  if (typeof json === "object" && json !== null) {
    const properties: Record<string, UntypedNode> = {};
    for (const [key, value] of Object.entries(json)) setOwnProperty(properties, key, nested(value));
    return createUntypedObject(properties);
  }
  return createUntypedNull();
}
