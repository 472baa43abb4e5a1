import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useCan, useMe } from '../../../web/session';
import { type FindingForAction, NewActionModal } from './ActionForm';
import { FindingForm } from './FindingForm';
import { findingsOfWalk, type LocalFinding } from './offline-queue';
import { roundQueries } from './queries';
import { SyncStatus, useFieldApp, useQueued } from './SyncStatus';
import { WalkForm } from './WalksPage';

/** One safety walk: meetings, participants, findings (recorded on the phone), protocol and repeat walk. */
export default function WalkPage() {
  const { t } = useTranslation('rounds');
  useFieldApp();
  const { id = '' } = useParams();
  const me = useMe();
  const client = useQueryClient();
  const walk = useQuery(roundQueries.walk(id));
  const canWrite = useCan('rounds.write');
  const local = useQueued<LocalFinding[]>(() => findingsOfWalk(id), [], id);
  const [summary, setSummary] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [actionFor, setActionFor] = useState<FindingForAction | null>(null);
  const canAct = useCan('rounds.actions');
  const saveSummary = useMutation({
    mutationFn: () => api.patch(`/rounds/walks/${id}`, { summary }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['rounds', 'walk', id] }),
  });
  const areas = useQuery(roundQueries.areas());

  if (walk.isPending) return <PageLoader />;
  if (!walk.data) return <ErrorAlert error={walk.error} />;
  const w = walk.data;
  const area = areas.data?.find((a) => a.id === w.areaId);
  const unsynced = local.filter((f) => f.state !== 'synced');

  return (
    <Stack>
      <PageHeader
        title={w.title}
        description={`${w.areaName} · ${w.walkOn}`}
        actions={
          <Button
            component="a"
            href={`/api/v1/rounds/walks/${w.id}/protocol.pdf`}
            target="_blank"
            variant="light"
          >
            {t('walks.protocol')}
          </Button>
        }
      />
      <SyncStatus />
      {editing && <WalkForm editing={w} onDone={() => setEditing(false)} />}
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t('walks.meetings')}
          </Title>
          {canWrite && !editing && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              {t('walks.edit')}
            </Button>
          )}
        </Group>
        <Text size="sm">
          {t('walks.introductionOn')}: {w.introductionOn ?? '–'}
        </Text>
        <Text size="sm">
          {t('walks.walkOn')}: {w.walkOn}
        </Text>
        <Text size="sm">
          {t('walks.feedbackOn')}: {w.feedbackOn ?? '–'}
        </Text>
        {w.route && (
          <Text size="sm" mt="xs">
            {t('walks.route')}: {w.route}
          </Text>
        )}
        <Text size="sm" mt="xs">
          {t('walks.participants')}:{' '}
          {w.participants
            .map(
              (p) =>
                `${p.kind === 'tenants' ? t('kind.tenants') : p.organisation || t(`kind.${p.kind}`)} ${p.count}`,
            )
            .join(', ') || '–'}
        </Text>
        {w.repeatOfId && (
          <Anchor component={Link} to={`/rounds/walks/${w.repeatOfId}`} size="sm">
            {t('walks.repeatOf')}
          </Anchor>
        )}
        {w.repeatWalkId && (
          <Anchor component={Link} to={`/rounds/walks/${w.repeatWalkId}`} size="sm">
            {t('walks.repeatWalk')}
          </Anchor>
        )}
        {area && (
          <Anchor
            href={`/ni-sa-vi-gjorde/${me.organisation.slug}/${encodeURIComponent(area.code)}`}
            target="_blank"
            size="sm"
          >
            {t('walks.publicPage')}
          </Anchor>
        )}
      </Card>

      <Title order={2} size="h4">
        {t('walks.findingsTitle')}
      </Title>
      {w.findingList.map((f) => (
        <Card key={f.id} withBorder padding="sm">
          <Group justify="space-between">
            <Text size="sm">{f.note}</Text>
            <Badge variant="light" color={f.positive ? 'green' : f.severity === 'high' ? 'red' : 'gray'}>
              {f.positive ? t('finding.positiveShort') : t(`severity.${f.severity ?? 'low'}`)}
            </Badge>
          </Group>
          {f.actionId && (
            <Anchor component={Link} to="/rounds/actions" size="xs">
              {t('walks.hasAction')}
            </Anchor>
          )}
          {!f.actionId && !f.positive && canAct && (
            <Button
              size="xs"
              variant="light"
              mt={4}
              w="fit-content"
              aria-label={`${t('actions.create')}: ${f.note}`}
              onClick={() =>
                setActionFor({
                  id: f.id,
                  areaId: w.areaId,
                  severity: f.severity,
                  suggestedTitle: f.note,
                  fromWalk: true,
                })
              }
            >
              {t('actions.createShort')}
            </Button>
          )}
        </Card>
      ))}
      {unsynced.map((f) => (
        <Card key={f.clientId} withBorder padding="sm">
          <Group justify="space-between">
            <Text size="sm">{f.note}</Text>
            <Badge variant="light" color={f.state === 'rejected' ? 'red' : 'orange'}>
              {t(`state.${f.state}`)}
            </Badge>
          </Group>
          {f.error && (
            <Text size="xs" c="red.9">
              {t(`syncError.${f.error}`, { defaultValue: t('syncError.other') })}
            </Text>
          )}
        </Card>
      ))}
      {canWrite && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('round.newFinding')}
          </Title>
          <FindingForm
            walkId={w.id}
            allowPositive
            onSaved={() => void client.invalidateQueries({ queryKey: ['rounds', 'walk', id] })}
          />
        </Card>
      )}
      {canWrite && (
        <Card withBorder>
          <Textarea
            label={t('walks.summary')}
            value={summary ?? w.summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            autosize
            minRows={3}
          />
          <Button
            mt="sm"
            onClick={() => saveSummary.mutate()}
            loading={saveSummary.isPending}
            disabled={summary === null}
          >
            {t('walks.saveSummary')}
          </Button>
        </Card>
      )}
      {canWrite && !w.repeatWalkId && <WalkForm repeatOf={w} />}
      {actionFor && <NewActionModal finding={actionFor} onClose={() => setActionFor(null)} />}
    </Stack>
  );
}
