import { ActionIcon, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { addWeeks, weekDays } from './queries';

/** The week in the address (?week=2026-W48), defaulting to the given one. */
export function useWeek(fallback: string): [string, (week: string) => void] {
  const [params, setParams] = useSearchParams();
  const given = params.get('week');
  const week = given && /^\d{4}-W\d{2}$/.test(given) ? given : fallback;
  return [
    week,
    (next) =>
      setParams((p) => {
        p.set('week', next);
        return p;
      }),
  ];
}

/** Previous/next week buttons around the week and its dates. */
export function WeekPicker({ week, onChange }: { week: string; onChange: (week: string) => void }) {
  const { t } = useTranslation('situation');
  const { first, last } = weekDays(week);
  return (
    <Group gap="xs" wrap="nowrap">
      <ActionIcon
        variant="default"
        aria-label={t('week.previous')}
        onClick={() => onChange(addWeeks(week, -1))}
      >
        ‹
      </ActionIcon>
      <div>
        <Text fw={600} aria-live="polite">
          {t('week.label')} {week}
        </Text>
        <Text size="xs" c="dimmed">
          {t('week.range', { first, last })}
        </Text>
      </div>
      <ActionIcon variant="default" aria-label={t('week.next')} onClick={() => onChange(addWeeks(week, 1))}>
        ›
      </ActionIcon>
    </Group>
  );
}
