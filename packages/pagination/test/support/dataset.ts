import { recordAt } from "./collection-server.js";

/** Ids of the first `total` records of the test log, in server order. */
export function datasetIds(total: number): string[] {
  return Array.from({ length: total }, (_, index) => recordAt(index).id);
}

/** A log size that fills exactly `pageCount` pages of `pageSize`, the last one partly. */
export function totalForPages(pageCount: number, pageSize: number): number {
  return (pageCount - 1) * pageSize + Math.ceil(pageSize / 2);
}

/** Drains an iterable of records and returns their ids in order. */
export async function idsOf(iterable: AsyncIterable<{ id?: string | null }>): Promise<string[]> {
  const ids: string[] = [];
  for await (const item of iterable) ids.push(item.id ?? "<no id>");
  return ids;
}
