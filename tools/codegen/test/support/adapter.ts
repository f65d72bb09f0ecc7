import {
  AnonymousAuthenticationProvider,
  ParseNodeFactoryRegistry,
  SerializationWriterFactoryRegistry,
} from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";

/**
 * The real Kiota fetch adapter with empty serializer registries: the generated client factory
 * registers the JSON and text factories its lock names, so a missing registration shows up as a
 * failed request.
 */
export function createAdapter(baseUrl: string): FetchRequestAdapter {
  const adapter = new FetchRequestAdapter(
    new AnonymousAuthenticationProvider(),
    new ParseNodeFactoryRegistry(),
    new SerializationWriterFactoryRegistry(),
  );
  adapter.baseUrl = baseUrl;
  return adapter;
}
