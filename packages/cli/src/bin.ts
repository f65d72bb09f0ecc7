#!/usr/bin/env node
import * as nodeModule from "node:module";

// Caches compiled code between runs (Node's own cache directory): a short command starts faster.
nodeModule.enableCompileCache?.();

const { ExitCode, usageError } = await import("./exit-codes.js");
const { run } = await import("./program.js");

/** `NETACCESS_NOW` fixes the clock (relative dates, the default window, the mock's data). */
function clock(): Date {
  const fixed = process.env.NETACCESS_NOW;
  if (fixed === undefined || fixed === "") return new Date();
  const now = new Date(fixed);
  if (Number.isNaN(now.getTime())) throw usageError(`NETACCESS_NOW is not an ISO 8601 date: ${fixed}`);
  return now;
}

const interrupt = new AbortController();
let interrupts = 0;
const onSignal = () => {
  interrupts++;
  // The first Ctrl-C lets the page in hand finish; a second one does not wait.
  if (interrupts === 1) interrupt.abort(new Error("interrupted"));
  else process.exit(ExitCode.interrupted);
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

try {
  process.exitCode = await run({
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    argv: process.argv.slice(2),
    interrupt: interrupt.signal,
    now: clock(),
  });
} catch (error) {
  const failure = (await import("./report-error.js")).describeFailure(error);
  process.stderr.write(`netaccess: ${failure.message}\n`);
  process.exitCode = failure.exitCode;
}
