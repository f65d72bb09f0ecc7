import { createHash } from "node:crypto";
import { SpecError } from "../spec/spec-error.ts";

/** The Kiota release whose TypeScript output this generator reproduces. */
export const KIOTA_VERSION = "1.34.1";

/** `kiota-lock.json`: Kiota's record of how a client was generated, read back as our configuration. */
export interface KiotaLock {
  descriptionHash: string;
  descriptionLocation: string;
  lockFileVersion: string;
  kiotaVersion: string;
  clientClassName: string;
  typeAccessModifier: string;
  clientNamespaceName: string;
  language: string;
  usesBackingStore: boolean;
  excludeBackwardCompatible: boolean;
  includeAdditionalData: boolean;
  disableSSLValidation: boolean;
  serializers: string[];
  deserializers: string[];
  structuredMimeTypes: string[];
  includePatterns: string[];
  excludePatterns: string[];
  disabledValidationRules: string[];
  allowedExternalOrigins: string[];
}

const supportedFactories = new Set([
  "@microsoft/kiota-serialization-json.JsonSerializationWriterFactory",
  "@microsoft/kiota-serialization-text.TextSerializationWriterFactory",
  "@microsoft/kiota-serialization-json.JsonParseNodeFactory",
  "@microsoft/kiota-serialization-text.TextParseNodeFactory",
]);

/** Refuses settings this generator does not reproduce, naming the field. */
export function checkLock(lock: KiotaLock, where: string): void {
  const fail = (field: string, detail: string) => {
    throw new SpecError(`${where}#/${field}`, detail);
  };
  if (lock.language !== "TypeScript") fail("language", "only TypeScript is generated");
  if (lock.usesBackingStore) fail("usesBackingStore", "the backing store is not supported; set it to false");
  if (!lock.includeAdditionalData)
    fail("includeAdditionalData", "only includeAdditionalData: true is supported");
  if (lock.excludeBackwardCompatible) fail("excludeBackwardCompatible", "only false is supported");
  if (lock.typeAccessModifier !== "Public") fail("typeAccessModifier", "only Public is supported");
  for (const f of [...lock.serializers, ...lock.deserializers]) {
    if (!supportedFactories.has(f))
      fail("serializers", `unsupported factory ${f}; use the TypeScript JSON and text factories`);
  }
  if (lock.kiotaVersion !== KIOTA_VERSION)
    fail("kiotaVersion", `this generator matches Kiota ${KIOTA_VERSION}`);
}

/** Upper-case SHA-512 of the description text: the lock's change detector. */
export function descriptionHash(text: string): string {
  return createHash("sha512").update(text).digest("hex").toUpperCase();
}

/** Kiota's key order and two-space indentation. */
export function renderLock(lock: KiotaLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}
