import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatCount, formatDate, formatFigureCell } from '../../../shared/format';
import { swedishYear } from '../../../shared/time';
import { DataTable } from '../../../web/components/DataTable';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { payQueries, type SalaryPage } from './queries';

type Row = SalaryPage['rows'][number];

/** The year's salary rows a page at a time, for HR to check an import; every page viewed is logged. */
export default function SalariesPage() {
  const { t, i18n } = useTranslation('pay-survey');
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || swedishYear();
  const page = Number(params.get('page')) || 1;
  const rows = useQuery(payQueries.salaries(year, page));
  const goTo = (to: number) => setParams({ year: String(year), page: String(to) });
  const sek = (v: number | null) => formatFigureCell(v, 'sek', lang);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('salaries.title', { year })}
        description={t('salaries.description')}
        actions={
          <Anchor component={Link} to="/pay-survey">
            {t('salaries.back')}
          </Anchor>
        }
      />
      <QueryState query={rows}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          return (
            <Stack>
              <DataTable<Row>
                caption={t('salaries.caption', { year, page })}
                rows={data.rows}
                rowKey={(r) => r.employeeRef}
                columns={[
                  { key: 'ref', header: t('salaries.ref'), rowHeader: true, render: (r) => r.employeeRef },
                  {
                    key: 'gender',
                    header: t('salaries.gender'),
                    render: (r) => t(`salaries.genders.${r.gender}`),
                  },
                  { key: 'title', header: t('salaries.jobTitle'), render: (r) => r.jobTitle },
                  { key: 'group', header: t('columns.group'), render: (r) => r.workGroup },
                  {
                    key: 'level',
                    header: t('columns.level'),
                    align: 'right',
                    render: (r) => r.jobValueLevel,
                  },
                  {
                    key: 'salary',
                    header: t('salaries.salary'),
                    align: 'right',
                    render: (r) => sek(r.monthlySalary),
                  },
                  {
                    key: 'fte',
                    header: t('salaries.fte'),
                    align: 'right',
                    render: (r) => formatFigureCell(r.fte, 'fraction', lang),
                  },
                  {
                    key: 'born',
                    header: t('salaries.birthYear'),
                    align: 'right',
                    render: (r) => r.birthYear,
                  },
                  { key: 'hired', header: t('salaries.hiredOn'), render: (r) => formatDate(r.hiredOn, lang) },
                  {
                    key: 'variable',
                    header: t('salaries.variablePay'),
                    align: 'right',
                    render: (r) => sek(r.variablePay),
                  },
                ]}
              />
              <Group>
                <Button variant="default" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                  {t('salaries.previous')}
                </Button>
                <Text size="sm">
                  {t('salaries.pageOf', { page, pages, total: formatCount(data.total, lang) })}
                </Text>
                <Button variant="default" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                  {t('salaries.next')}
                </Button>
              </Group>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
