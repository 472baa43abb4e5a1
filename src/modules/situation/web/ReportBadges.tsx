import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from './queries';

/** A report's state as both the reporter's and the coordinator's lists show it; `children` follow (an action). */
export function ReportBadges({ report, children }: { report: Report; children?: ReactNode }) {
  const { t } = useTranslation('situation');
  return (
    <Group gap={4}>
      <Badge variant="light">{t(`report.status_${report.status}`)}</Badge>
      {report.restricted && (
        <Badge color="red" variant="light">
          {t('report.restrictedBadge')}
        </Badge>
      )}
      {report.mergedInto && <Badge color="gray">{t('report.merged')}</Badge>}
      {children}
    </Group>
  );
}
