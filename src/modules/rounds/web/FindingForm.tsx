import {
  Button,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishToday } from '../../../shared/time';
import type { Language } from '../../../web/i18n';
import { newClientId, type Severity, saveFinding, shrinkPhoto, type TemplateItem } from './offline-queue';

type Props = {
  /** Where the finding belongs: a round kept on the phone, or a safety walk on the server. */
  roundClientId?: string;
  walkId?: string;
  propertyId?: string | null;
  items?: TemplateItem[];
  /** Item chosen in the checklist, if any. */
  itemKey?: string;
  /** Safety walks also record what works well. */
  allowPositive?: boolean;
  onSaved?: () => void;
};

/** Records one finding, with an optional photo, on the phone first. */
export function FindingForm({
  roundClientId,
  walkId,
  propertyId,
  items,
  itemKey,
  allowPositive,
  onSaved,
}: Props) {
  const { t, i18n } = useTranslation('rounds');
  const lang = (i18n.language === 'en' ? 'en' : 'sv') as Language;
  const [item, setItem] = useState(itemKey ?? items?.[0]?.key ?? '');
  const [positive, setPositive] = useState(false);
  const [severity, setSeverity] = useState<Severity>('low');
  const [note, setNote] = useState('');
  const [staircase, setStaircase] = useState('');
  const [floor, setFloor] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const blob = photo ? await shrinkPhoto(photo) : undefined;
      await saveFinding(
        {
          clientId: newClientId(),
          roundClientId: roundClientId ?? null,
          walkId: walkId ?? null,
          areaId: null,
          propertyId: propertyId ?? null,
          itemKey: items?.length ? item : null,
          positive,
          severity: positive ? null : severity,
          note,
          staircase: staircase || null,
          floor: floor || null,
          foundOn: swedishToday(),
        },
        blob,
      );
      setNote('');
      setStaircase('');
      setFloor('');
      setPhoto(null);
      setPositive(false);
      setSeverity('low');
      onSaved?.();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-label={t('finding.formLabel')}>
      {items && items.length > 0 && (
        <NativeSelect
          label={t('finding.item')}
          value={item}
          onChange={(e) => setItem(e.currentTarget.value)}
          data={items.map((i) => ({ value: i.key, label: i.label[lang] }))}
        />
      )}
      {allowPositive && (
        <Checkbox
          label={t('finding.positive')}
          checked={positive}
          onChange={(e) => setPositive(e.currentTarget.checked)}
        />
      )}
      {!positive && (
        <Radio.Group
          label={t('finding.severity')}
          value={severity}
          onChange={(v) => setSeverity(v as Severity)}
        >
          <Group gap="md" mt={4}>
            {(['low', 'medium', 'high'] as const).map((s) => (
              <Radio key={s} value={s} label={t(`severity.${s}`)} />
            ))}
          </Group>
        </Radio.Group>
      )}
      <Textarea
        label={t('finding.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        required
        autosize
        minRows={2}
      />
      <Group grow>
        <TextInput
          label={t('finding.staircase')}
          value={staircase}
          onChange={(e) => setStaircase(e.currentTarget.value)}
        />
        <TextInput
          label={t('finding.floor')}
          value={floor}
          onChange={(e) => setFloor(e.currentTarget.value)}
        />
      </Group>
      <FileInput
        label={t('finding.photo')}
        accept="image/*"
        value={photo}
        onChange={setPhoto}
        clearable
        capture="environment"
        data-testid="finding-photo"
      />
      <Button type="submit" loading={saving}>
        {t('finding.save')}
      </Button>
    </Stack>
  );
}
