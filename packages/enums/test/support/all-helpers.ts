import type { EnumHelpers } from "../../src/index.js";
import { networkAccessEnums } from "../../src/index.js";

/** Every enum's helpers as plain string helpers, for tests that walk all of them. */
export const allHelpers = Object.entries(networkAccessEnums) as [string, EnumHelpers<string>][];
