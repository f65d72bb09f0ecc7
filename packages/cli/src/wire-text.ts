import type { NetworkAccessClient, serializeConnection } from "@netaccess/client";
import { rawEnumValues } from "@netaccess/enums";
import type { Field } from "./fields.js";

type Serializer = typeof serializeConnection;
type Writer = Parameters<Serializer>[0];

/** Turns a model back into Graph's wire JSON (one line, no raw newlines). */
export type WireEncoder<T> = (model: T) => string;

const decoder = new TextDecoder();

/**
 * Encodes models with Kiota's JSON serialization writer and the generated serializer, so the output
 * has Graph's property names, ISO dates and enum wire values. Enum values Kiota could not map
 * (captured by `captureRawEnums`) are put back first, so nothing the server sent is lost.
 */
export function wireEncoder<T extends object>(
  client: NetworkAccessClient,
  serialize: (writer: Writer, model: Partial<T> | undefined | null) => void,
  fields: readonly Field[],
): WireEncoder<T> {
  const factory = client.requestAdapter.getSerializationWriterFactory();
  const nested = objectFields(fields);
  return (model) => {
    restoreRawEnums(model, nested);
    // Describes the response, not the record (and names the host it came from).
    delete (model as { additionalData?: Record<string, unknown> }).additionalData?.["@odata.context"];
    const writer = factory.getSerializationWriter("application/json");
    writer.writeObjectValue(undefined, model, serialize);
    return decoder.decode(writer.getSerializedContent());
  };
}

/** The fields holding nested objects, at every depth: the only places besides the model with enums of their own. */
interface ObjectField {
  readonly name: string;
  readonly nested: readonly ObjectField[];
}

const objectFields = (fields: readonly Field[]): ObjectField[] =>
  fields.flatMap((field) =>
    field.children ? [{ name: field.name, nested: objectFields(field.children) }] : [],
  );

/** Puts the server's original enum strings back where Kiota left `undefined`. */
function restoreRawEnums(model: object, nested: readonly ObjectField[]): void {
  const target = model as Record<string, unknown>;
  Object.assign(target, rawEnumValues(model));
  for (const field of nested) {
    const value = target[field.name];
    if (typeof value === "object" && value !== null) restoreRawEnums(value, field.nested);
  }
}
