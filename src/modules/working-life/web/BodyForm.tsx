import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { type BodyInput, workingLifeQueries } from './queries';

/** Adds a body of the organisation's own (a department, a site) by code and name. */
export function BodyForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('working-life');
  const fields = useFields({ code: '', name: '' });
  const save = useSaveAndRefetch(
    workingLifeQueries.all(),
    (body: BodyInput) => api.post('/working-life/bodies', body),
    onClose,
  );
  const { code, name } = fields.values;
  const complete = code.trim() !== '' && name.trim() !== '';
  return (
    <FormModal
      title={t('bodyForm.title')}
      onClose={onClose}
      onSubmit={() => complete && save.mutate({ code, name })}
      error={save.error}
      saving={save.isPending}
      submitDisabled={!complete}
    >
      <TextInput
        label={t('bodyForm.code')}
        description={t('bodyForm.codeHint')}
        required
        maxLength={40}
        {...fields.text('code')}
      />
      <TextInput label={t('bodyForm.name')} required maxLength={120} {...fields.text('name')} />
    </FormModal>
  );
}
