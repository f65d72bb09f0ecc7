// One cold import, in a fresh process: `node cold-import-worker.mjs <specifier>...` imports each
// in turn and prints {"ms"} (the time from the first import to the last one settled) as JSON.
const specifiers = process.argv.slice(2);
const started = performance.now();
for (const specifier of specifiers) await import(specifier);
console.log(JSON.stringify({ ms: performance.now() - started }));
