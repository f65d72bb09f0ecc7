import { TrafficTypeObject } from "@netaccess/client";
import { defineEnumHelpers } from "../define-enum-helpers.js";

/** `trafficType`: the traffic forwarding profile a connection or destination was classified under. */
export const trafficType = defineEnumHelpers(TrafficTypeObject);
