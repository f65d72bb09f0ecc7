import { parse, stringify } from "yaml";

const workloadSchemaPrefix = "microsoft.graph.networkaccess.";

/** Components every workload shares: everything outside the networkaccess namespace. */
const shared = ([name]) => !name.startsWith(workloadSchemaPrefix);

/**
 * `copies` workloads shaped like our networkAccess slice, in one spec the way Graph's description
 * holds its workloads: each copy gets its own root path (/networkAccess0/…), schema namespace
 * (microsoft.graph.networkaccess0.*), and collection response, while `entity`, the base collection
 * response and the OData errors stay shared and entity's discriminator maps every copy's connection.
 */
export function syntheticSpec(baseText, copies) {
  const base = parse(baseText);
  const schemas = base.components.schemas;
  const responses = base.components.responses;
  const spec = structuredClone(base);
  spec.info.title = `${base.info.title} (${copies} workloads)`;
  spec.paths = {};
  spec.components.schemas = Object.fromEntries(Object.entries(schemas).filter(shared));
  spec.components.responses = Object.fromEntries(Object.entries(responses).filter(shared));
  const mapping = {};
  spec.components.schemas["microsoft.graph.entity"].discriminator.mapping = mapping;

  for (let i = 0; i < copies; i++) {
    const rename = (value) =>
      JSON.parse(
        JSON.stringify(value)
          .replaceAll(workloadSchemaPrefix, `microsoft.graph.networkaccess${i}.`)
          .replaceAll("/networkAccess", `/networkAccess${i}`)
          .replaceAll("networkAccess.", `networkAccess${i}.`),
      );
    Object.assign(spec.paths, rename(base.paths));
    Object.assign(
      spec.components.schemas,
      rename(Object.fromEntries(Object.entries(schemas).filter((e) => !shared(e)))),
    );
    Object.assign(
      spec.components.responses,
      rename(Object.fromEntries(Object.entries(responses).filter((e) => !shared(e)))),
    );
    mapping[`#microsoft.graph.networkaccess${i}.connection`] =
      `#/components/schemas/microsoft.graph.networkaccess${i}.connection`;
  }
  return stringify(spec);
}

/** Schema and path counts of a spec, for the report. */
export function specSize(text) {
  const spec = parse(text);
  return { schemas: Object.keys(spec.components.schemas).length, paths: Object.keys(spec.paths).length };
}
