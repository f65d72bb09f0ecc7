/**
 * Kiota's symbol cleanup: every character that cannot be part of an identifier is dropped and
 * the word character right after it is upper-cased (`@odata.type` → `odataType`,
 * `connection-id` → `connectionId`).
 */
const separatorThenLetter = /[^A-Za-z0-9_]+([A-Za-z0-9_])?/g;

export function cleanupSymbolName(original: string): string {
  const cleaned = original.replace(separatorThenLetter, (_m, next: string | undefined) =>
    next ? next.toUpperCase() : "",
  );
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

export const upperFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
export const lowerFirst = (s: string): string => (s ? s[0]!.toLowerCase() + s.slice(1) : s);

/** camelCase identifier for properties, parameters, folders and methods. */
export const camelName = (original: string): string => lowerFirst(cleanupSymbolName(original));

/** PascalCase identifier for types and enum members. */
export const pascalName = (original: string): string => upperFirst(cleanupSymbolName(original));

/** Names Kiota's TypeScript refiner escapes with an `Escaped` suffix (compared ignoring case). */
const reservedWords = new Set(
  [
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "do",
    "else",
    "enum",
    "error",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceOf",
    "new",
    "null",
    "package",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeOf",
    "var",
    "void",
    "while",
    "with",
    "BaseRequestBuilder",
    "MultipartBody",
  ].map((w) => w.toLowerCase()),
);

export function escapeReserved(name: string): string {
  return reservedWords.has(name.toLowerCase()) ? `${name}Escaped` : name;
}
