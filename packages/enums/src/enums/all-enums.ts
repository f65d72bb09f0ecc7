import { accessType } from "./access-type.js";
import { connectionStatus } from "./connection-status.js";
import { crossTenantAccessType } from "./cross-tenant-access-type.js";
import { deviceCategory } from "./device-category.js";
import { deviceJoinType } from "./device-join-type.js";
import { networkingProtocol } from "./networking-protocol.js";
import { trafficType } from "./traffic-type.js";

/** Every enum of the spec by its spec name, for code that walks all of them (forms, docs, checks). */
export const networkAccessEnums = Object.freeze({
  trafficType,
  networkingProtocol,
  connectionStatus,
  deviceCategory,
  accessType,
  crossTenantAccessType,
  deviceJoinType,
});
