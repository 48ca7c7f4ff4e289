// The `clients:` section → the approved clients, each remembering its line. An entry with
// an `id` pins that client; a `name` alone must match one client (src/evaluate/client-refs.ts).
import { compileClientRef } from './client-ref.ts';
import type { DesiredClients } from './policy-file.ts';
import type { Problems } from './problems.ts';
import type { DesiredClient, DesiredRole, DesiredState } from './types.ts';
import { locate, type YamlSource } from './yaml-source.ts';

export function compileDesiredState(source: YamlSource, spec: DesiredClients, problems: Problems): DesiredState {
  const seen = new Map<string, number>();
  const clients = spec.list.map((entry, i): DesiredClient => {
    const path = ['clients', 'list', i];
    const location = locate(source, path);
    if (!entry.name && !entry.id) problems.error(location, 'An approved client needs a `name` or an `id`.');
    const key = entry.id ? `id:${entry.id}` : `name:${entry.name ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.error(location, `This client is already listed at line ${locate(source, ['clients', 'list', first]).line}; list each client once.`);
    } else seen.set(key, i);
    const grantType = entry['grant-type'];
    if (grantType === 'client-credentials' && entry.scopes) {
      problems.warning(locate(source, [...path, 'scopes']), 'Client-credentials clients act through roles; their scopes are not compared.');
    }
    if (grantType !== 'client-credentials' && entry.roles) {
      problems.warning(locate(source, [...path, 'roles']), 'Only client-credentials clients hold roles; these roles are not compared.');
    }
    return {
      name: entry.name,
      id: entry.id,
      clientRef: compileClientRef(entry.id ? { id: entry.id, name: entry.name } : (entry.name ?? '')),
      grantType,
      scopes: grantType === 'client-credentials' ? undefined : entry.scopes,
      roles: grantType === 'client-credentials' ? entry.roles?.map(toDesiredRole) : undefined,
      owner: entry.owner,
      location,
    };
  });
  return {
    unknown: spec.unknown ?? 'error',
    missing: spec.missing ?? 'warning',
    drift: spec.drift ?? 'error',
    clients,
    location: locate(source, ['clients'], true),
  };
}

function toDesiredRole(role: string | { role: string; division: string }): DesiredRole {
  return typeof role === 'string' ? { role } : { role: role.role, division: role.division };
}
