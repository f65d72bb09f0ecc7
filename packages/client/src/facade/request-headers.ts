/** Reads a request header whatever form `init.headers` has; names compare case-insensitively. */
export function hasRequestHeader(init: RequestInit, name: string): boolean {
  const headers = init.headers;
  if (headers === undefined) return false;
  if (headers instanceof Headers) return headers.has(name);
  const wanted = name.toLowerCase();
  const names = Array.isArray(headers) ? headers.map(([key]) => key) : Object.keys(headers);
  return names.some((key) => key.toLowerCase() === wanted);
}

/** Sets a request header on `init`, creating the header record when there is none. */
export function setRequestHeader(init: RequestInit, name: string, value: string): void {
  const headers = init.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) headers.push([name, value]);
  else if (headers === undefined) init.headers = { [name]: value };
  else headers[name] = value;
}

/** Deletes the named headers from `init` in place, names compared case-insensitively. */
export function removeRequestHeaders(init: RequestInit, names: readonly string[]): void {
  const headers = init.headers;
  if (headers === undefined) return;
  const doomed = new Set(names.map((name) => name.toLowerCase()));
  if (headers instanceof Headers) {
    for (const name of doomed) headers.delete(name);
  } else if (Array.isArray(headers)) {
    init.headers = headers.filter(([key]) => !doomed.has(key.toLowerCase()));
  } else {
    for (const key of Object.keys(headers)) {
      if (doomed.has(key.toLowerCase())) delete headers[key];
    }
  }
}
