import type { RunResult } from "./run.ts";

/**
 * What a failed pnpm/changesets command that talked to the registry means, in one sentence: a rejected
 * token, a missing permission, an unreachable registry, or else pnpm's own error message.
 */
export function explainRegistryFailure(result: RunResult, registryUrl: string, tokenVar: string): string {
  const output = `${result.stdout}\n${result.stderr}`;
  const host = new URL(registryUrl).host;
  if (/\bE401\b|ERR_PNPM_FETCH_401|\b401 Unauthorized\b|\b401\b.*unauthori[sz]ed/i.test(output)) {
    return `the registry at ${host} rejected ${tokenVar} (HTTP 401): the token is wrong, expired or revoked.`;
  }
  if (/\bE403\b|ERR_PNPM_FETCH_403|\b403 Forbidden\b/i.test(output)) {
    return `the registry at ${host} refused ${tokenVar} (HTTP 403): the token is valid but may not publish this package.`;
  }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET/.test(output)) {
    return `the registry at ${host} could not be reached (${/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET/.exec(output)?.[0]}).`;
  }
  return pnpmMessage(output) ?? `exit code ${result.code}: ${lastLines(output)}`;
}

/** The `error.message` of the last JSON object pnpm printed with `--json`, when there is one. */
function pnpmMessage(output: string): string | undefined {
  const start = output.lastIndexOf('{\n  "error"');
  if (start < 0) return undefined;
  try {
    const parsed = JSON.parse(output.slice(start, output.indexOf("\n}", start) + 2)) as {
      error?: { code?: string; message?: string };
    };
    const { code, message } = parsed.error ?? {};
    return message ? `${code ? `${code}: ` : ""}${message.trim()}` : undefined;
  } catch {
    return undefined;
  }
}

function lastLines(output: string): string {
  return output.trim().split("\n").slice(-5).join("\n") || "(no output)";
}
