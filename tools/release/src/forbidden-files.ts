import { basename } from "node:path";

const testPath = /(^|\/)(test|tests|__tests__|__mocks__)\/|\.(test|spec|test-d)\.[^/]+$/;
const secretFileName =
  /^(\.npmrc|\.env(\..+)?|id_(rsa|dsa|ecdsa|ed25519)(\.pub)?|.+\.(pem|key|p12|pfx|keystore))$/i;

/** Why a file must not ship, judged by its path (and, for source maps, by what they map). */
export function forbiddenFileReason(path: string, content: Buffer): string | undefined {
  if (testPath.test(path)) return "test file";
  if (secretFileName.test(basename(path))) return "credential or environment file";
  if (path.endsWith(".map") && mapsGeneratedCode(path, content)) return "source map of generated code";
  return undefined;
}

/** Generated code is not the source of truth; its maps only add weight and point at files that do not ship. */
function mapsGeneratedCode(path: string, content: Buffer): boolean {
  if (/(^|\/)generated\//.test(path)) return true;
  try {
    const sources = (JSON.parse(content.toString("utf8")) as { sources?: unknown }).sources;
    return (
      Array.isArray(sources) &&
      sources.some((source) => typeof source === "string" && /(^|\/)generated\//.test(source))
    );
  } catch {
    return false;
  }
}
