import { Alert, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addDays, swedishToday, swedishYear } from '../../../shared/time';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { areaQueries } from '../../areas/web';
import { type Budget, budgetPath, budgetQueries, completions, countingRules, votingMethods } from './queries';

const dateKeys = ['proposalsFrom', 'reviewFrom', 'votingFrom', 'resultFrom', 'implementationFrom'] as const;

type Fields = {
  areaId: string | null;
  year: number | string;
  amount: number | string;
  votingMethod: string;
  countingRule: string;
  completion: string;
} & Record<(typeof dateKeys)[number], string>;

/** Sets a budget up, or changes one: amount, method and rule (until the first ballot), the phases' first days. */
export function BudgetForm({ budget, onClose }: { budget: Budget | null; onClose: () => void }) {
  const { t } = useTranslation('participatory-budget');
  const navigate = useNavigate();
  const areas = useQuery(areaQueries.list());
  const today = swedishToday();
  const fields = useFields<Fields>(() => ({
    areaId: budget?.areaId ?? null,
    year: budget?.year ?? swedishYear(),
    amount: budget?.amount ?? '',
    votingMethod: budget?.votingMethod ?? 'approval',
    countingRule: budget?.countingRule ?? 'greedy',
    completion: budget?.completion ?? 'none',
    proposalsFrom: budget?.proposalsFrom ?? today,
    reviewFrom: budget?.reviewFrom ?? addDays(today, 30),
    votingFrom: budget?.votingFrom ?? addDays(today, 45),
    resultFrom: budget?.resultFrom ?? addDays(today, 60),
    implementationFrom: budget?.implementationFrom ?? addDays(today, 75),
  }));
  const { values } = fields;
  const save = useSaveAndRefetch(
    budgetQueries.all(),
    (body: Record<string, unknown>) =>
      budget
        ? api.patch<Budget>(budgetPath(budget.id), body)
        : api.post<Budget>('/participatory-budget/budgets', body),
    (saved) => {
      onClose();
      if (!budget) navigate(`/participatory-budget/${saved.id}`);
    },
  );
  const choice = (list: readonly string[], group: string) =>
    list.map((v) => ({ value: v, label: t(`${group}.${v}`) }));
  const locked = budget?.locked ?? false;
  return (
    <FormModal
      title={budget ? t('form.editTitle', { area: budget.areaName, year: budget.year }) : t('form.newTitle')}
      size="lg"
      onClose={onClose}
      error={save.error}
      saving={save.isPending}
      submitDisabled={!values.areaId || values.amount === ''}
      onSubmit={() => {
        const dates = Object.fromEntries(dateKeys.map((k) => [k, values[k]]));
        const rules = locked
          ? {}
          : {
              votingMethod: values.votingMethod,
              countingRule: values.countingRule,
              completion: values.completion,
            };
        save.mutate(
          budget
            ? { amount: Number(values.amount), ...rules, ...dates }
            : {
                areaId: values.areaId,
                year: Number(values.year),
                amount: Number(values.amount),
                ...rules,
                ...dates,
              },
        );
      }}
    >
      {!budget && (
        <SimpleGrid cols={2}>
          <Select
            label={t('form.area')}
            required
            data={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
            {...fields.input('areaId')}
          />
          <NumberInput label={t('form.year')} required min={2000} max={2100} {...fields.input('year')} />
        </SimpleGrid>
      )}
      <NumberInput
        label={t('form.amount')}
        required
        min={1}
        step={1000}
        suffix=" kr"
        thousandSeparator=" "
        {...fields.input('amount')}
      />
      {locked && <Alert color="yellow">{t('form.locked')}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('form.votingMethod')}
          disabled={locked}
          data={choice(votingMethods, 'methods')}
          allowDeselect={false}
          value={values.votingMethod}
          onChange={(v) => v && fields.set('votingMethod', v)}
        />
        <Select
          label={t('form.countingRule')}
          disabled={locked}
          data={choice(countingRules, 'rules')}
          allowDeselect={false}
          value={values.countingRule}
          onChange={(v) => v && fields.set('countingRule', v)}
        />
        <Select
          label={t('form.completion')}
          disabled={locked || values.countingRule !== 'equal-shares'}
          data={choice(completions, 'completions')}
          allowDeselect={false}
          value={values.completion}
          onChange={(v) => v && fields.set('completion', v)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {dateKeys.map((key) => (
          <TextInput key={key} type="date" label={t(`form.${key}`)} required {...fields.text(key)} />
        ))}
      </SimpleGrid>
    </FormModal>
  );
}
