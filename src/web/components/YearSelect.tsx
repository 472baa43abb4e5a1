import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { swedishYear } from '../../shared/time';

/** How many years back follow-up pages offer: the current year and the three before it. */
const YEARS_BACK = 4;

/** Chooses a calendar year among the current one and the three before it. */
export function YearSelect({
  value,
  onChange,
  ...props
}: Omit<NativeSelectProps, 'value' | 'onChange' | 'data'> & {
  value: number;
  onChange: (year: number) => void;
}) {
  const thisYear = swedishYear();
  return (
    <NativeSelect
      {...props}
      value={String(value)}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
      data={Array.from({ length: YEARS_BACK }, (_, i) => String(thisYear - i))}
    />
  );
}
