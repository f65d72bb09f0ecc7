/** Whether `init` has the header, whatever form `init.headers` has; names compare case-insensitively. */
export function hasRequestHeader(init: RequestInit, name: string): boolean {
  return getRequestHeader(init, name) !== undefined;
}

/** Reads a request header (the first value given) whatever form `init.headers` has. */
export function getRequestHeader(init: RequestInit, name: string): string | undefined {
  if (init.headers instanceof Headers) return init.headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  return requestHeaderEntries(init).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** The request's headers as name-value pairs, whatever form `init.headers` has. */
export function requestHeaderEntries(init: RequestInit): [string, string][] {
  const headers = init.headers;
  if (headers === undefined) return [];
  if (headers instanceof Headers || Array.isArray(headers)) return [...headers] as [string, string][];
  return Object.entries(headers);
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
