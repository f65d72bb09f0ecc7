/** Domains of public npm registries and their mirrors; internal packages must never go there. */
const publicRegistryDomains = [
  "npmjs.org",
  "npmjs.com",
  "yarnpkg.com",
  "npmmirror.com",
  "npm.taobao.org",
  "cnpmjs.org",
  "jsr.io",
];

/** True when the URL's host is a public registry or one of its subdomains. */
export function isPublicRegistry(url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  return publicRegistryDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
