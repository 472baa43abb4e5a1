import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { patchSchema } from './patch-schema';

const walk = z.object({
  title: z.string().min(1),
  route: z.string().default(''),
  participants: z.array(z.string()).default([]),
  feedbackOn: z.string().nullish(),
});

describe('patch schemas', () => {
  it('leave out what a request does not name, where .partial() would fill in the defaults', () => {
    expect(walk.partial().parse({ title: 'Kvällsvandring' })).toEqual({
      title: 'Kvällsvandring',
      route: '',
      participants: [],
    });
    expect(patchSchema(walk).parse({ title: 'Kvällsvandring' })).toEqual({ title: 'Kvällsvandring' });
  });

  it('still check the fields a request names, and let nullable ones be cleared', () => {
    expect(patchSchema(walk).safeParse({ title: '' }).success).toBe(false);
    expect(patchSchema(walk).safeParse({ participants: 'alla' }).success).toBe(false);
    expect(patchSchema(walk).parse({ feedbackOn: null, route: 'Gården' })).toEqual({
      feedbackOn: null,
      route: 'Gården',
    });
  });
});
