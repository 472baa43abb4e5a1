import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, swedishToday } from '../../../shared/time';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { type Action, roundQueries } from './queries';

/** Days until a new action is due, by the finding's severity (high findings get 14 automatically). */
const dueDays = { high: 14, medium: 30, low: 60 } as const;

/** The owner picker: only people who can act on the area's actions (admins and its hosts). */
export function OwnerSelect({
  areaId,
  value,
  onChange,
}: {
  areaId: string;
  value: string;
  onChange: (userId: string) => void;
}) {
  const { t } = useTranslation('rounds');
  const owners = useQuery(roundQueries.owners(areaId));
  return (
    <NativeSelect
      label={t('actions.owner')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: '–' }, ...(owners.data ?? []).map((o) => ({ value: o.id, label: o.name }))]}
    />
  );
}

/** What the public page says once the action is done, in Swedish and (optionally) English. */
export function PublicTextFields({
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
  const client = useQueryClient();
  const [title, setTitle] = useState(finding.suggestedTitle.slice(0, 300));
  const [ownerUserId, setOwner] = useState('');
  const [dueOn, setDue] = useState(addDays(swedishToday(), dueDays[finding.severity ?? 'low']));
  const [texts, setTexts] = useState({ sv: '', en: '' });
  const create = useMutation({
    mutationFn: () =>
      api.post<Action>('/rounds/actions', {
        findingId: finding.id,
        title,
        ownerUserId: ownerUserId || null,
        dueOn: dueOn || null,
        publicText: texts.sv || null,
        publicTextEn: texts.en || null,
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['rounds'] });
      onClose();
    },
  });
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
      <OwnerSelect areaId={finding.areaId} value={ownerUserId} onChange={setOwner} />
      <TextInput
        type="date"
        label={t('actions.due')}
        value={dueOn}
        onChange={(e) => setDue(e.currentTarget.value)}
      />
      {finding.fromWalk && <PublicTextFields sv={texts.sv} en={texts.en} onChange={setTexts} />}
    </FormModal>
  );
}
