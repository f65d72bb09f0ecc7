import { DeviceCategoryObject } from "@netaccess/client";
import { defineEnumHelpers } from "../define-enum-helpers.js";

/** `deviceCategory`: kind of device that carried a connection; `remoteNetwork` is evolvable. */
export const deviceCategory = defineEnumHelpers(DeviceCategoryObject);
