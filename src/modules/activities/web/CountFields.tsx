import { NumberInput, type NumberInputProps, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ageBands, type Session } from './queries';

type Count = number | string;

/** What is counted after a session: a total, by gender, and (optionally) by age band and first-timers. */
export type CountValues = {
  participants: Count;
  women: Count;
  men: Count;
  ages: Record<string, Count>;
  newcomers: Count;
};

export const noCounts: CountValues = { participants: '', women: '', men: '', ages: {}, newcomers: '' };

const asCount = (v: Count) => (v === '' ? null : Number(v));

/** The counts of a stored session, to correct them (a planned session starts empty). */
export function countsOf(session: Session): CountValues {
  if (session.participants === null) return noCounts;
  return {
    participants: session.participants,
    women: session.women,
    men: session.men,
    ages: Object.fromEntries(ageBands.map((b) => [b, session.ages[b] || ''])),
    newcomers: session.newParticipants ?? '',
  };
}

/** The request body's count fields; other/unknown gender is what remains of the total. */
export function countBody(values: CountValues) {
  return {
    participants: asCount(values.participants),
    women: asCount(values.women),
    men: asCount(values.men),
    other: null,
    newParticipants: asCount(values.newcomers),
    ages: Object.fromEntries(
      Object.entries(values.ages)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => [k, Number(v)]),
    ),
  };
}

/** A head count: never negative, typed on the phone's number pad. */
function CountInput(props: NumberInputProps) {
  return <NumberInput min={0} inputMode="numeric" {...props} />;
}

export function CountFields({
  values,
  onChange,
}: {
  values: CountValues;
  onChange: (values: CountValues) => void;
}) {
  const { t } = useTranslation('activities');
  const set = (patch: Partial<CountValues>) => onChange({ ...values, ...patch });
  return (
    <>
      <CountInput
        label={t('fields.participants')}
        required
        value={values.participants}
        onChange={(participants) => set({ participants })}
      />
      <SimpleGrid cols={2} spacing="sm">
        <CountInput label={t('fields.women')} value={values.women} onChange={(women) => set({ women })} />
        <CountInput label={t('fields.men')} value={values.men} onChange={(men) => set({ men })} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('log.rest')}
      </Text>
      <details open={Object.keys(values.ages).length > 0 || values.newcomers !== ''}>
        <summary>{t('log.ages')}</summary>
        <SimpleGrid cols={3} spacing="xs" mt="xs">
          {ageBands.map((band) => (
            <CountInput
              key={band}
              label={t('fields.ageBand', { band: band.replace('-', '–') })}
              value={values.ages[band] ?? ''}
              onChange={(v) => set({ ages: { ...values.ages, [band]: v } })}
            />
          ))}
        </SimpleGrid>
        <CountInput
          mt="xs"
          label={t('fields.newParticipants')}
          description={t('fields.newParticipantsHint')}
          value={values.newcomers}
          onChange={(newcomers) => set({ newcomers })}
        />
      </details>
    </>
  );
}
