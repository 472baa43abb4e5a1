import { z } from 'zod';

/**
 * The body of a PATCH: every field optional, none defaulted. Zod 4's `.partial()` keeps a field's
 * `.default()`, so a patch naming one field would reset every defaulted field it left out (a walk's
 * route and participants, an activity's partners). Only the fields a request names may change.
 */
export function patchSchema<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
): z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<z.ZodType<z.output<Shape[K]>, z.input<Shape[K]>>> }> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.removeDefault() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as never;
}
