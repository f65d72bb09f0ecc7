// The real Kiota runtime the tests build adapters and parse nodes with.
export { AnonymousAuthenticationProvider, ParseNodeFactoryRegistry } from "@microsoft/kiota-abstractions";
export type { AuthenticationProvider } from "@microsoft/kiota-abstractions";
export { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
export { JsonParseNodeFactory } from "@microsoft/kiota-serialization-json";
