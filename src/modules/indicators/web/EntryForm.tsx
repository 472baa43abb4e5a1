import { Alert, FileInput, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishYear } from '../../../shared/time';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { areaQueries } from '../../areas/web';
import type { EntryInput } from '../indicators.contract';
import { type EntryJson, indicatorQueries, type ManualIndicator } from './queries';

const accepted = '.pdf,.xlsx,.csv,.png,.jpg,.jpeg,.gif,.webp';

/** A number as typed in either language: "0,78", "0.78", "1 234". Empty is null. */
function parsed(text: string): number | null {
  const clean = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return clean === '' ? null : Number(clean);
}

/** A number as the form shows it again, in the UI language's decimal sign. */
const typed = (n: number | null, language: string) =>
  n === null ? '' : language === 'en' ? String(n) : String(n).replace('.', ',');

/**
 * Enters a year's value of a hand-entered indicator with its source note and, optionally, an
 * attachment — or, given `entry`, corrects that value, its n and its source note (its year and area
 * stay: a value for another year is entered anew). The value is saved first, then the file: a
 * refused file leaves the saved value as it is, says so, and Save tries the file again (the value is
 * not saved twice).
 */
export function EntryForm({
  indicator,
  entry: correcting = null,
  onClose,
}: {
  indicator: ManualIndicator;
  entry?: EntryJson | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('indicators');
  const areas = useQuery(areaQueries.list());
  const thisYear = swedishYear();
  const fields = useFields(() => ({
    year: String(correcting?.year ?? thisYear - 1),
    areaId: correcting?.areaId ?? '',
    value: correcting ? typed(correcting.value, i18n.language) : '',
    n: correcting ? typed(correcting.n, i18n.language) : '',
    sourceNote: correcting?.sourceNote ?? '',
  }));
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState<EntryJson | null>(null);
  const name = i18n.language === 'en' ? indicator.nameEn : indicator.nameSv;
  const save = useSaveAndRefetch(
    indicatorQueries.all(),
    async () => {
      let entry = saved;
      if (!entry) {
        const v = fields.values;
        const body: EntryInput = {
          year: Number(v.year),
          areaId: v.areaId || null,
          value: parsed(v.value) as number,
          n: parsed(v.n),
          sourceNote: v.sourceNote,
        };
        entry = correcting
          ? await api.put<EntryJson>(`/indicators/entries/${correcting.id}`, body)
          : await api.post<EntryJson>(`/indicators/manual/${indicator.id}/entries`, body);
        setSaved(entry);
      }
      if (file) await api.upload(`/indicators/entries/${entry.id}/attachment`, file);
    },
    onClose,
  );
  const recent = Array.from({ length: 10 }, (_, i) => String(thisYear - i));
  // A value of an older year is corrected in its own year.
  const years = correcting && !recent.includes(fields.values.year) ? [fields.values.year, ...recent] : recent;
  return (
    <FormModal
      title={
        correcting
          ? t('manual.correctTitle', { name, year: correcting.year })
          : t('manual.enterTitle', { name })
      }
      onClose={onClose}
      onSubmit={() => save.mutate(undefined)}
      error={save.error}
      saving={save.isPending}
    >
      {saved && save.error ? <Alert variant="light">{t('manual.attachmentSaved')}</Alert> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('fields.year')}
          data={years}
          disabled={!!saved || !!correcting}
          {...fields.text('year')}
        />
        <NativeSelect
          label={t('fields.area')}
          disabled={!!saved || !!correcting}
          data={[
            { value: '', label: t('fields.wholeOrganisation') },
            ...(areas.data ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
          {...fields.text('areaId')}
        />
        <TextInput
          label={t('fields.value')}
          description={
            indicator.unit === 'fraction' ? t('fields.valueFractionHint') : t(`units.${indicator.unit}`)
          }
          required
          inputMode="decimal"
          disabled={!!saved}
          {...fields.text('value')}
        />
        <TextInput
          label={t('fields.n')}
          description={t('fields.nHint')}
          inputMode="numeric"
          disabled={!!saved}
          {...fields.text('n')}
        />
      </SimpleGrid>
      <Textarea
        label={t('fields.sourceNote')}
        description={t('fields.sourceNoteHint')}
        required
        autosize
        minRows={2}
        disabled={!!saved}
        {...fields.text('sourceNote')}
      />
      <FileInput
        label={t('fields.attachment')}
        description={t('fields.attachmentHint')}
        accept={accepted}
        clearable
        value={file}
        onChange={setFile}
      />
    </FormModal>
  );
}
