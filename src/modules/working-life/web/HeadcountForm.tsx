import { Fieldset, Group, NumberInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { type Body, type HeadcountInput, type HeadcountRow, workingLifeQueries } from './queries';

type Typed = number | string;
type Counts = { women: Typed; men: Typed; other: Typed };
type Fields = { year: Typed; counts: Record<string, Counts> };

const filled = (v: Typed) => v !== '' && v !== null && v !== undefined;

/**
 * Enters a year's headcount: women, men and others of every body (a body left empty is left as it
 * is). Each filled body is one PUT of the API, one after the other.
 */
export function HeadcountForm({
  year,
  bodies,
  rows,
  onClose,
  onSaved,
}: {
  year: number;
  bodies: Body[];
  /** The year's stored headcounts, to start from. */
  rows: HeadcountRow[];
  onClose: () => void;
  onSaved: (year: number) => void;
}) {
  const { t } = useTranslation('working-life');
  const fields = useFields<Fields>(() => ({
    year,
    counts: Object.fromEntries(
      bodies.map((b) => {
        const row = rows.find((r) => r.body === b.code);
        return [b.code, { women: row?.women ?? '', men: row?.men ?? '', other: row?.other ?? '' }];
      }),
    ),
  }));
  const { values } = fields;
  const entries = Object.entries(values.counts).filter(([, c]) => filled(c.women) && filled(c.men));
  const half = Object.values(values.counts).some((c) => filled(c.women) !== filled(c.men));
  const save = useSaveAndRefetch(
    workingLifeQueries.all(),
    async (input: { year: number; bodies: [string, HeadcountInput][] }) => {
      for (const [body, counts] of input.bodies) {
        await api.put(`/working-life/headcounts/${input.year}/${body}`, counts);
      }
      return input.year;
    },
    (saved) => {
      onSaved(saved);
      onClose();
    },
  );
  const setCount = (body: string, key: keyof Counts, value: Typed) =>
    fields.set('counts', { ...values.counts, [body]: { ...values.counts[body], [key]: value } });
  const count = (body: Body, key: keyof Counts) => (
    <NumberInput
      label={t(`columns.${key}`)}
      min={0}
      max={1_000_000}
      allowDecimal={false}
      allowNegative={false}
      value={values.counts[body.code][key]}
      onChange={(v) => setCount(body.code, key, v)}
    />
  );
  return (
    <FormModal
      title={t('headcountForm.title')}
      size="lg"
      onClose={onClose}
      onSubmit={() => {
        if (!entries.length || half || !filled(values.year)) return;
        save.mutate({
          year: Number(values.year),
          bodies: entries.map(([body, c]) => [
            body,
            { women: Number(c.women), men: Number(c.men), other: filled(c.other) ? Number(c.other) : 0 },
          ]),
        });
      }}
      error={save.error}
      saving={save.isPending}
      submitDisabled={!entries.length || half || !filled(values.year)}
    >
      <Group>
        <NumberInput
          label={t('year')}
          description={t('headcountForm.yearHint')}
          min={2000}
          max={2100}
          allowDecimal={false}
          required
          w={160}
          {...fields.input('year')}
        />
      </Group>
      {bodies.map((body) => (
        <Fieldset key={body.code} legend={body.name}>
          <SimpleGrid cols={3}>
            {count(body, 'women')}
            {count(body, 'men')}
            {count(body, 'other')}
          </SimpleGrid>
        </Fieldset>
      ))}
    </FormModal>
  );
}
