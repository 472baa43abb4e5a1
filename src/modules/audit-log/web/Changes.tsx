import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Values = Record<string, unknown>;

const isRecord = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

function show(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The fields a change touched, before and after, behind a disclosure. */
export function Changes({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation('audit-log');
  const old = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]),
  );
  if (keys.length === 0) return null;
  return (
    <details>
      <summary>{t('changedFields', { count: keys.length })}</summary>
      <Table withTableBorder withColumnBorders fz="xs" mt={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.field')}</Table.Th>
            <Table.Th scope="col">{t('fields.before')}</Table.Th>
            <Table.Th scope="col">{t('fields.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key}>
              <Table.Th scope="row">{key}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>{show(old[key])}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{show(now[key])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </details>
  );
}
