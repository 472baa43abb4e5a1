import { AppError } from '../errors';
import type { Language } from '../i18n/i18n';
import type { Role } from './auth.table';

/** Who is acting. Area scope is 'all' for roles that see the whole organisation. */
export type Actor = {
  userId: string | null;
  organisationId: string;
  name: string;
  role: Role | 'system';
  areaIds: readonly string[] | 'all';
  partnerOrganisation: string | null;
  language: Language;
};

/** The roles granted each permission. Modules add theirs with definePermissions. */
const grants = new Map<string, readonly Role[]>();

/** Registers a module's permissions; a permission is named "<module>.<verb>". */
export function definePermissions<const P extends string>(spec: Record<P, readonly Role[]>): Record<P, P> {
  const names = {} as Record<P, P>;
  for (const [permission, roles] of Object.entries(spec) as [P, readonly Role[]][]) {
    grants.set(permission, roles);
    names[permission] = permission;
  }
  return names;
}

export function rolesGranted(permission: string): readonly Role[] {
  const roles = grants.get(permission);
  if (!roles) throw new Error(`Unknown permission ${permission}`);
  return roles;
}

export function allPermissions(): string[] {
  return [...grants.keys()];
}

/** Whether the actor may use the permission, and, when an area is named, in that area. */
export function can(actor: Actor, permission: string, areaId?: string | null): boolean {
  if (actor.role !== 'system' && !rolesGranted(permission).includes(actor.role)) return false;
  if (areaId && actor.areaIds !== 'all' && !actor.areaIds.includes(areaId)) return false;
  return true;
}

/** Throws forbidden unless can(); services call it first. */
export function assertCan(actor: Actor, permission: string, areaId?: string | null): void {
  if (!can(actor, permission, areaId)) throw new AppError('forbidden');
}

/** Area ids the actor may see, or null for all: use as a filter in list queries. */
export function visibleAreaIds(actor: Actor): readonly string[] | null {
  return actor.areaIds === 'all' ? null : actor.areaIds;
}

/** Roles that see every area of their organisation; the others see the areas given to them. */
export function seesAllAreas(role: Role): boolean {
  return role === 'admin' || role === 'analyst' || role === 'viewer' || role === 'partner';
}

/** The actor for CLI commands and scheduled jobs. */
export function systemActor(organisationId: string, name = 'system'): Actor {
  return {
    userId: null,
    organisationId,
    name,
    role: 'system',
    areaIds: 'all',
    partnerOrganisation: null,
    language: 'sv',
  };
}
