import { Group, NumberInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { type Activity, activityQueries } from './queries';

/** Budget and cost of an activity for one year; both empty removes the year. */
export function FinanceForm({
  activity,
  year,
  onClose,
}: {
  activity: Activity;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('activities');
  const client = useQueryClient();
  const current = activity.finances.find((f) => f.year === year);
  const [budget, setBudget] = useState<number | string>(current?.budget ?? '');
  const [cost, setCost] = useState<number | string>(current?.cost ?? '');
  const amount = (v: number | string) => (v === '' ? null : Number(v));
  const save = useMutation({
    mutationFn: () =>
      api.put(`/activities/${activity.id}/finances/${year}`, { budget: amount(budget), cost: amount(cost) }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: activityQueries.all() });
      onClose();
    },
  });
  return (
    <FormModal
      onClose={onClose}
      title={t('finance.title', { year })}
      onSubmit={() => save.mutate()}
      error={save.error}
      saving={save.isPending}
    >
      <Group grow align="flex-start">
        <NumberInput
          label={t('fields.budget')}
          min={0}
          thousandSeparator=" "
          value={budget}
          onChange={setBudget}
        />
        <NumberInput
          label={t('fields.cost')}
          description={t('finance.costHint')}
          min={0}
          thousandSeparator=" "
          value={cost}
          onChange={setCost}
        />
      </Group>
    </FormModal>
  );
}
