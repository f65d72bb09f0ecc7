/**
 * The environment of a person's shell: without the npm_* and pnpm_* variables the test runner
 * inherited from `pnpm exec`, and without any registry settings of this run.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm|pnpm)_/i.test(key) && !key.startsWith("NETACCESS_"),
    ),
  );
  return { ...env, ...extra };
}
