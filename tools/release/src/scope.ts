/** The npm scope every publishable package lives in; the registry mapping is per scope. */
export const internalScope = "@netaccess";

/** Environment variable holding the internal registry URL. */
export const registryEnvVar = "NETACCESS_REGISTRY";

/** Environment variable holding the publish token; files only ever reference it by name. */
export const tokenEnvVar = "NETACCESS_REGISTRY_TOKEN";

/** The config key npm and pnpm read to route the scope to a registry. */
export const scopeRegistryKey = `${internalScope}:registry`;
