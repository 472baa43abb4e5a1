import { Button, Group, Modal, type ModalProps, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/**
 * A modal holding one form: the failed request on top, the fields, then Cancel and Save.
 * The close button gets a name because an unnamed one is a critical axe violation.
 */
export function FormModal({
  title,
  opened = true,
  size,
  onClose,
  onSubmit,
  error,
  saving,
  submitDisabled,
  children,
}: {
  title: ReactNode;
  opened?: boolean;
  size?: ModalProps['size'];
  onClose: () => void;
  /** Called with the default submit already prevented. */
  onSubmit: () => void;
  error: unknown;
  saving: boolean;
  submitDisabled?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <Modal
      opened={opened}
      onClose={() => onClose()}
      size={size}
      title={title}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={submitDisabled}>
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
