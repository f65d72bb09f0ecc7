import { ParseNodeFactoryRegistry } from "@microsoft/kiota-abstractions";
import type { BackingStoreFactory, ParseNodeFactory } from "@microsoft/kiota-abstractions";
import { JsonParseNodeFactory } from "@microsoft/kiota-serialization-json";
import { TextParseNodeFactory } from "@microsoft/kiota-serialization-text";
import { FastJsonParseNodeFactory } from "./fast-json-parse-node-factory.js";

/** Which JSON parse node reads responses: this package's fast one, or Kiota's stock `JsonParseNodeFactory`. */
export type ParseNodeFactoryKind = "fast" | "stock";

type ParseNodeFactoryType = new (backingStoreFactory: BackingStoreFactory) => ParseNodeFactory;

const JSON_FACTORY_TYPES: Readonly<Record<ParseNodeFactoryKind, ParseNodeFactoryType>> = {
  fast: FastJsonParseNodeFactory,
  stock: JsonParseNodeFactory,
};

/**
 * A `ParseNodeFactoryRegistry` whose JSON factory is the chosen kind. Generated clients register
 * Kiota's `JsonParseNodeFactory` on their adapter's registry when they are created; this registry
 * registers the chosen kind in its place (with the adapter's backing store factory), so the choice
 * survives `createNetworkAccessApiClient`.
 */
export class JsonKindParseNodeFactoryRegistry extends ParseNodeFactoryRegistry {
  constructor(readonly kind: ParseNodeFactoryKind) {
    super();
  }

  override registerDefaultDeserializer(
    type: ParseNodeFactoryType,
    backingStoreFactory: BackingStoreFactory,
  ): void {
    const chosen = type === JsonParseNodeFactory ? JSON_FACTORY_TYPES[this.kind] : type;
    super.registerDefaultDeserializer(chosen, backingStoreFactory);
  }
}

/**
 * The parse node factory to hand a Kiota request adapter (`new FetchRequestAdapter(auth, factory)`):
 * JSON read by the chosen kind (default `"fast"`), `text/plain` by Kiota's text factory.
 */
export function createParseNodeFactory(
  kind: ParseNodeFactoryKind = "fast",
  backingStoreFactory?: BackingStoreFactory,
): ParseNodeFactoryRegistry {
  if (!Object.hasOwn(JSON_FACTORY_TYPES, kind)) {
    throw new TypeError(`parseNodeFactory must be "fast" or "stock"; got ${describe(kind)}.`);
  }
  const registry = new JsonKindParseNodeFactoryRegistry(kind);
  const store = backingStoreFactory as BackingStoreFactory;
  registry.registerDefaultDeserializer(JsonParseNodeFactory, store);
  registry.registerDefaultDeserializer(TextParseNodeFactory, store);
  return registry;
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : `${typeof value} ${String(value)}`;
}
