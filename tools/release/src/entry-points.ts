import type { PackageManifest } from "./manifest.ts";

/** A file a consumer's resolver can be sent to, and the manifest field that sends it there. */
export interface EntryPoint {
  field: string;
  target: string;
}

/** Every file that main/module/types/typings/bin/exports point at, with `./` removed. */
export function entryPoints(manifest: PackageManifest): EntryPoint[] {
  const points: EntryPoint[] = [];
  for (const field of ["main", "module", "types", "typings"] as const) {
    const target = manifest[field];
    if (typeof target === "string") points.push({ field, target });
  }
  if (typeof manifest.bin === "string") points.push({ field: "bin", target: manifest.bin });
  else
    for (const [name, target] of Object.entries(manifest.bin ?? {}))
      points.push({ field: `bin[${JSON.stringify(name)}]`, target });
  collectExports(manifest.exports, "exports", points);
  return points.map((point) => ({ ...point, target: point.target.replace(/^\.\//, "") }));
}

function collectExports(value: unknown, field: string, points: EntryPoint[]): void {
  if (typeof value === "string") points.push({ field, target: value });
  else if (Array.isArray(value))
    value.forEach((item, index) => collectExports(item, `${field}[${index}]`, points));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      collectExports(item, `${field}[${JSON.stringify(key)}]`, points);
  }
}

/** Condition objects in `exports` whose `types` is not the first key (TypeScript would skip it). */
export function misplacedTypesConditions(exportsField: unknown, field = "exports"): string[] {
  if (!exportsField || typeof exportsField !== "object" || Array.isArray(exportsField)) return [];
  const keys = Object.keys(exportsField);
  const here = keys.includes("types") && keys[0] !== "types" ? [field] : [];
  return [
    ...here,
    ...Object.entries(exportsField).flatMap(([key, item]) =>
      misplacedTypesConditions(item, `${field}[${JSON.stringify(key)}]`),
    ),
  ];
}

/** Whether a target (which may hold `*` subpath patterns) names at least one of the files. */
export function targetExists(target: string, files: ReadonlySet<string>): boolean {
  if (!target.includes("*")) return files.has(target);
  const escaped = target.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".+");
  const pattern = new RegExp(`^${escaped}$`);
  return [...files].some((file) => pattern.test(file));
}
