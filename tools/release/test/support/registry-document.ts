/** What the registry holds for one package name. */
export interface RegistryDocument {
  status: number;
  versions: string[];
  distTags: Record<string, string>;
}

/** Reads a package document from the registry as an authenticated client would. */
export async function registryDocument(
  registryUrl: string,
  token: string,
  name: string,
): Promise<RegistryDocument> {
  const response = await fetch(new URL(name.replace("/", "%2f"), registryUrl), {
    headers: { authorization: `Bearer ${token}`, accept: "application/json" },
  });
  if (!response.ok) return { status: response.status, versions: [], distTags: {} };
  const body = (await response.json()) as {
    versions?: Record<string, unknown>;
    "dist-tags"?: Record<string, string>;
  };
  return {
    status: response.status,
    versions: Object.keys(body.versions ?? {}).sort(),
    distTags: body["dist-tags"] ?? {},
  };
}
