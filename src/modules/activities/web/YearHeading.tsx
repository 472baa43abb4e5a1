import { Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { YearSelect } from '../../../web/components/YearSelect';

/** The heading of a year's follow-up with the year picker beside it (the overview, one activity). */
export function YearHeading({
  title,
  year,
  onYear,
}: {
  title: string;
  year: number;
  onYear: (year: number) => void;
}) {
  const { t } = useTranslation('activities');
  return (
    <Group justify="space-between" align="flex-end">
      <Title order={2} size="h3">
        {title}
      </Title>
      <YearSelect label={t('overview.year')} value={year} onChange={onYear} />
    </Group>
  );
}
