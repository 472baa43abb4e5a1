import { Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { shareFromPercent } from '../../../shared/format';
import { api } from '../../../web/api';
import { Dialog } from '../../../web/components/Dialog';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { areaQueries } from '../../areas/web';
import { formatTarget } from './format';
import { type GoalInput, type GoalStatus, goalQueries, type IndicatorGoals } from './queries';

/** What the form opens on: a new goal (perhaps of a chosen indicator), or a goal to change. */
export type Editing = { indicatorId?: string; goal?: GoalStatus };

type Fields = {
  indicatorId: string | null;
  year: number | string;
  areaId: string | null;
  /** As typed: per cent for a share, the indicator's unit otherwise. */
  target: number | string;
  baselineYear: number | string;
};

/** A share is typed in per cent (82 → 0.82); the API keeps it as 0–1. Rounded so 0.1 × 3 stays 0.3. */

/**
 * Sets a goal: indicator, year and area (whole organisation unless one is chosen), the target in the
 * indicator's unit (a share in per cent) and the baseline year. Changing a goal keeps its indicator,
 * year and area (they are what the goal is); saving a new one for a taken key replaces that goal.
 */
export function GoalForm({
  editing,
  year,
  indicators,
  onClose,
}: {
  editing: Editing;
  year: number;
  indicators: (IndicatorGoals & { group: string })[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('goals');
  const areas = useQuery(areaQueries.list());
  const { goal } = editing;
  const fields = useFields<Fields>(() => ({
    indicatorId: goal?.indicatorId ?? editing.indicatorId ?? null,
    year: goal?.year ?? year,
    areaId: goal?.areaId ?? null,
    target: goal ? (goal.unit === 'fraction' ? Math.round(goal.target * 1e4) / 100 : goal.target) : '',
    baselineYear: goal?.baselineYear ?? '',
  }));
  const { values } = fields;
  const indicator = indicators.find((i) => i.id === values.indicatorId);
  const share = indicator?.unit === 'fraction';
  const save = useSaveAndRefetch(goalQueries.all(), (body: GoalInput) => api.put('/goals', body), onClose);
  const groups = [...new Set(indicators.map((i) => i.group))].map((group) => ({
    group,
    items: indicators.filter((i) => i.group === group).map((i) => ({ value: i.id, label: i.name })),
  }));
  const number = (v: number | string) => (v === '' || v === null ? null : Number(v));
  const target = number(values.target);
  const complete = indicator !== undefined && number(values.year) !== null && target !== null;
  return (
    <FormModal
      title={goal ? t('form.editTitle', { name: goal.indicatorName }) : t('form.newTitle')}
      onClose={onClose}
      onSubmit={() => {
        if (!complete) return;
        save.mutate({
          indicatorId: indicator.id,
          year: Number(values.year),
          areaId: values.areaId,
          target: share ? shareFromPercent(target) : target,
          baselineYear: number(values.baselineYear),
        });
      }}
      error={save.error}
      saving={save.isPending}
      submitDisabled={!complete}
    >
      <Select
        label={t('form.indicator')}
        data={groups}
        searchable
        required
        disabled={goal !== undefined}
        nothingFoundMessage={t('form.noIndicator')}
        {...fields.input('indicatorId')}
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t('form.year')}
          min={2000}
          max={2100}
          allowDecimal={false}
          required
          disabled={goal !== undefined}
          {...fields.input('year')}
        />
        <NumberInput
          label={t('form.baselineYear')}
          description={t('form.baselineHint')}
          min={2000}
          max={2100}
          allowDecimal={false}
          {...fields.input('baselineYear')}
        />
      </Group>
      <Select
        label={t('form.area')}
        description={
          indicator && !indicator.areaFigures && values.areaId
            ? t('form.noAreaFigureHint')
            : t('form.areaHint')
        }
        placeholder={t('wholeOrganisation')}
        data={(areas.data ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }))}
        clearable
        searchable
        disabled={goal !== undefined}
        {...fields.input('areaId')}
      />
      <NumberInput
        label={share ? t('form.targetPercent') : t('form.target')}
        description={
          indicator &&
          (indicator.higherIsBetter ? t('form.higherIsBetter') : t('form.lowerIsBetter')) +
            (share ? ` ${t('form.percentHint')}` : '')
        }
        min={0}
        max={share ? 100 : undefined}
        decimalScale={share ? 1 : 2}
        decimalSeparator={i18n.language === 'sv' ? ',' : '.'}
        suffix={share ? ' %' : undefined}
        required
        {...fields.input('target')}
      />
    </FormModal>
  );
}

/** Asks before a goal is deleted, naming it; the audit log keeps what it was. */
export function DeleteGoalDialog({ goal, onClose }: { goal: GoalStatus; onClose: () => void }) {
  const { t, i18n } = useTranslation('goals');
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete(`/goals/${goal.id}`),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: goalQueries.all() });
      onClose();
    },
  });
  const target = formatTarget(goal.target, goal.unit, i18n.language, (u) => t(`unitWords.${u}`));
  return (
    <Dialog opened onClose={onClose} title={t('deleteTitle')} size="md">
      <Stack>
        <ErrorAlert error={remove.error} />
        <Text>
          {t('deleteQuestion', {
            name: goal.indicatorName,
            year: goal.year,
            area: goal.areaName ?? t('wholeOrganisation'),
            target,
          })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t('delete')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
