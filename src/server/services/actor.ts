import type { Role } from '../../store/repositories/identity.repository.js';

/** Who is calling: a token's identity and scope, with the client address for the audit log. */
export interface Principal {
  tokenId: string;
  name: string;
  role: Role;
  tenantId?: string;
  dataCenters?: string[];
  /** Client address, or `internal` for the platform's own loops and the demo. */
  source: string;
}

/** The platform itself, for changes made by its loops. */
export const SYSTEM: Principal = { tokenId: 'system', name: 'system', role: 'platform-admin', source: 'internal' };

/** How an audit entry names the actor. */
export function actorName(p: Principal): string {
  return p.tokenId === 'system' ? 'system' : `${p.tokenId} (${p.name}, ${p.role})`;
}

/** The data centers a principal may act on or see the details of; undefined means all. */
export function dataCenterScope(p: Principal): readonly string[] | undefined {
  if (p.role === 'dc-operator' || p.role === 'dc-agent') return p.dataCenters ?? [];
  return undefined;
}
