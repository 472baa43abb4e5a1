import { describe, expect, it } from 'vitest';
import { type Actor, systemActor } from '../../core/auth/access';
import { mayView, seesRestricted, type Viewer } from './situation.policy';

const actor = (role: Actor['role'], userId = 'u-1'): Actor => ({ ...systemActor('org'), role, userId });
const viewer = (over: Partial<Viewer> & { actor: Actor }): Viewer => ({
  coordinator: false,
  partnerId: null,
  partnerKind: null,
  ...over,
});

const municipality = viewer({
  actor: actor('partner'),
  partnerId: 'kommun',
  partnerKind: 'municipality_unit',
});
const police = viewer({ actor: actor('partner', 'u-2'), partnerId: 'polis', partnerKind: 'police' });
const coordinator = viewer({ actor: actor('analyst', 'u-3'), coordinator: true });
const host = viewer({ actor: actor('host', 'u-4') });

const restrictedFromPolice = { restricted: true, sourceId: 'polis', reportedBy: 'u-2' };
const ordinaryFromPolice = { restricted: false, sourceId: 'polis', reportedBy: 'u-2' };
const ordinaryFromMunicipality = { restricted: false, sourceId: 'kommun', reportedBy: 'u-1' };
const restrictedFromFirm = { restricted: true, sourceId: 'vakt', reportedBy: 'u-9' };

describe('who sees which report', () => {
  it('a municipality partner sees its own reports only, never a restricted one of others', () => {
    expect(mayView(municipality, ordinaryFromMunicipality)).toBe(true);
    expect(mayView(municipality, restrictedFromPolice)).toBe(false);
    expect(mayView(municipality, ordinaryFromPolice)).toBe(false);
  });

  it('the police see their own reports and restricted reports of others', () => {
    expect(seesRestricted(police)).toBe(true);
    expect(mayView(police, restrictedFromFirm)).toBe(true);
    expect(mayView(police, ordinaryFromMunicipality)).toBe(false);
  });

  it('the coordinator sees everything', () => {
    expect(mayView(coordinator, restrictedFromFirm)).toBe(true);
  });

  it('staff who are not coordinators see ordinary reports but not restricted ones', () => {
    expect(seesRestricted(host)).toBe(false);
    expect(mayView(host, ordinaryFromPolice)).toBe(true);
    expect(mayView(host, restrictedFromPolice)).toBe(false);
  });
});
