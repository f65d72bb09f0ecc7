import type { createConnectionFromDiscriminatorValue, createNetworkAccessApiClient } from "@netaccess/client";

// Kiota's serialization types, read off @netaccess/client's own signatures so this package always
// uses exactly the Kiota copy the client was built against.

export type RequestAdapter = Parameters<typeof createNetworkAccessApiClient>[0];
export type ParseNodeFactory = ReturnType<RequestAdapter["getParseNodeFactory"]>;
export type ParseNode = NonNullable<Parameters<typeof createConnectionFromDiscriminatorValue>[0]>;
export type Parsable = NonNullable<Parameters<ReturnType<typeof createConnectionFromDiscriminatorValue>>[0]>;
export type PrimitiveTypeForCollection = Parameters<ParseNode["getCollectionOfPrimitiveValues"]>[0];

/** A model's deserializer record: JSON property name → reader that assigns it from a child node. */
export type FieldReaders = Record<string, (node: ParseNode) => void>;

/** Kiota's `ParsableFactory<T>`. */
export type ParsableFactory<T extends Parsable> = (
  parseNode: ParseNode | undefined,
) => (instance?: Partial<T>) => FieldReaders;
