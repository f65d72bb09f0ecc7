import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";

const blockSize = 512;

/**
 * Reads a package tarball (.tgz) into a map from each file's path inside the package (without the
 * leading `package/` folder) to its contents. Handles ustar prefixes and pax/GNU long names.
 */
export async function readTarball(file: string): Promise<Map<string, Buffer>> {
  const data = gunzipSync(await readFile(file));
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + blockSize <= data.length) {
    const header = data.subarray(offset, offset + blockSize);
    if (header.every((byte) => byte === 0)) break;
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 0);
    const body = data.subarray(offset + blockSize, offset + blockSize + size);
    offset += blockSize + Math.ceil(size / blockSize) * blockSize;
    if (type === "x") {
      longName = paxPath(body) ?? longName;
      continue;
    }
    if (type === "L") {
      longName = cString(body);
      continue;
    }
    const name = longName ?? ustarName(header);
    longName = undefined;
    if (type === "0" || type === "\0") files.set(withoutRootFolder(name), Buffer.from(body));
  }
  return files;
}

function parseOctal(field: Buffer): number {
  const text = cString(field).trim();
  return text ? Number.parseInt(text, 8) : 0;
}

function cString(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString("utf8");
}

function ustarName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const isUstar = cString(header.subarray(257, 263)).startsWith("ustar");
  const prefix = isUstar ? cString(header.subarray(345, 500)) : "";
  return prefix ? `${prefix}/${name}` : name;
}

/** pax records are `<length> <key>=<value>\n`; only the path matters here. */
function paxPath(body: Buffer): string | undefined {
  for (const record of body.toString("utf8").split("\n")) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return undefined;
}

function withoutRootFolder(name: string): string {
  const clean = name.replace(/^\.\//, "");
  const slash = clean.indexOf("/");
  return slash === -1 ? clean : clean.slice(slash + 1);
}
