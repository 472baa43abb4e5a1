import { describe, expect, it } from 'vitest';
import { demoWithAreas } from '../../../test/demo-context';
import { setUpTestApp } from '../../../test/harness';
import { dialogueModule } from '.';
import { publicDialogues } from './public-follow-up';
import { dialoguePoints, dialogues } from './testing';

const t = setUpTestApp({ reset: false });

describe('dialogue demo', () => {
  it('holds twenty dialogues over two years, with points, responses and seventeen actions', async () => {
    const { organisation, ctx } = await demoWithAreas(t.db, 'demo-dialog');
    await dialogueModule.seedDemo?.(ctx);
    const held = await t.db.select().from(dialogues);
    expect(held.filter((d) => d.organisationId === organisation.id)).toHaveLength(20);
    // 2026-11-23 minus 690 days is 2025-01-02: the oldest, within two years.
    expect(held.map((d) => d.heldOn).sort()[0]).toBe('2025-01-02');
    const points = (await t.db.select().from(dialoguePoints)).filter(
      (p) => p.organisationId === organisation.id,
    );
    expect(points.filter((p) => p.actionId !== null)).toHaveLength(17);
    const [raby] = held.filter((d) => d.title === 'Barnkonsultation på Råby skola');
    const shown = await publicDialogues(t.db, organisation.id, raby.areaId);
    expect(shown.map((d) => d.method)).toContain('children_consultation');
  });
});
