import { ConnectionStatusObject } from "@netaccess/client";
import { defineEnumHelpers } from "../define-enum-helpers.js";

/** `connectionStatus`: lifecycle state of a connection. */
export const connectionStatus = defineEnumHelpers(ConnectionStatusObject);
