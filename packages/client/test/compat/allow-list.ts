/**
 * Every way our generated client may differ from Kiota's real output, with the reason. The compat
 * tests name each difference they find (`<kind> <subject>: <detail>`); a difference missing here
 * fails its test, and so does an entry that no longer matches any difference. `*` matches any text.
 */
export interface AllowedDifference {
  difference: string;
  reason: string;
}

export const allowList: readonly AllowedDifference[] = [
  {
    difference: "extends *: BackedModel only in Graph",
    reason:
      "Graph's SDK is generated with usesBackingStore: true, so its models extend BackedModel; " +
      "our lock sets usesBackingStore: false (the backing store is not supported by this generator).",
  },
  {
    difference: "property *.backingStoreEnabled only in Graph",
    reason: "The backing store's flag, declared on every Graph model that has no base type; see above.",
  },
  {
    difference: "operation ConnectionsRequestBuilder.post only in Kiota",
    reason:
      "specs/networkaccess.yaml is read-only: connection logs cannot be created, so it omits Graph's POST.",
  },
  {
    difference: "operation ConnectionItemRequestBuilder.patch only in Kiota",
    reason: "specs/networkaccess.yaml is read-only: it omits Graph's PATCH of a connection log.",
  },
  {
    difference: "operation ConnectionItemRequestBuilder.delete only in Kiota",
    reason: "specs/networkaccess.yaml is read-only: it omits Graph's DELETE of a connection log.",
  },
  {
    difference: "operation NetworkAccessRequestBuilder.get only in Kiota",
    reason: "The spec describes /networkAccess as navigation only; reading the root entity is out of scope.",
  },
  {
    difference: "operation NetworkAccessRequestBuilder.patch only in Kiota",
    reason: "The spec describes /networkAccess as navigation only; it is read-only as well.",
  },
  {
    difference: "navigation LogsRequestBuilder.generativeAIInsights only in Kiota",
    reason: "The lock's includePatterns keep only the connection logs under /networkAccess/logs.",
  },
  {
    difference: "navigation LogsRequestBuilder.remoteNetworks only in Kiota",
    reason: "The lock's includePatterns keep only the connection logs under /networkAccess/logs.",
  },
  {
    difference: "navigation LogsRequestBuilder.traffic only in Kiota",
    reason: "The lock's includePatterns keep only the connection logs under /networkAccess/logs.",
  },
  {
    difference: 'enum TrafficTypeObject: * Microsoft: "microsoft" only in ours',
    reason:
      "specs/networkaccess.yaml has Graph's newer trafficType member `microsoft`; the pinned " +
      "@microsoft/msgraph-beta-sdk was generated before Graph added it.",
  },
];
