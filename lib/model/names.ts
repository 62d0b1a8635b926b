// Names render derives by joining others. Validation checks them for collisions and render
// uses them, so both must build them the same way: here, once.

/** The Kubernetes namespace of a tenant's project in one environment. */
export function namespaceOf(tenant: string, project: string, env: string): string {
  return `${tenant}-${project}-${env}`;
}
