import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import type { NetworkAccessApiClient } from "../generated/networkAccessApiClient.js";

/** What every facade call works with: the generated client and the adapter it sends through. */
export interface FacadeContext {
  readonly api: NetworkAccessApiClient;
  readonly requestAdapter: RequestAdapter;
}
