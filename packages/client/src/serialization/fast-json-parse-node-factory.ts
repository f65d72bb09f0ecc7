import type { BackingStoreFactory, ParseNodeFactory } from "@microsoft/kiota-abstractions";
import { FastJsonParseNode } from "./fast-json-parse-node.js";
import type { FastJsonParseOptions } from "./fast-json-parse-options.js";

const JSON_CONTENT_TYPE = "application/json";
const decoder = new TextDecoder();

/**
 * Drop-in replacement for Kiota's `JsonParseNodeFactory` (same content type, same checks, same
 * errors) whose nodes are {@link FastJsonParseNode}s. `onUnknownEnumValue` is told of every enum
 * value its models' field readers could not map (see {@link FastJsonParseOptions}).
 */
export class FastJsonParseNodeFactory implements ParseNodeFactory {
  private readonly options: FastJsonParseOptions;

  constructor(
    backingStoreFactory?: BackingStoreFactory,
    options: Pick<FastJsonParseOptions, "onUnknownEnumValue"> = {},
  ) {
    this.options = { backingStoreFactory, onUnknownEnumValue: options.onUnknownEnumValue };
  }

  getValidContentType(): string {
    return JSON_CONTENT_TYPE;
  }

  getRootParseNode(contentType: string, content: ArrayBuffer): FastJsonParseNode {
    if (!content) throw new Error("content cannot be undefined of empty");
    if (!contentType) throw new Error("content type cannot be undefined or empty");
    if (contentType !== JSON_CONTENT_TYPE) throw new Error(`expected a ${JSON_CONTENT_TYPE} content type`);
    return new FastJsonParseNode(JSON.parse(decoder.decode(content)), this.options);
  }
}
