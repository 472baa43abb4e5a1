import type { DemoContext } from '../../core/module';

/** Filled in below (step 8). */
export async function seedActivitiesDemo(_ctx: DemoContext): Promise<void> {}
