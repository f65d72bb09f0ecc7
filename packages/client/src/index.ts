// The generated Kiota client: factory, request builders' types, models and enums.
export * from "./generated/networkAccessApiClient.js";
export * from "./generated/models/index.js";
export * from "./generated/models/networkaccess/index.js";
export * from "./generated/models/oDataErrors/index.js";
export { SignalOption, SIGNAL_OPTION_KEY } from "./facade/signal-option.js";
