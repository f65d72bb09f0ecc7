import { DeviceJoinTypeObject } from "@netaccess/client";
import { defineEnumHelpers } from "../define-enum-helpers.js";

/** `deviceJoinType`: how the device is joined to Microsoft Entra ID. */
export const deviceJoinType = defineEnumHelpers(DeviceJoinTypeObject, {
  microsoftEntraJoined: "Microsoft Entra joined",
  microsoftEntraRegistered: "Microsoft Entra registered",
});
