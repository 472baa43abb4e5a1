import { Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatNumber } from '../../../shared/format';
import { api } from '../../../web/api';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { DownloadMenu } from '../../../web/components/DownloadMenu';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan, useMe } from '../../../web/session';
import { budgetPublicPath } from '../public-path';
import { BudgetForm } from './BudgetForm';
import { PaperBallotForm, ProposalForm, ReviewForm } from './ProposalForms';
import { type Budget, type BudgetResult, budgetPath, budgetQueries, type Proposal } from './queries';

type ResultRow = BudgetResult['projects'][number];

function useKronor() {
  const { i18n } = useTranslation();
  return (amount: number) => `${formatNumber(amount, i18n.language, { digits: 0 })} kr`;
}

function Phases({ budget }: { budget: Budget }) {
  const { t, i18n } = useTranslation('participatory-budget');
  const rows = [
    ['proposals', budget.proposalsFrom],
    ['review', budget.reviewFrom],
    ['voting', budget.votingFrom],
    ['result', budget.resultFrom],
    ['implementation', budget.implementationFrom],
  ] as const;
  return (
    <List>
      {rows.map(([phase, from]) => (
        <List.Item key={phase} fw={phase === budget.phase ? 700 : undefined}>
          {t(`phases.${phase}`)} – {t('from')} {formatDate(from, i18n.language, 'long')}
        </List.Item>
      ))}
    </List>
  );
}

function Proposals({ budget, proposals }: { budget: Budget; proposals: Proposal[] }) {
  const { t } = useTranslation('participatory-budget');
  const kr = useKronor();
  const canReview = useCan('participatory-budget.review') && !budget.locked;
  const [reviewing, setReviewing] = useState<Proposal | null>(null);
  const columns: Column<Proposal>[] = [
    { key: 'number', header: '#', align: 'right', render: (p) => p.number },
    {
      key: 'title',
      header: t('columns.proposal'),
      rowHeader: true,
      render: (p) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {p.title}
          </Text>
          <Text size="xs">{p.description}</Text>
          <Text size="xs" c="dimmed">
            {t(`sources.${p.source}`)}
            {p.contactEmail ? ` · ${p.contactEmail}` : ''}
          </Text>
        </Stack>
      ),
    },
    { key: 'estimate', header: t('columns.estimate'), align: 'right', render: (p) => kr(p.costEstimate) },
    {
      key: 'review',
      header: t('columns.review'),
      render: (p) => (
        <Stack gap={0}>
          <Badge
            variant="light"
            color={p.status === 'feasible' ? 'green' : p.status === 'rejected' ? 'red' : 'gray'}
          >
            {t(`statuses.${p.status}`)}
          </Badge>
          {p.reviewedCost !== null && <Text size="xs">{kr(p.reviewedCost)}</Text>}
          {p.rejectionReason && <Text size="xs">{p.rejectionReason}</Text>}
        </Stack>
      ),
    },
  ];
  if (canReview)
    columns.push({
      key: 'actions',
      header: t('columns.actions'),
      align: 'right',
      render: (p) => (
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('reviewNamed', { title: p.title })}
          onClick={() => setReviewing(p)}
        >
          {t('review')}
        </Button>
      ),
    });
  return (
    <>
      <DataTable
        caption={t('proposalsCaption')}
        captionHidden
        columns={columns}
        rows={proposals}
        rowKey={(p) => p.id}
        empty={t('noProposals')}
      />
      {reviewing && (
        <ReviewForm budgetId={budget.id} proposal={reviewing} onClose={() => setReviewing(null)} />
      )}
    </>
  );
}

function Codes({ budget }: { budget: Budget }) {
  const { t, i18n } = useTranslation('participatory-budget');
  const codes = useQuery(budgetQueries.codes(budget.id));
  const issue = useSaveAndRefetch(
    budgetQueries.all(),
    () => api.post(`${budgetPath(budget.id)}/codes`),
    () => {},
  );
  return (
    <QueryState query={codes}>
      {(c) => (
        <Stack gap="xs">
          <Text>
            {t('codes.summary', {
              households: c.households,
              issued: c.issued,
              spent: c.spent,
              withEmail: c.withEmail,
            })}
          </Text>
          <ErrorAlert error={issue.error} />
          <Group>
            <Button
              onClick={() => issue.mutate(undefined)}
              loading={issue.isPending}
              disabled={budget.imported}
            >
              {t('codes.issue')}
            </Button>
            {c.batches.length > 0 && (
              <DownloadMenu
                label={t('codes.letters')}
                files={c.batches.map((b) => ({
                  label: t('codes.batch', {
                    letters: b.letters,
                    date: formatDate(b.createdAt.slice(0, 10), i18n.language),
                  }),
                  href: `/api/v1${budgetPath(budget.id)}/code-letters/${b.id}`,
                }))}
              />
            )}
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}

function Result({ budget, result }: { budget: Budget; result: BudgetResult }) {
  const { t } = useTranslation('participatory-budget');
  const kr = useKronor();
  const canReview = useCan('participatory-budget.review');
  const act = useSaveAndRefetch(
    budgetQueries.all(),
    () => api.post(`${budgetPath(budget.id)}/actions`),
    () => {},
  );
  const columns: Column<ResultRow>[] = [
    {
      key: 'title',
      header: t('columns.proposal'),
      rowHeader: true,
      render: (p) => `${p.number}. ${p.title}`,
    },
    { key: 'votes', header: t('columns.votes'), align: 'right', render: (p) => p.votes },
    { key: 'cost', header: t('columns.cost'), align: 'right', render: (p) => kr(p.cost) },
    {
      key: 'selected',
      header: t('columns.selected'),
      render: (p) => (p.selected ? t('selected') : t('notSelected')),
    },
    {
      key: 'payments',
      header: t('columns.payments'),
      render: (p) =>
        p.payments?.map((s) => t('payment', { voters: s.voters, amount: kr(s.amount) })).join(', ') ?? '',
    },
    {
      key: 'action',
      header: t('columns.action'),
      render: (p) => (p.actionStatus ? t(`actionStatus.${p.actionStatus}`) : ''),
    },
  ];
  return (
    <Stack gap="xs">
      <Text>
        {t('result.summary', {
          ballots: result.ballots,
          invited: result.invited ?? '–',
          cost: kr(result.cost),
          amount: kr(result.amount),
        })}
        {result.final ? '' : ` ${t('result.live')}`}
      </Text>
      <DataTable
        caption={t('result.caption')}
        captionHidden
        columns={columns}
        rows={result.projects}
        rowKey={(p) => p.proposalId}
        empty={t('noProposals')}
      />
      <ErrorAlert error={act.error} />
      <Group>
        {canReview && result.final && (
          <Button onClick={() => act.mutate(undefined)} loading={act.isPending}>
            {t('result.createActions')}
          </Button>
        )}
        <Button component="a" variant="default" href={`/api/v1${budgetPath(budget.id)}/export.pb`}>
          {t('result.export')}
        </Button>
      </Group>
    </Stack>
  );
}

/** One budget: its phases and rules, the proposals and their review, the codes, paper ballots and the result. */
export default function BudgetPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('participatory-budget');
  const budget = useQuery(budgetQueries.detail(id));
  const proposals = useQuery(budgetQueries.proposals(id));
  const result = useQuery(budgetQueries.result(id));
  const me = useMe();
  const canManage = useCan('participatory-budget.manage');
  const canReview = useCan('participatory-budget.review');
  const [dialog, setDialog] = useState<'edit' | 'proposal' | 'ballot' | null>(null);
  return (
    <QueryState query={budget}>
      {(b) => (
        <Stack gap="lg">
          <PageHeader
            title={t('budgetTitle', { area: b.areaName, year: b.year })}
            description={
              <>
                {t('budgetDescription', {
                  phase: t(`phases.${b.phase}`),
                  method: t(`methods.${b.votingMethod}`),
                  rule: t(`rules.${b.countingRule}`),
                })}{' '}
                <Anchor
                  href={budgetPublicPath(me.organisation.slug, b.areaCode, b.year)}
                  target="_blank"
                  underline="always"
                >
                  {t('publicPage')}
                </Anchor>
              </>
            }
            actions={
              <>
                {canManage && !b.imported && <Button onClick={() => setDialog('edit')}>{t('edit')}</Button>}
                {canReview && !b.locked && !b.imported && (
                  <Button variant="default" onClick={() => setDialog('proposal')}>
                    {t('paperProposal')}
                  </Button>
                )}
                {canReview && b.phase === 'voting' && (
                  <Button variant="default" onClick={() => setDialog('ballot')}>
                    {t('paperBallot.button')}
                  </Button>
                )}
              </>
            }
          />
          <PanelSection
            id="budget-phases"
            title={t('phasesTitle')}
            hint={b.locked ? t('lockedHint') : undefined}
          >
            <Phases budget={b} />
          </PanelSection>
          <PanelSection id="budget-proposals" title={t('proposalsTitle')}>
            <QueryState query={proposals}>{(rows) => <Proposals budget={b} proposals={rows} />}</QueryState>
          </PanelSection>
          {canManage && !b.imported && (
            <PanelSection id="budget-codes" title={t('codes.title')} hint={t('codes.hint')}>
              <Codes budget={b} />
            </PanelSection>
          )}
          <PanelSection id="budget-result" title={t('result.title')}>
            <QueryState query={result}>{(r) => <Result budget={b} result={r} />}</QueryState>
          </PanelSection>
          {dialog === 'edit' && <BudgetForm budget={b} onClose={() => setDialog(null)} />}
          {dialog === 'proposal' && <ProposalForm budgetId={b.id} onClose={() => setDialog(null)} />}
          {dialog === 'ballot' && (
            <PaperBallotForm budget={b} proposals={proposals.data ?? []} onClose={() => setDialog(null)} />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
