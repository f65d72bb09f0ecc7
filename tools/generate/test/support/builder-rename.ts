import { parseDomExport } from "../../src/diff/dom-entries.ts";

/** The destinationReport accessor on the reports builder, and the folder Kiota put its builder in. */
export interface ReportBuilderNames {
  accessor: string;
  folder: string;
}

export function reportBuilderNames(dump: string): ReportBuilderNames {
  const entries = parseDomExport(dump);
  const accessor = entries.find(
    (e) =>
      e.kind === "method" && e.owner.endsWith(".reportsRequestBuilder") && /DestinationReport/.test(e.member),
  )?.member;
  if (!accessor) throw new Error("the dump has no destinationReport accessor");
  const builderType = `${accessor[0]!.toUpperCase()}${accessor.slice(1)}RequestBuilder`;
  const builder = entries.find(
    (e) => e.kind === "inheritance" && e.signature === `BaseRequestBuilder<${builderType}>`,
  );
  if (!builder) throw new Error(`the dump has no ${builderType}`);
  const namespace = builder.owner.split(".");
  return { accessor, folder: namespace[namespace.length - 2]! };
}

/** The part the accessor shares with the response type and the builder's type names. */
const stem = (accessor: string): string => accessor.replace(/^microsoftGraphNetworkaccess/, "");

/**
 * The one hand edit a builder rename needs: the facade's file of generated names gets the new folder,
 * accessor and type names, in one pass (the new names contain the old ones). Everything else in the
 * facade goes through that file.
 */
export function renameInFacade(text: string, before: ReportBuilderNames, after: ReportBuilderNames): string {
  const renames = new Map([
    [before.folder, after.folder],
    [stem(before.accessor), stem(after.accessor)],
  ]);
  const pattern = new RegExp([...renames.keys()].toSorted((a, b) => b.length - a.length).join("|"), "g");
  return text.replace(pattern, (found) => renames.get(found)!);
}
