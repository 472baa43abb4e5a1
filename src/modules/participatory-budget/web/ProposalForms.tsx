import { Checkbox, NumberInput, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import {
  type Budget,
  budgetPath,
  budgetQueries,
  type Proposal,
  type ProposalInput,
  type ReviewInput,
} from './queries';

/** A proposal from paper: title, description, cost estimate and an optional contact (never public). */
export function ProposalForm({ budgetId, onClose }: { budgetId: string; onClose: () => void }) {
  const { t } = useTranslation('participatory-budget');
  const fields = useFields({
    title: '',
    description: '',
    costEstimate: '' as number | string,
    contactEmail: '',
  });
  const { values } = fields;
  const save = useSaveAndRefetch(
    budgetQueries.all(),
    (body: ProposalInput) => api.post(`${budgetPath(budgetId)}/proposals`, body),
    onClose,
  );
  return (
    <FormModal
      title={t('paperProposal')}
      onClose={onClose}
      error={save.error}
      saving={save.isPending}
      submitDisabled={!values.title.trim() || !values.description.trim() || values.costEstimate === ''}
      onSubmit={() =>
        save.mutate({
          title: values.title,
          description: values.description,
          costEstimate: Number(values.costEstimate),
          contactEmail: values.contactEmail || null,
        })
      }
    >
      <TextInput label={t('form.title')} required maxLength={120} {...fields.text('title')} />
      <Textarea
        label={t('form.description')}
        description={t('form.noPersonalData')}
        required
        autosize
        minRows={3}
        {...fields.text('description')}
      />
      <NumberInput
        label={t('form.costEstimate')}
        required
        min={0}
        suffix=" kr"
        thousandSeparator=" "
        {...fields.input('costEstimate')}
      />
      <TextInput
        label={t('form.contact')}
        description={t('form.contactHint')}
        type="email"
        {...fields.text('contactEmail')}
      />
    </FormModal>
  );
}

/** The review: feasible with a cost, or rejected with a reason (both public). */
export function ReviewForm({
  budgetId,
  proposal,
  onClose,
}: {
  budgetId: string;
  proposal: Proposal;
  onClose: () => void;
}) {
  const { t } = useTranslation('participatory-budget');
  const [status, setStatus] = useState<'feasible' | 'rejected'>(
    proposal.status === 'rejected' ? 'rejected' : 'feasible',
  );
  const [cost, setCost] = useState<number | string>(proposal.reviewedCost ?? proposal.costEstimate);
  const [reason, setReason] = useState(proposal.rejectionReason ?? '');
  const save = useSaveAndRefetch(
    budgetQueries.all(),
    (body: ReviewInput) => api.put(`${budgetPath(budgetId)}/proposals/${proposal.id}/review`, body),
    onClose,
  );
  return (
    <FormModal
      title={t('reviewTitle', { title: proposal.title })}
      onClose={onClose}
      error={save.error}
      saving={save.isPending}
      submitDisabled={status === 'feasible' ? cost === '' : reason.trim().length < 3}
      onSubmit={() =>
        save.mutate(
          status === 'feasible'
            ? { status, reviewedCost: Number(cost) }
            : { status, rejectionReason: reason },
        )
      }
    >
      <SegmentedControl
        aria-label={t('columns.review')}
        value={status}
        onChange={(v) => setStatus(v as 'feasible' | 'rejected')}
        data={[
          { value: 'feasible', label: t('statuses.feasible') },
          { value: 'rejected', label: t('statuses.rejected') },
        ]}
      />
      {status === 'feasible' ? (
        <NumberInput
          label={t('form.reviewedCost')}
          required
          min={0}
          suffix=" kr"
          thousandSeparator=" "
          value={cost}
          onChange={setCost}
        />
      ) : (
        <Textarea
          label={t('form.reason')}
          description={t('form.reasonHint')}
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      )}
    </FormModal>
  );
}

/** A paper ballot: the household's code from the slip and the ticks on it (none: blank). */
export function PaperBallotForm({
  budget,
  proposals,
  onClose,
}: {
  budget: Budget;
  proposals: Proposal[];
  onClose: () => void;
}) {
  const { t } = useTranslation('participatory-budget');
  const [code, setCode] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const save = useSaveAndRefetch(
    budgetQueries.all(),
    (body: { code: string; approved: string[] }) => api.post(`${budgetPath(budget.id)}/paper-ballots`, body),
    onClose,
  );
  const feasible = proposals.filter((p) => p.status === 'feasible');
  return (
    <FormModal
      title={t('paperBallot.title')}
      onClose={onClose}
      error={save.error}
      saving={save.isPending}
      submitDisabled={!code.trim()}
      onSubmit={() => save.mutate({ code, approved: ticked })}
    >
      <TextInput
        label={t('paperBallot.code')}
        description={t('paperBallot.codeHint')}
        required
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
      />
      <Checkbox.Group
        label={t('paperBallot.ticks')}
        description={t('paperBallot.blank')}
        value={ticked}
        onChange={setTicked}
      >
        <Stack gap="xs" mt="xs">
          {feasible.map((p) => (
            <Checkbox key={p.id} value={p.id} label={`${p.number}. ${p.title}`} />
          ))}
        </Stack>
      </Checkbox.Group>
    </FormModal>
  );
}
