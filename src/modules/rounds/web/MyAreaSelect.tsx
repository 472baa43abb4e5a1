import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import type { Area } from '../../areas/web';

/** Chooses one of the areas the user works in, by name. */
export function MyAreaSelect({ areas, ...props }: Omit<NativeSelectProps, 'data'> & { areas: Area[] }) {
  return <NativeSelect {...props} data={areas.map((a) => ({ value: a.id, label: a.name }))} />;
}
