import { Modal, type ModalProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's Modal with what axe and phones need: a named close button (an unnamed one is a
 * critical violation) and full screen below 576 px.
 */
export function Dialog({ size = 'lg', ...props }: ModalProps) {
  const { t } = useTranslation('common');
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      size={size}
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('actions.close'), ...props.closeButtonProps }}
      {...props}
    />
  );
}
