/**
 * The test's own reading of the CSV rules (written independently of the CLI's code): nested
 * objects become dotted columns, `@odata.type` gets none, null and absent are empty cells,
 * numbers are their decimal text, collections are JSON.
 */
export function flattenForCsv(
  record: Record<string, unknown>,
  prefix = "",
  out: Record<string, string> = {},
): Record<string, string> {
  for (const [key, value] of Object.entries(record)) {
    if (key === "@odata.type") continue;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      flattenForCsv(value as Record<string, unknown>, `${prefix}${key}.`, out);
    } else if (value === null || value === undefined) {
      out[`${prefix}${key}`] = "";
    } else {
      out[`${prefix}${key}`] = typeof value === "object" ? JSON.stringify(value) : String(value);
    }
  }
  return out;
}

/** A CSV row as an object without its empty cells (a missing nested object has no keys in JSON). */
export const withoutEmpty = (row: Record<string, string>) =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== ""));
