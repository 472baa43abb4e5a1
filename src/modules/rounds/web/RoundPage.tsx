import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../web/components/PageHeader';
import type { Language } from '../../../web/i18n';
import { FindingForm } from './FindingForm';
import {
  type Answer,
  findingsOfRound,
  getRound,
  type LocalFinding,
  type LocalRound,
  onQueueChange,
  photosOfFinding,
  updateRound,
} from './offline-queue';
import { SyncStatus, useFieldApp } from './SyncStatus';

type FindingWithPhotos = LocalFinding & { photos: number };

/** Walking a round: the checklist, the findings recorded so far, all kept on the phone. */
export default function RoundPage() {
  const { t, i18n } = useTranslation('rounds');
  const lang = (i18n.language === 'en' ? 'en' : 'sv') as Language;
  useFieldApp();
  const { clientId = '' } = useParams();
  const [round, setRound] = useState<LocalRound | null | undefined>(undefined);
  const [found, setFound] = useState<FindingWithPhotos[]>([]);
  const [findingFor, setFindingFor] = useState<string | null>(null);

  useEffect(() => {
    const load = async () => {
      setRound((await getRound(clientId)) ?? null);
      const list = await findingsOfRound(clientId);
      setFound(
        await Promise.all(
          list.map(async (f) => ({ ...f, photos: (await photosOfFinding(f.clientId)).length })),
        ),
      );
    };
    void load();
    return onQueueChange(() => void load());
  }, [clientId]);

  if (round === undefined) return null;
  if (round === null) return <Text>{t('round.notOnPhone')}</Text>;

  const answer = (key: string, value: Answer) => {
    void updateRound(round.clientId, (stored) => ({
      ...stored,
      answers: { ...stored.answers, [key]: value },
    }));
    if (value === 'finding') setFindingFor(key);
  };
  const missing = round.items.filter((i) => i.required && !round.answers[i.key]);

  return (
    <Stack>
      <PageHeader
        title={`${round.templateName[lang]} · ${round.propertyLabel}`}
        description={round.walkedOn}
      />
      <SyncStatus />
      <Title order={2} size="h4">
        {t('round.checklist')}
      </Title>
      {round.items.map((item) => (
        <Card key={item.key} withBorder padding="sm">
          <Stack gap={6}>
            <Text fw={500} id={`item-${item.key}`}>
              {item.label[lang]}
              {item.required ? ' *' : ''}
            </Text>
            <SegmentedControl
              aria-labelledby={`item-${item.key}`}
              fullWidth
              value={round.answers[item.key] ?? ''}
              onChange={(v) => answer(item.key, v as Answer)}
              data={[
                { value: 'ok', label: t('answer.ok') },
                { value: 'finding', label: t('answer.finding') },
                { value: 'na', label: t('answer.na') },
              ]}
            />
          </Stack>
        </Card>
      ))}

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('round.newFinding')}
        </Title>
        <FindingForm
          key={findingFor ?? 'any'}
          roundClientId={round.clientId}
          propertyId={round.propertyId}
          items={round.items}
          itemKey={findingFor ?? undefined}
          onSaved={() => setFindingFor(null)}
        />
      </Card>

      <Title order={2} size="h4">
        {t('round.findings', { count: found.length })}
      </Title>
      <Stack gap="xs" data-testid="round-findings">
        {found.map((f) => (
          <Card key={f.clientId} withBorder padding="sm" data-testid="finding">
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={500}>
                {round.items.find((i) => i.key === f.itemKey)?.label[lang] ?? ''} ·{' '}
                {f.severity ? t(`severity.${f.severity}`) : t('finding.positiveShort')}
              </Text>
              <Badge
                variant="light"
                color={f.state === 'synced' ? 'green' : f.state === 'rejected' ? 'red' : 'orange'}
                data-testid="finding-state"
              >
                {t(`state.${f.state}`)}
              </Badge>
            </Group>
            <Text size="sm">{f.note}</Text>
            <Text size="xs" c="dimmed">
              {[
                f.staircase && `${t('finding.staircase')} ${f.staircase}`,
                f.floor && `${t('finding.floor')} ${f.floor}`,
                f.photos ? t('finding.photos', { count: f.photos }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {f.error && (
              <Text size="xs" c="red">
                {t(`syncError.${f.error}`, { defaultValue: t('syncError.other') })}
              </Text>
            )}
          </Card>
        ))}
      </Stack>

      <Group>
        <Button
          disabled={missing.length > 0 || round.completed}
          onClick={() => void updateRound(round.clientId, (stored) => ({ ...stored, completed: true }))}
        >
          {round.completed ? t('round.isCompleted') : t('round.complete')}
        </Button>
        <Button component={Link} to="/rounds/field" variant="subtle">
          {t('round.back')}
        </Button>
      </Group>
      {missing.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('round.missing', { count: missing.length })}
        </Text>
      )}
    </Stack>
  );
}
