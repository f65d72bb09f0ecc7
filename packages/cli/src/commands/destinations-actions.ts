import { deserializeIntoDestination, serializeDestination, type Destination } from "@netaccess/client";
import type { CliIo } from "../context.js";
import type { ExitCodeValue } from "../exit-codes.js";
import { modelFields } from "../fields.js";
import { wireEncoder } from "../wire-text.js";
import { exportCommand, type ExportFlags } from "./export-command.js";

export const DESTINATION_FIELDS = modelFields(deserializeIntoDestination);

const TABLE_COLUMNS = [
  "fqdn",
  "ip",
  "port",
  "networkingProtocol",
  "trafficType",
  "userCount",
  "deviceCount",
  "transactionCount",
  "totalBytesSent",
  "totalBytesReceived",
  "lastAccessDateTime",
];

export interface DestinationFlags extends ExportFlags {
  filter?: string;
  top?: number;
}

export function destinations(io: CliIo, flags: DestinationFlags): Promise<ExitCodeValue> {
  return exportCommand<Destination>(io, flags, {
    fields: DESTINATION_FIELDS,
    tableColumns: TABLE_COLUMNS,
    source: (target, [start, end], withTotal) =>
      target.client.destinationReportPageSource({
        start,
        end,
        ...(flags.filter === undefined ? {} : { filter: flags.filter }),
        ...(flags.top === undefined ? {} : { top: flags.top }),
        ...(withTotal ? { count: true } : {}),
      }),
    encoder: (target) => wireEncoder<Destination>(target.client, serializeDestination, DESTINATION_FIELDS),
  });
}
