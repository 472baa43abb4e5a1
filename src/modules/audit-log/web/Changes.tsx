import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Values = Record<string, unknown>;

const isRecord = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Longer values (an outline's coordinates, a whole settings object) are cut here; the CSV export has them whole. */
const maxShown = 160;

/** Every row of an organisation carries the same organisation id: it says nothing about the change. */
const hidden = new Set(['organisationId']);

/** The fields a change touched, before and after, behind a disclosure. */
export function Changes({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation('audit-log');
  const show = (value: unknown): string => {
    if (value === undefined || value === null) return '–';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > maxShown
      ? `${text.slice(0, maxShown)}${t('truncated', { count: text.length })}`
      : text;
  };
  const old = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) => !hidden.has(key) && JSON.stringify(old[key]) !== JSON.stringify(now[key]),
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
              <Table.Th scope="row">{t(`fieldNames.${key}`, { defaultValue: key })}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>{show(old[key])}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{show(now[key])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </details>
  );
}
