export {
  defineEnumHelpers,
  type EnumHelpers,
  type EnumLabelOverrides,
  type EnumLabels,
  type EnumObject,
  type MatchHandlers,
  type ParseOptions,
} from "./define-enum-helpers.js";
export { labelFromMemberName } from "./member-label.js";
export { isUnknownEnumValue, unknownEnumValue, type UnknownEnumValue } from "./unknown-enum-value.js";
export { accessType } from "./enums/access-type.js";
export { connectionStatus } from "./enums/connection-status.js";
export { crossTenantAccessType } from "./enums/cross-tenant-access-type.js";
export { deviceCategory } from "./enums/device-category.js";
export { deviceJoinType } from "./enums/device-join-type.js";
export { networkingProtocol } from "./enums/networking-protocol.js";
export { trafficType } from "./enums/traffic-type.js";
export { networkAccessEnums } from "./enums/all-enums.js";
export {
  INCLUDE_UNKNOWN_ENUM_MEMBERS,
  withUnknownEnumMembers,
  type RequestHeaders,
} from "./prefer-unknown-enum-members.js";
export { captureRawEnums, createRawEnumParseNodeFactory } from "./raw-values/raw-enum-parse-node-factory.js";
export { rawEnumValues, type RawEnumValue, type RawEnumValues } from "./raw-values/raw-enum-store.js";
export { RawEnumParseNode } from "./raw-values/raw-enum-parse-node.js";
