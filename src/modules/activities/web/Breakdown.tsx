import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../web/components/DataTable';
import { formatNumber } from '../../../web/components/format';
import { locale } from '../../../web/i18n';
import { ageBands, type Figures } from './queries';

type Row = { key: string; label: string; visits: number };

/** Visits of the year by gender and by age band, each with its share of all visits. */
export function Breakdown({ figures, year }: { figures: Figures; year: number }) {
  const { t, i18n } = useTranslation('activities');
  const share = (n: number) =>
    figures.participants
      ? `${((n / figures.participants) * 100).toLocaleString(locale(i18n.language), { maximumFractionDigits: 0 })} %`
      : '–';
  const columns = (header: string) => [
    { key: 'k', header, rowHeader: true, render: (r: Row) => r.label },
    {
      key: 'v',
      header: t('figures.visits'),
      align: 'right' as const,
      render: (r: Row) => formatNumber(r.visits, i18n.language),
    },
    { key: 's', header: t('figures.share'), align: 'right' as const, render: (r: Row) => share(r.visits) },
  ];
  const byGender: Row[] = [
    { key: 'w', label: t('fields.women'), visits: figures.women },
    { key: 'm', label: t('fields.men'), visits: figures.men },
    { key: 'o', label: t('fields.other'), visits: figures.otherOrUnknownGender },
  ];
  const byAge: Row[] = [
    ...ageBands.map((band) => ({
      key: band,
      label: t('fields.ageBand', { band: band.replace('-', '–') }),
      visits: figures.ages[band] ?? 0,
    })),
    { key: 'unknown', label: t('fields.ageUnknown'), visits: figures.ages.unknown ?? 0 },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <DataTable
        caption={t('detail.byGender', { year })}
        rows={byGender}
        rowKey={(r) => r.key}
        columns={columns(t('detail.gender'))}
      />
      <DataTable
        caption={t('detail.byAge', { year })}
        rows={byAge}
        rowKey={(r) => r.key}
        columns={columns(t('detail.ageBand'))}
      />
    </SimpleGrid>
  );
}
