/**
 * What the seed documents and the facts file say about each schema, as data.
 * Doc types: String, Int32, Int64, DateTimeOffset, or an enum/complex type name.
 */
export const connectionDocumented: Record<string, string> = {
  agentVersion: "String",
  applicationSnapshot: "applicationSnapshot",
  createdDateTime: "DateTimeOffset",
  destinationFqdn: "String",
  destinationIp: "String",
  destinationPort: "Int32",
  deviceCategory: "deviceCategory",
  deviceId: "String",
  deviceOperatingSystem: "String",
  deviceOperatingSystemVersion: "String",
  endDateTime: "DateTimeOffset",
  id: "String",
  initiatingProcessName: "String",
  lastUpdateDateTime: "DateTimeOffset",
  networkProtocol: "networkingProtocol",
  popProcessingRegion: "String",
  privateAccessDetails: "privateAccessDetails",
  receivedBytes: "Int64",
  sentBytes: "Int64",
  sourceIp: "String",
  sourcePort: "Int32",
  status: "connectionStatus",
  tenantId: "String",
  trafficType: "trafficType",
  transactionBlockCount: "Int32",
  transactionCount: "Int32",
  transportProtocol: "networkingProtocol",
  userId: "String",
  userPrincipalName: "String",
};

/** Added to connection by the 2026-04 metadata (facts §3.2); absent from the seed's table. */
export const connectionAddedLater: Record<string, string> = {
  crossTenantAccessType: "crossTenantAccessType",
  deviceJoinType: "deviceJoinType",
  homeTenantId: "String",
};

/** All 13 destination properties (facts §3.1); the seed's example shows only some. */
export const destinationDocumented: Record<string, string> = {
  deviceCount: "Int32",
  firstAccessDateTime: "DateTimeOffset",
  fqdn: "String",
  ip: "String",
  lastAccessDateTime: "DateTimeOffset",
  networkingProtocol: "networkingProtocol",
  port: "Int32",
  threatCount: "Int32",
  totalBytesReceived: "Int64",
  totalBytesSent: "Int64",
  trafficType: "trafficType",
  transactionCount: "Int32",
  userCount: "Int32",
};

/** Properties in the seed's destinationReport example response, with the JSON type shown there. */
export const destinationExampleProperties = {
  fqdn: "string",
  ip: "string",
  port: "number",
  networkingProtocol: "string",
  lastAccessDateTime: "string",
  trafficType: "string",
} as const;

/** In the seed's example but not in the metadata: kept out of the spec on purpose (facts §7.3). */
export const exampleOnlyProperties = ["trafficProfile"];

export const privateAccessDetailsDocumented: Record<string, string> = {
  accessType: "accessType",
  appSegmentId: "String",
  connectionStatus: "connectionStatus",
  connectorId: "String",
  connectorIp: "String",
  connectorName: "String",
  processingRegion: "String",
  thirdPartyTokenDetails: "thirdPartyTokenDetails",
};

export const thirdPartyTokenDetailsDocumented: Record<string, string> = {
  expirationDateTime: "DateTimeOffset",
  issuedAtDateTime: "DateTimeOffset",
  uniqueTokenIdentifier: "String",
  validFromDateTime: "DateTimeOffset",
};

/** Enum members in spec order: metadata order (facts §4), plus trafficType `microsoft` from the docs. */
export const enumMembers: Record<string, string[]> = {
  trafficType: ["internet", "private", "microsoft365", "all", "unknownFutureValue", "microsoft"],
  networkingProtocol: [
    "ip",
    "icmp",
    "igmp",
    "ggp",
    "ipv4",
    "tcp",
    "pup",
    "udp",
    "idp",
    "ipv6",
    "ipv6RoutingHeader",
    "ipv6FragmentHeader",
    "ipSecEncapsulatingSecurityPayload",
    "ipSecAuthenticationHeader",
    "icmpV6",
    "ipv6NoNextHeader",
    "ipv6DestinationOptions",
    "nd",
    "ipx",
    "raw",
    "spx",
    "spxII",
    "unknownFutureValue",
  ],
  connectionStatus: ["open", "active", "closed", "unknownFutureValue"],
  deviceCategory: ["client", "branch", "unknownFutureValue", "remoteNetwork"],
  accessType: ["quickAccess", "privateAccess", "unknownFutureValue", "appAccess"],
  crossTenantAccessType: ["none", "b2bCollaboration", "unknownFutureValue"],
  deviceJoinType: ["none", "microsoftEntraJoined", "microsoftEntraRegistered", "unknownFutureValue"],
};

/** Enum values the seed's connection document names as possible values. */
export const seedEnumValues: Record<string, string[]> = {
  deviceCategory: ["client", "branch", "unknownFutureValue", "remoteNetwork"],
  connectionStatus: ["open", "active", "closed", "unknownFutureValue"],
  trafficType: ["internet", "private", "microsoft365", "all", "unknownFutureValue", "microsoft"],
};

/**
 * Seed values the spec leaves out. None: the docs list `microsoft` for trafficType after
 * `unknownFutureValue` while Graph's metadata lags (facts §4); the spec follows the docs there.
 */
export const seedValuesNotInSpec: Record<string, string[]> = {};
