import { Alert, Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { swedishToday } from '../../../shared/time';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import type { Language } from '../../../web/i18n';
import { areaQueries } from '../../areas/web';
import { AreaSelect } from './AreaSelect';
import { type LocalRound, listRounds, newClientId, saveRound } from './offline-queue';
import { roundQueries, useMyAreas } from './queries';
import { SyncStatus, useFieldApp, useQueued } from './SyncStatus';

/** The phone's start screen: start a round, and the rounds kept on this phone. */
export default function FieldPage() {
  const { t, i18n } = useTranslation('rounds');
  const lang = (i18n.language === 'en' ? 'en' : 'sv') as Language;
  useFieldApp();
  const navigate = useNavigate();
  const templates = useQuery(roundQueries.templates());
  const overdue = useQuery({ ...roundQueries.myOverdue(), retry: false });
  const [areaId, setAreaId] = useState('');
  const { areas, myAreas } = useMyAreas(areaId, setAreaId);
  const [propertyId, setPropertyId] = useState('');
  const [templateId, setTemplateId] = useState('');
  const properties = useQuery(areaQueries.properties(areaId));
  const local = useQueued<LocalRound[]>(listRounds, []);

  useEffect(() => {
    const first = properties.data?.[0];
    if (first && !properties.data?.some((p) => p.id === propertyId)) setPropertyId(first.id);
  }, [properties.data, propertyId]);
  useEffect(() => {
    if (!templateId && templates.data?.[0]) setTemplateId(templates.data[0].id);
  }, [templateId, templates.data]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    const template = templates.data?.find((x) => x.id === templateId);
    const property = properties.data?.find((p) => p.id === propertyId);
    if (!template || !property) return;
    const clientId = newClientId();
    await saveRound({
      clientId,
      templateId: template.id,
      templateName: template.name,
      items: template.items,
      areaId: property.areaId,
      propertyId: property.id,
      propertyLabel: `${property.code} ${property.address}`,
      walkedOn: swedishToday(),
      answers: {},
      completed: false,
    });
    navigate(`/rounds/field/${clientId}`);
  };

  return (
    <Stack>
      <PageHeader
        title={t('field.title')}
        description={t('field.lead')}
        actions={
          <Button component={Link} to="/rounds/presence" variant="light">
            {t('presence.log')}
          </Button>
        }
      />
      <SyncStatus />
      {!!overdue.data?.length && (
        <Alert color="red" variant="light" title={t('field.overdueForMe', { count: overdue.data.length })}>
          <Anchor component={Link} to="/rounds/actions" c="red.9" fw={600} underline="always">
            {t('field.seeActions')}
          </Anchor>
        </Alert>
      )}
      <ErrorAlert error={areas.error ?? templates.error ?? properties.error} />
      <Card withBorder component="form" onSubmit={start} aria-labelledby="start-round">
        <Title order={2} size="h4" id="start-round" mb="sm">
          {t('field.start')}
        </Title>
        <Stack gap="sm">
          <AreaSelect areas={myAreas} value={areaId} onChange={setAreaId} />
          <NativeSelect
            label={t('field.property')}
            value={propertyId}
            onChange={(e) => setPropertyId(e.currentTarget.value)}
            data={(properties.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.address}` }))}
          />
          <NativeSelect
            label={t('field.checklist')}
            value={templateId}
            onChange={(e) => setTemplateId(e.currentTarget.value)}
            data={(templates.data ?? []).map((x) => ({ value: x.id, label: x.name[lang] }))}
          />
          <Button type="submit" disabled={!templateId || !propertyId}>
            {t('field.startButton')}
          </Button>
        </Stack>
      </Card>
      <Title order={2} size="h4">
        {t('field.onPhone')}
      </Title>
      {local.length === 0 && <Text c="dimmed">{t('field.noneOnPhone')}</Text>}
      {local.map((r) => (
        <Card key={r.clientId} withBorder padding="sm">
          <Group justify="space-between">
            <Anchor component={Link} to={`/rounds/field/${r.clientId}`}>
              {r.templateName[lang]} · {r.propertyLabel}
            </Anchor>
            <Badge
              variant="light"
              color={r.state === 'synced' ? 'green' : r.state === 'rejected' ? 'red' : 'orange'}
            >
              {t(`state.${r.state}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {r.walkedOn} · {r.completed ? t('field.completed') : t('field.ongoing')}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
