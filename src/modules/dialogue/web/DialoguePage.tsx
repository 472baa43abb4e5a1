import { Badge, Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { focusAreas } from '../../../shared/enums';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan } from '../../../web/session';
import { type DialogueDetail, dialogueQueries, type Point, participantGroups } from './queries';

/** One dialogue: its participants, the points raised with responses, and the actions they became. */
export default function DialoguePage() {
  const { id = '' } = useParams();
  const query = useQuery(dialogueQueries.detail(id));
  return <QueryState query={query}>{(d) => <Dialogue dialogue={d} />}</QueryState>;
}

function Dialogue({ dialogue: d }: { dialogue: DialogueDetail }) {
  const { t } = useTranslation('dialogue');
  const canWrite = useCan('dialogue.write');
  return (
    <Stack>
      <PageHeader title={d.title} description={`${d.areaName} · ${d.heldOn} · ${t(`methods.${d.method}`)}`} />
      <Text>
        {t('participantsLine', { count: d.participants })}{' '}
        {participantGroups.map((g) => `${t(`groups.${g}`)} ${d.groups[g]}`).join(', ')}
      </Text>
      {d.heldBy && <Text size="sm">{t('heldByLine', { who: d.heldBy })}</Text>}
      {d.staffNotes && (
        <Text size="sm" c="dimmed">
          {t('field.staffNotes')}: {d.staffNotes}
        </Text>
      )}
      <Title order={2} size="h3">
        {t('points')}
      </Title>
      {d.pointList.length === 0 && <Text>{t('noPoints')}</Text>}
      {d.pointList.map((p) => (
        <PointCard key={p.id} point={p} />
      ))}
      {canWrite && <PointForm dialogueId={d.id} />}
    </Stack>
  );
}

function PointCard({ point: p }: { point: Point }) {
  const { t } = useTranslation('dialogue');
  const canWrite = useCan('dialogue.write');
  const canAct = useCan('dialogue.act');
  const [response, setResponse] = useState(p.response);
  const respond = useSaveAndRefetch(
    dialogueQueries.all(),
    () => api.patch(`/dialogue-points/${p.id}`, { response }),
    () => {},
  );
  const act = useSaveAndRefetch(
    dialogueQueries.all(),
    () => api.post(`/dialogue-points/${p.id}/action`, {}),
    () => {},
  );
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{p.text}</Text>
        <Group gap="xs">
          {p.topics.map((f) => (
            <Badge key={f} variant="light">
              {t(`focus.${f}`)}
            </Badge>
          ))}
        </Group>
        <ErrorAlert error={respond.error ?? act.error} />
        {canWrite ? (
          <Group align="flex-end">
            <Textarea
              label={t('field.response')}
              description={t('publicHint')}
              value={response}
              onChange={(e) => setResponse(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button variant="light" loading={respond.isPending} onClick={() => respond.mutate()}>
              {t('saveResponse')}
            </Button>
          </Group>
        ) : (
          p.response && <Text>{p.response}</Text>
        )}
        {p.action ? (
          <Text size="sm">
            {t('actionStatus', { status: t(`status.${p.action.status}`) })}
            {p.action.closedOn ? ` (${p.action.closedOn})` : ''}
          </Text>
        ) : (
          canAct && (
            <Button variant="subtle" w="fit-content" loading={act.isPending} onClick={() => act.mutate()}>
              {t('makeAction')}
            </Button>
          )
        )}
      </Stack>
    </Card>
  );
}

function PointForm({ dialogueId }: { dialogueId: string }) {
  const { t } = useTranslation('dialogue');
  const [text, setText] = useState('');
  const [response, setResponse] = useState('');
  const [topics, setTopics] = useState<string[]>([]);
  const add = useSaveAndRefetch(
    dialogueQueries.all(),
    () => api.post(`/dialogues/${dialogueId}/points`, { text, response, topics }),
    () => {
      setText('');
      setResponse('');
      setTopics([]);
    },
  );
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('addPoint')}
        </Title>
        <ErrorAlert error={add.error} />
        <Textarea
          label={t('field.point')}
          description={t('publicHint')}
          required
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Checkbox.Group label={t('field.topics')} value={topics} onChange={setTopics}>
          <Group mt="xs">
            {focusAreas.map((f) => (
              <Checkbox key={f} value={f} label={t(`focus.${f}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label={t('field.response')}
          value={response}
          onChange={(e) => setResponse(e.currentTarget.value)}
        />
        <Button type="submit" w="fit-content" loading={add.isPending}>
          {t('addPoint')}
        </Button>
      </Stack>
    </Card>
  );
}
