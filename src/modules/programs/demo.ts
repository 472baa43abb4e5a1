import type { DemoContext } from '../../core/module';

export async function seedProgramsDemo(_ctx: DemoContext): Promise<void> {}
