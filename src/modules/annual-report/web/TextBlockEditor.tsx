import { Button, Collapse, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { ApiError, api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { reportTextMaxLength } from '../annual-report.contract';
import { type EditableTextBlock, type ReportLanguage, reportQueries } from './queries';

/** What the writer has typed and not saved, and the version it started from. */
export type Draft = { body: string; base: string | null };

type EditorProps = {
  block: EditableTextBlock;
  year: number;
  language: ReportLanguage;
  canWrite: boolean;
  /** Undefined while the writer has changed nothing. */
  draft: Draft | undefined;
  onDraft: (draft: Draft | undefined) => void;
};

/** Who saved a version and when, in the user's language. */
function useWrittenBy() {
  const { t, i18n } = useTranslation('annual-report');
  return (writer: string | null, at: string) =>
    t('editor.writtenBy', {
      writer: writer ?? t('editor.unknownWriter'),
      at: formatDateTime(at, i18n.language),
    });
}

/**
 * One material area's text: the editor with save, who wrote the version in force and when, and the
 * earlier versions. A failed save keeps the typed text in the box, with the server's message.
 */
export function TextBlockEditor({ block, year, language, canWrite, draft, onDraft }: EditorProps) {
  const { t } = useTranslation('annual-report');
  const writtenBy = useWrittenBy();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const headingId = `text-${block.material_area}`;
  const body = draft?.body ?? block.body;
  const latest = useRef(draft);
  latest.current = draft;
  const save = useMutation({
    mutationFn: (toSave: Draft) =>
      api.put<EditableTextBlock>(`/annual-report/${year}/texts`, {
        material_area: block.material_area,
        language,
        body: toSave.body,
        based_on: toSave.base,
      }),
    onSuccess: async (newest, toSave) => {
      // What was typed while the save was under way stays, on top of the version just saved.
      const typed = latest.current;
      const more = typed && typed.body !== toSave.body;
      onDraft(more ? { body: typed.body, base: newest.version_id } : undefined);
      setSaved(!more);
      await client.invalidateQueries({ queryKey: reportQueries.report(year, language) });
    },
    // Someone saved a newer version meanwhile: show it, and keep the typed text on top of it, so
    // that saving again (after the message has been read) replaces it knowingly.
    onError: async (error, toSave) => {
      if (!(error instanceof ApiError) || error.status !== 409) return;
      await client.invalidateQueries({ queryKey: reportQueries.report(year, language) });
      const blocks = await client.fetchQuery(reportQueries.texts(year, language));
      const newest = blocks.find((b) => b.material_area === block.material_area);
      onDraft({ body: latest.current?.body ?? toSave.body, base: newest?.version_id ?? null });
    },
  });
  const edit = (value: string) => {
    setSaved(false);
    onDraft(value === block.body ? undefined : { body: value, base: draft?.base ?? block.version_id });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {block.name}
        </Title>
        <Text size="sm" c="dimmed">
          {block.written_at ? writtenBy(block.written_by, block.written_at) : t('editor.none')}
        </Text>
        <Textarea
          label={t('editor.label', { area: block.name })}
          value={body}
          onChange={(event) => edit(event.currentTarget.value)}
          readOnly={!canWrite}
          autosize
          minRows={4}
          maxRows={18}
          description={t('editor.length', { count: body.length, max: reportTextMaxLength })}
          error={body.length > reportTextMaxLength ? t('editor.tooLong', { max: reportTextMaxLength }) : null}
        />
        <ErrorAlert error={save.error} />
        {canWrite && (
          <Group gap="xs">
            <Button onClick={() => draft && save.mutate(draft)} disabled={!draft} loading={save.isPending}>
              {t('editor.save', { area: block.name })}
            </Button>
            {draft && (
              <Button variant="subtle" onClick={() => onDraft(undefined)}>
                {t('editor.discard')}
              </Button>
            )}
            <Text size="sm" c={draft ? 'orange.9' : 'dimmed'} aria-live="polite">
              {draft ? t('editor.unsaved') : saved ? t('editor.saved') : ''}
            </Text>
          </Group>
        )}
        {block.versions > 1 && (
          <History
            block={block}
            year={year}
            language={language}
            onRestore={canWrite ? (text) => edit(text) : undefined}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** The earlier versions of a text, loaded when opened; a writer may put one back in the box. */
function History({
  block,
  year,
  language,
  onRestore,
}: {
  block: EditableTextBlock;
  year: number;
  language: ReportLanguage;
  onRestore?: (body: string) => void;
}) {
  const { t } = useTranslation('annual-report');
  const writtenBy = useWrittenBy();
  const [open, setOpen] = useState(false);
  const history = useQuery({ ...reportQueries.history(year, language, block.material_area), enabled: open });
  const listId = `history-${block.material_area}`;
  const earlier = (history.data ?? []).filter((v) => v.id !== block.version_id);
  return (
    <div>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={listId}
      >
        {open ? t('history.hide') : t('history.show', { count: block.versions - 1 })}
      </Button>
      <Collapse in={open} id={listId}>
        <ErrorAlert error={history.error} />
        <Stack component="ol" gap="xs" mt="xs" style={{ listStyle: 'none', paddingLeft: 0 }}>
          {earlier.map((version) => {
            const by = writtenBy(version.written_by, version.written_at);
            return (
              <Paper component="li" key={version.id} withBorder p="xs" bg="gray.0">
                <Text size="sm" fw={500}>
                  {by}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
                  {version.body}
                </Text>
                {onRestore && (
                  <Button
                    variant="light"
                    size="compact-sm"
                    mt={4}
                    onClick={() => onRestore(version.body)}
                    aria-label={t('history.restoreLabel', { version: by })}
                  >
                    {t('history.restore')}
                  </Button>
                )}
              </Paper>
            );
          })}
        </Stack>
      </Collapse>
    </div>
  );
}
