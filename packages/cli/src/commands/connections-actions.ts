import {
  deserializeIntoConnection,
  serializeConnection,
  type Connection,
  type ConnectionOrderBy,
  type ConnectionProperty,
  type NetworkAccessClient,
} from "@netaccess/client";
import type { CliIo } from "../context.js";
import { ExitCode, usageError, type ExitCodeValue } from "../exit-codes.js";
import { modelFields, selectFields } from "../fields.js";
import type { CommonFlags } from "../options.js";
import { writeSingle } from "../output/single-value.js";
import { wireEncoder } from "../wire-text.js";
import { WINDOW_ORDER } from "./connections-command.js";
import { exportCommand, type ExportFlags } from "./export-command.js";
import { validated, withSession } from "./session.js";

export const CONNECTION_FIELDS = modelFields(deserializeIntoConnection);

const TABLE_COLUMNS = [
  "createdDateTime",
  "userPrincipalName",
  "destinationFqdn",
  "destinationIp",
  "destinationPort",
  "transportProtocol",
  "trafficType",
  "status",
  "sentBytes",
  "receivedBytes",
];

const PARALLEL_ORDERS = new Set(["createdDateTime", WINDOW_ORDER]);

// The facade checks property names at run time (a TypeError, reported as bad input).
export type Select = { select?: ConnectionProperty[] };

export interface ListFlags extends ExportFlags, Select {
  filter?: string;
  orderby?: string;
  top?: number;
}

/** `$filter` for a half-open window on createdDateTime, and'ed with the user's filter. */
export function windowFilter(
  userFilter: string | undefined,
  [start, end]: readonly [string, string],
): string {
  const window = `createdDateTime ge ${start} and createdDateTime lt ${end}`;
  return userFilter === undefined ? window : `(${userFilter}) and ${window}`;
}

const encoderFor = (client: NetworkAccessClient) =>
  wireEncoder<Connection>(client, serializeConnection, CONNECTION_FIELDS);

export async function list(io: CliIo, flags: ListFlags): Promise<ExitCodeValue> {
  const orderby = flags.orderby?.trim().replace(/\s+/g, " ");
  if ((flags.parallel ?? 1) > 1 && orderby !== undefined && !PARALLEL_ORDERS.has(orderby)) {
    throw usageError(
      `--parallel writes in time order; it cannot be combined with --orderby '${flags.orderby}'`,
    );
  }
  const fields = selectFields(CONNECTION_FIELDS, flags.select);
  return exportCommand(io, flags, {
    fields,
    tableColumns: flags.select ? fields.map((f) => f.name) : TABLE_COLUMNS,
    source: (target, window, withTotal) =>
      target.client.connections.pageSource({
        filter: windowFilter(flags.filter, window),
        orderby: (orderby ?? WINDOW_ORDER) as ConnectionOrderBy,
        ...(flags.select ? { select: flags.select } : {}),
        ...(flags.top === undefined ? {} : { top: flags.top }),
        ...(withTotal ? { count: true } : {}),
      }),
    encoder: (target) => encoderFor(target.client),
  });
}

export async function get(io: CliIo, id: string, flags: CommonFlags & Select): Promise<ExitCodeValue> {
  return withSession(io, flags, {}, async ({ target, sink, format }) => {
    const options = flags.select ? { select: flags.select } : {};
    validated(() => {
      if (id.trim() === "") throw new TypeError("<id> must not be empty");
    });
    const connection = await target.client.connections.get(id, options);
    await writeSingle(
      sink,
      format,
      encoderFor(target.client)(connection),
      selectFields(CONNECTION_FIELDS, flags.select),
    );
    return ExitCode.ok;
  });
}

export async function count(io: CliIo, flags: CommonFlags & { filter?: string }): Promise<ExitCodeValue> {
  return withSession(io, flags, {}, async ({ target, sink, format }) => {
    const total = await target.client.connections.count(
      flags.filter === undefined ? {} : { filter: flags.filter },
    );
    await writeSingle(sink, format, JSON.stringify({ count: total }), [{ name: "count" }]);
    return ExitCode.ok;
  });
}
