import { AccessTypeObject } from "@netaccess/client";
import { defineEnumHelpers } from "../define-enum-helpers.js";

/** `accessType` (on privateAccessDetails): how Private Access was granted; `appAccess` is evolvable. */
export const accessType = defineEnumHelpers(AccessTypeObject, {
  quickAccess: "Quick Access",
  privateAccess: "Private Access",
});
