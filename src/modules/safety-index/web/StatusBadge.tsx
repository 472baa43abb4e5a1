import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupResultDto } from './queries';

/** A figure's status against its target, in words and colour. */
export function StatusBadge({ status }: { status: NonNullable<GroupResultDto['status']> }) {
  const { t } = useTranslation('safety-index');
  const colour = status === 'met' ? 'green' : status === 'not met' ? 'red' : 'yellow';
  return (
    <Badge color={colour} variant="light" autoContrast>
      {t(`status.${status}`)}
    </Badge>
  );
}
