import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../areas/web';

/**
 * Chooses an area by name: the one area field of the module's forms and filters. With `allLabel`
 * the first choice is every area (an empty value).
 */
export function AreaSelect({
  areas,
  value,
  onChange,
  allLabel,
}: {
  areas: readonly Area[];
  value: string;
  onChange: (areaId: string) => void;
  allLabel?: string;
}) {
  const { t } = useTranslation('rounds');
  const choices = areas.map((a) => ({ value: a.id, label: a.name }));
  return (
    <NativeSelect
      label={t('field.area')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={allLabel === undefined ? choices : [{ value: '', label: allLabel }, ...choices]}
    />
  );
}
