import type { BackingStoreFactory, ParseNode, ParseNodeFactory } from "@microsoft/kiota-abstractions";
import { FastJsonParseNode } from "./fast-json-parse-node.js";

const JSON_CONTENT_TYPE = "application/json";
const decoder = new TextDecoder();

/**
 * Drop-in replacement for Kiota's `JsonParseNodeFactory` (same content type, same checks, same
 * errors) whose nodes are {@link FastJsonParseNode}s.
 */
export class FastJsonParseNodeFactory implements ParseNodeFactory {
  constructor(private readonly backingStoreFactory?: BackingStoreFactory) {}

  getValidContentType(): string {
    return JSON_CONTENT_TYPE;
  }

  getRootParseNode(contentType: string, content: ArrayBuffer): ParseNode {
    if (!content) throw new Error("content cannot be undefined of empty");
    if (!contentType) throw new Error("content type cannot be undefined or empty");
    if (contentType !== JSON_CONTENT_TYPE) throw new Error(`expected a ${JSON_CONTENT_TYPE} content type`);
    return new FastJsonParseNode(JSON.parse(decoder.decode(content)), this.backingStoreFactory);
  }
}
