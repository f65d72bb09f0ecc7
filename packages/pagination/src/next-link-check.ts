import { createUntypedNodeFromDiscriminatorValue, isUntypedNull } from "@microsoft/kiota-abstractions";
import type { Parsable, ParsableFactory, ParseNode, UntypedNode } from "@microsoft/kiota-abstractions";
import { InvalidNextLinkError } from "./errors.js";

const NEXT_LINK = "@odata.nextLink";

/**
 * Wraps a collection response factory so a page whose `@odata.nextLink` is neither a string nor null
 * fails with `InvalidNextLinkError`. Generated models read the link with `getStringValue()`, which
 * turns a number or an object into `undefined`, and the run would end as if the collection were complete.
 * @param cursor the cursor the error carries: the link of the page being read (none for a first page).
 */
export function checkNextLinkType<R extends Parsable>(
  factory: ParsableFactory<R>,
  cursor?: string,
): ParsableFactory<R> {
  return (parseNode) => {
    const deserializeInto = factory(parseNode);
    return (model) => {
      const fields = deserializeInto(model);
      const readLink = fields[NEXT_LINK];
      // A model without the field keeps the raw value in additionalData, where readEnvelope checks it.
      if (!readLink) return fields;
      return {
        ...fields,
        [NEXT_LINK]: (node: ParseNode) => {
          assertStringOrNull(node, cursor);
          readLink(node);
        },
      };
    };
  };
}

function assertStringOrNull(node: ParseNode, cursor: string | undefined): void {
  if (node.getStringValue() !== undefined) return;
  const untyped = node.getObjectValue<UntypedNode>(createUntypedNodeFromDiscriminatorValue);
  if (isUntypedNull(untyped)) return;
  throw new InvalidNextLinkError(plainValue(untyped), cursor);
}

/** The JSON value behind an untyped node, for the error's `value`. */
function plainValue(node: UntypedNode): unknown {
  const value: unknown = node.getValue();
  if (Array.isArray(value)) return value.map((item) => plainValue(item as UntypedNode));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, plainValue(item as UntypedNode)]),
    );
  }
  return value;
}
