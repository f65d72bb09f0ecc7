import { CrossTenantAccessTypeObject } from "@netaccess/client";
import { defineEnumHelpers } from "../define-enum-helpers.js";

/** `crossTenantAccessType`: whether a connection crossed a tenant boundary, and how. */
export const crossTenantAccessType = defineEnumHelpers(CrossTenantAccessTypeObject, {
  b2bCollaboration: "B2B collaboration",
});
