/** Shapes of credentials that must never ship, whatever file they hide in. */
const secretPatterns: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: "npm auth token setting", pattern: /^\s*(\/\/\S+:)?_auth(Token)?\s*=\s*(?!\$\{)\S{8,}/m },
  { name: "npm access token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: "GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { name: "AWS access key id", pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { name: "private key", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
];

/**
 * Names the kind of secret a text file contains, if any. `knownSecrets` are exact values (such as the
 * publish token of this run) that must not appear anywhere; values shorter than 8 characters are ignored.
 */
export function findSecret(content: Buffer, knownSecrets: readonly string[]): string | undefined {
  if (content.includes(0)) return undefined;
  const text = content.toString("utf8");
  if (knownSecrets.some((secret) => secret.length >= 8 && text.includes(secret)))
    return "the registry token of this run";
  return secretPatterns.find(({ pattern }) => pattern.test(text))?.name;
}
