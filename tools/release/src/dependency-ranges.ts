import { dependencyFields, type PackageManifest } from "./manifest.ts";

/** Protocols that only mean something inside this workspace; the packer must have replaced them. */
const localProtocols = ["workspace:", "catalog:", "link:", "file:", "portal:"];

/** `field.name: range` for every dependency whose range would not resolve outside the workspace. */
export function localDependencyRanges(manifest: PackageManifest): string[] {
  return dependencyFields.flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([, range]) => localProtocols.some((protocol) => range.startsWith(protocol)))
      .map(([name, range]) => `${field}.${name}: ${range}`),
  );
}
