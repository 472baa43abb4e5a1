import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { useCan, useMe } from '../../../web/session';
import { activityQueries, type Session } from './queries';

/**
 * The year's sessions of an activity. Planned ones show no counts; whoever may write in the
 * session's area opens it to report it or correct its counts.
 */
export function SessionsTable({
  activityId,
  year,
  areaName,
}: {
  activityId: string;
  year: number;
  areaName: Map<string, string>;
}) {
  const { t } = useTranslation('activities');
  const me = useMe();
  const canWrite = useCan('activities.write');
  const sessions = useQuery(activityQueries.sessions(activityId, year));
  const writable = (s: Session) => canWrite && (me.areaIds === null || me.areaIds.includes(s.areaId));
  const planned = (s: Session) => s.participants === null;
  const when = (s: Session) => `${s.date}${s.startTime ? ` ${s.startTime}` : ''}`;
  return (
    <>
      <ErrorAlert error={sessions.error} />
      <DataTable
        caption={t('detail.sessions', { year })}
        rows={sessions.data ?? []}
        rowKey={(s) => s.id}
        empty={t('detail.noSessions')}
        columns={[
          {
            key: 'd',
            header: t('fields.date'),
            rowHeader: true,
            render: (s) =>
              writable(s) ? (
                <Anchor
                  component={Link}
                  to={`/activities/log?session=${s.id}`}
                  aria-label={t(planned(s) ? 'detail.reportSession' : 'detail.editSession', {
                    when: when(s),
                  })}
                >
                  {when(s)}
                </Anchor>
              ) : (
                when(s)
              ),
          },
          { key: 'a', header: t('fields.area'), render: (s) => areaName.get(s.areaId) ?? '' },
          { key: 'pl', header: t('fields.place'), render: (s) => s.place },
          {
            key: 'p',
            header: t('fields.participants'),
            align: 'right',
            render: (s) => (planned(s) ? t('detail.planned') : s.participants),
          },
          {
            key: 'w',
            header: t('fields.women'),
            align: 'right',
            render: (s) => (planned(s) ? '–' : s.women),
          },
          { key: 'm', header: t('fields.men'), align: 'right', render: (s) => (planned(s) ? '–' : s.men) },
        ]}
      />
    </>
  );
}
