import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type KiotaLock, checkLock, descriptionHash, renderLock } from "./config/lock.ts";
import { emitBuilder } from "./emit/builders.ts";
import { clientFileName, emitClient } from "./emit/client.ts";
import { renderDomExport } from "./emit/dom-export.ts";
import { emitNamespace } from "./emit/models.ts";
import { BuilderFactory } from "./model/build-builders.ts";
import { TypeBuilder } from "./model/build-types.ts";
import type { ClientDecl } from "./model/ir.ts";
import { pathFilter } from "./model/path-filter.ts";
import { loadSpec } from "./spec/load-spec.ts";

export interface GeneratedTree {
  /** Output-relative path → file content, for every file generation owns. */
  files: Map<string, string>;
  warnings: string[];
  client: ClientDecl;
  /** The spec text the tree was generated from (spec:diff compares it with the base's). */
  specText: string;
}

export const LOCK_FILE = "kiota-lock.json";
export const DOM_EXPORT_FILE = "kiota-dom-export.txt";

export async function readLock(outDir: string): Promise<KiotaLock> {
  const path = resolve(outDir, LOCK_FILE);
  const lock = JSON.parse(await readFile(path, "utf8")) as KiotaLock;
  checkLock(lock, path);
  return lock;
}

/** Generates the whole client in memory; nothing is written, so a failure leaves the tree as it was. */
export async function generate(outDir: string, lock: KiotaLock): Promise<GeneratedTree> {
  const specPath = resolve(outDir, lock.descriptionLocation);
  const spec = await loadSpec(specPath);
  const types = new TypeBuilder(spec.schemaNames);
  const mimeTypes = lock.structuredMimeTypes.map((entry) => ({ mime: entry.split(";")[0]!.trim(), entry }));
  const factory = new BuilderFactory(spec.document, types, mimeTypes);
  const root = factory.buildClient(
    lock.clientClassName,
    pathFilter(lock.includePatterns, lock.excludePatterns),
  );
  types.dropInheritedProperties();
  const client: ClientDecl = {
    className: lock.clientClassName,
    baseUrl: spec.document.servers?.[0]?.url.replace(/\/$/, ""),
    root,
    namespaces: types.namespaces.all().filter((ns) => ns.models.length + ns.enums.length > 0),
    builders: factory.all.filter((b) => b !== root),
    serializers: lock.serializers,
    deserializers: lock.deserializers,
  };
  const files = new Map<string, string>();
  files.set(clientFileName(client), emitClient(client).render());
  for (const b of client.builders) files.set(`${b.folder}/index.ts`, emitBuilder(b).render());
  for (const ns of client.namespaces) files.set(`${ns.folder}/index.ts`, emitNamespace(ns).render());
  files.set(LOCK_FILE, renderLock({ ...lock, descriptionHash: descriptionHash(spec.text) }));
  files.set(DOM_EXPORT_FILE, renderDomExport(client, lock.clientNamespaceName));
  return { files, warnings: spec.warnings, client, specText: spec.text };
}

export const specLocation = (outDir: string, lock: KiotaLock): string =>
  resolve(outDir, lock.descriptionLocation);
