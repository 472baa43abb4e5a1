import { Button, Group, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PanelSection } from '../../../web/components/PanelSection';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan } from '../../../web/session';
import { curveQueries, type Story, saveStory } from './queries';

/** Who last changed the story and when, or that nobody has written it. */
function Changed({ story }: { story: Story }) {
  const { t, i18n } = useTranslation('turn-the-curve');
  if (!story.changedAt) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs" data-testid="story-changed">
      {t('story.changed', {
        name: story.changedBy?.name ?? t('story.unknownWriter'),
        when: formatDateTime(story.changedAt, i18n.language),
      })}
    </Text>
  );
}

/** The story behind the curve: an editable text for analysts and admins, read-only for everyone else. */
export function StorySection({ story }: { story: Story }) {
  const { t } = useTranslation('turn-the-curve');
  const canWrite = useCan('curve.write');
  const [text, setText] = useState(story.story);
  const [saved, setSaved] = useState(false);
  const save = useSaveAndRefetch(curveQueries.all(), saveStory, () => setSaved(true));
  const dirty = text !== story.story;
  return (
    <PanelSection id="curve-story" title={t('story.title')} hint={t('story.hint')}>
      {canWrite ? (
        <>
          <Textarea
            label={t('story.label')}
            description={t('story.description')}
            autosize
            minRows={6}
            maxLength={10_000}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setSaved(false);
            }}
          />
          <ErrorAlert error={save.error} />
          <Group mt="sm" gap="sm">
            <Button
              onClick={() => save.mutate({ indicatorId: story.indicatorId, story: text })}
              loading={save.isPending}
              disabled={!dirty}
            >
              {t('story.save')}
            </Button>
            {dirty && (
              <Button variant="default" onClick={() => setText(story.story)} disabled={save.isPending}>
                {t('story.undo')}
              </Button>
            )}
            <Text size="sm" role="status" c="teal.9">
              {saved && !dirty ? t('story.saved') : ''}
            </Text>
          </Group>
        </>
      ) : story.story ? (
        <Text style={{ whiteSpace: 'pre-wrap' }}>{story.story}</Text>
      ) : (
        <Text c="dimmed">{t('story.none')}</Text>
      )}
      <Changed story={story} />
    </PanelSection>
  );
}
