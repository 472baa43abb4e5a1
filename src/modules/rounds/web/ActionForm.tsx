import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, swedishToday } from '../../../shared/time';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { type Action, roundQueries } from './queries';

/** Days until a new action is due, by the finding's severity (high findings get 14 automatically). */
const dueDays = { high: 14, medium: 30, low: 60 } as const;

/**
 * Picks one of the people who can act on the area's actions (admins and its hosts): an action's
 * owner, or (labelled with the area's name) the area's manager.
 */
export function OwnerSelect({
  areaId,
  value,
  onChange,
  label,
}: {
  areaId: string;
  value: string;
  onChange: (userId: string) => void;
  label?: string;
}) {
  const { t } = useTranslation('rounds');
  const owners = useQuery(roundQueries.owners(areaId));
  return (
    <NativeSelect
      label={label ?? t('actions.owner')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: '–' }, ...(owners.data ?? []).map((o) => ({ value: o.id, label: o.name }))]}
    />
  );
}

/** What the public page says once the action is done, in Swedish and (optionally) English. */
function PublicTextFields({
  sv,
  en,
  onChange,
}: {
  sv: string;
  en: string;
  onChange: (texts: { sv: string; en: string }) => void;
}) {
  const { t } = useTranslation('rounds');
  return (
    <>
      <Textarea
        label={t('actions.publicText')}
        description={t('actions.publicTextHelp')}
        value={sv}
        onChange={(e) => onChange({ sv: e.currentTarget.value, en })}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('actions.publicTextEn')}
        description={t('actions.publicTextEnHelp')}
        value={en}
        onChange={(e) => onChange({ sv, en: e.currentTarget.value })}
        autosize
        minRows={2}
      />
    </>
  );
}

/** Who does an action, by when, and what the public page says: asked when it is made and when edited. */
export type ActionPlan = { ownerUserId: string; dueOn: string; texts: { sv: string; en: string } };

/** An action's plan as the form holds it: nothing chosen is an empty string. */
export function actionPlan(action: {
  ownerUserId: string | null;
  dueOn: string | null;
  publicText?: string | null;
  publicTextEn?: string | null;
}): ActionPlan {
  return {
    ownerUserId: action.ownerUserId ?? '',
    dueOn: action.dueOn ?? '',
    texts: { sv: action.publicText ?? '', en: action.publicTextEn ?? '' },
  };
}

/** A plan as the API takes it: an empty choice is no owner, no due date, no public text. */
export function planBody({ ownerUserId, dueOn, texts }: ActionPlan) {
  return {
    ownerUserId: ownerUserId || null,
    dueOn: dueOn || null,
    publicText: texts.sv || null,
    publicTextEn: texts.en || null,
  };
}

/** The plan's fields: owner, due date and — for an action after a safety walk — the public texts. */
export function ActionPlanFields({
  areaId,
  plan,
  onChange,
  publicText,
}: {
  areaId: string;
  plan: ActionPlan;
  onChange: (plan: ActionPlan) => void;
  /** Only actions after a safety walk are told on the public page. */
  publicText: boolean;
}) {
  const { t } = useTranslation('rounds');
  const set = (patch: Partial<ActionPlan>) => onChange({ ...plan, ...patch });
  return (
    <>
      <OwnerSelect
        areaId={areaId}
        value={plan.ownerUserId}
        onChange={(ownerUserId) => set({ ownerUserId })}
      />
      <TextInput
        type="date"
        label={t('actions.due')}
        value={plan.dueOn}
        onChange={(e) => set({ dueOn: e.currentTarget.value })}
      />
      {publicText && (
        <PublicTextFields sv={plan.texts.sv} en={plan.texts.en} onChange={(texts) => set({ texts })} />
      )}
    </>
  );
}

export type FindingForAction = {
  id: string;
  areaId: string;
  severity: 'low' | 'medium' | 'high' | null;
  /** A first wording for the action: the item and the note. */
  suggestedTitle: string;
  /** Only actions after a safety walk are told on the public page. */
  fromWalk: boolean;
};

/** Turns a finding into an action: what to do, who, by when, and what the public page will say. */
export function NewActionModal({ finding, onClose }: { finding: FindingForAction; onClose: () => void }) {
  const { t } = useTranslation('rounds');
  const [title, setTitle] = useState(finding.suggestedTitle.slice(0, 300));
  const [plan, setPlan] = useState(() =>
    actionPlan({ ownerUserId: null, dueOn: addDays(swedishToday(), dueDays[finding.severity ?? 'low']) }),
  );
  const create = useSaveAndRefetch<void, Action>(
    roundQueries.all(),
    () => api.post<Action>('/rounds/actions', { findingId: finding.id, title, ...planBody(plan) }),
    onClose,
  );
  return (
    <FormModal
      title={t('actions.create')}
      onClose={onClose}
      onSubmit={() => create.mutate()}
      error={create.error}
      saving={create.isPending}
      submitDisabled={!title.trim()}
    >
      <TextInput
        label={t('actions.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        required
      />
      <ActionPlanFields
        areaId={finding.areaId}
        plan={plan}
        onChange={setPlan}
        publicText={finding.fromWalk}
      />
    </FormModal>
  );
}
