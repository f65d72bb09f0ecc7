import type { TokenCredential } from "@netaccess/client";
import { authError, usageError } from "./exit-codes.js";

export const AUTH_METHODS = ["device-code", "client-secret", "azure-cli", "default"] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

export interface AuthFlags {
  token?: string;
  auth?: AuthMethod;
  tenantId?: string;
  clientId?: string;
}

export type ClientAuth = { token: string } | { credential: TokenCredential };

type Env = Readonly<Record<string, string | undefined>>;

const nonEmpty = (value: string | undefined) =>
  value === undefined || value.trim() === "" ? undefined : value;

/**
 * Picks the credential: `--token`/`NETACCESS_TOKEN`, or an Azure Identity credential for `--auth`.
 * Tenant and client id come from the flags or AZURE_TENANT_ID/AZURE_CLIENT_ID; a client secret
 * only from AZURE_CLIENT_SECRET, never a flag (command lines end up in shell history).
 */
export async function resolveAuth(
  flags: AuthFlags,
  env: Env,
  prompt: (message: string) => void,
): Promise<ClientAuth> {
  const token = nonEmpty(flags.token) ?? nonEmpty(env.NETACCESS_TOKEN);
  if (flags.auth === undefined) {
    if (token === undefined) {
      throw authError(
        "no credentials: pass --token, set NETACCESS_TOKEN, use --auth <method>, or try --mock",
      );
    }
    return { token };
  }
  if (nonEmpty(flags.token) !== undefined) throw usageError("--token and --auth cannot be combined");
  const tenantId = nonEmpty(flags.tenantId) ?? nonEmpty(env.AZURE_TENANT_ID);
  const clientId = nonEmpty(flags.clientId) ?? nonEmpty(env.AZURE_CLIENT_ID);
  const identity = await import("@azure/identity");
  switch (flags.auth) {
    case "device-code":
      return {
        credential: new identity.DeviceCodeCredential({
          ...(tenantId === undefined ? {} : { tenantId }),
          ...(clientId === undefined ? {} : { clientId }),
          userPromptCallback: (info) => prompt(info.message),
        }),
      };
    case "client-secret": {
      const secret = nonEmpty(env.AZURE_CLIENT_SECRET);
      const missing = [
        tenantId === undefined ? "--tenant-id (or AZURE_TENANT_ID)" : "",
        clientId === undefined ? "--client-id (or AZURE_CLIENT_ID)" : "",
        secret === undefined ? "AZURE_CLIENT_SECRET" : "",
      ].filter(Boolean);
      if (tenantId === undefined || clientId === undefined || secret === undefined) {
        throw authError(`--auth client-secret needs ${missing.join(", ")}`);
      }
      return { credential: new identity.ClientSecretCredential(tenantId, clientId, secret) };
    }
    case "azure-cli":
      return { credential: new identity.AzureCliCredential(tenantId === undefined ? {} : { tenantId }) };
    case "default":
      return {
        credential: new identity.DefaultAzureCredential({
          ...(tenantId === undefined ? {} : { tenantId }),
          ...(clientId === undefined ? {} : { managedIdentityClientId: clientId }),
        }),
      };
  }
}
