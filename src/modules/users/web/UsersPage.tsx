import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Role, roles } from '../../../shared/enums';
import { api } from '../../../web/api';
import { editColumn } from '../../../web/components/buttonColumn';
import { DataTable } from '../../../web/components/DataTable';
import { Dialog } from '../../../web/components/Dialog';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { type Fields, useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { type Area, areaQueries } from '../../areas/web';
import { type User, userQueries } from './queries';

/** Users and roles: invite colleagues and partners, change role and areas, disable accounts. */
export default function UsersPage() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const users = useQuery(userQueries.list());
  const areas = useQuery(areaQueries.list());
  const [editing, setEditing] = useState<User | 'new' | null>(null);

  if (users.isPending) return <PageLoader />;
  if (users.error) return <ErrorAlert error={users.error} />;
  const areaName = new Map((areas.data ?? []).map((a) => [a.id, a.name]));
  const sorted = [...users.data].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<Button onClick={() => setEditing('new')}>{t('invite')}</Button>}
      />
      <DataTable
        caption={t('title')}
        captionHidden
        columns={[
          { key: 'name', header: t('fields.name'), render: (u) => u.name, rowHeader: true },
          { key: 'email', header: t('fields.email'), render: (u) => u.email },
          { key: 'role', header: t('fields.role'), render: (u) => tc(`roles.${u.role}`) },
          {
            key: 'scope',
            header: t('fields.scope'),
            render: (u) =>
              u.role === 'host'
                ? u.areaIds.map((id) => areaName.get(id) ?? id).join(', ') || t('noAreas')
                : u.role === 'partner'
                  ? (u.partnerOrganisation ?? '–')
                  : t('allAreas'),
          },
          {
            key: 'status',
            header: t('fields.status'),
            render: (u) =>
              u.disabled ? (
                <Badge color="gray" variant="outline">
                  {t('disabled')}
                </Badge>
              ) : u.invited ? (
                <Badge color="blue" variant="light">
                  {t('invited')}
                </Badge>
              ) : (
                t('active')
              ),
          },
          editColumn<User>(tc('actions.edit'), (u) => u.name, setEditing),
        ]}
        rows={sorted}
        rowKey={(u) => u.id}
      />
      {editing && (
        <UserForm
          key={editing === 'new' ? 'new' : editing.id}
          user={editing === 'new' ? null : editing}
          areas={areas.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

type UserFields = {
  email: string;
  name: string;
  role: Role;
  language: 'sv' | 'en';
  areaIds: string[];
  partnerOrganisation: string;
  disabled: boolean;
};

/** The role, and what it reaches: a host's areas or a partner's organisation. */
function RoleFields({
  fields,
  areas,
  disabled,
}: {
  fields: Fields<UserFields>;
  areas: Area[];
  /** Nobody changes their own role. */
  disabled: boolean;
}) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const { role } = fields.values;
  return (
    <>
      <Select
        label={t('fields.role')}
        description={t(`roleHelp.${role}`)}
        required
        data={roles.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
        value={role}
        onChange={(value) => value && fields.set('role', value as Role)}
        allowDeselect={false}
        disabled={disabled}
      />
      {role === 'host' && (
        <MultiSelect
          label={t('fields.areas')}
          description={t('areasHint')}
          data={areas.map((a) => ({ value: a.id, label: `${a.code} – ${a.name}` }))}
          {...fields.input('areaIds')}
          searchable
          clearable
        />
      )}
      {role === 'partner' && (
        <TextInput
          label={t('fields.partnerOrganisation')}
          description={t('partnerHint')}
          required
          {...fields.text('partnerOrganisation')}
        />
      )}
    </>
  );
}

function UserForm({ user, areas, onClose }: { user: User | null; areas: Area[]; onClose: () => void }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const me = useMe();
  const fields = useFields<UserFields>({
    email: user?.email ?? '',
    name: user?.name ?? '',
    role: user?.role ?? 'viewer',
    language: user?.language ?? 'sv',
    areaIds: user?.areaIds ?? [],
    partnerOrganisation: user?.partnerOrganisation ?? '',
    disabled: user?.disabled ?? false,
  });
  const { role } = fields.values;
  const save = useSaveAndRefetch<void>(
    userQueries.all(),
    () => {
      const { email, name, language, areaIds, partnerOrganisation, disabled } = fields.values;
      const scope = {
        areaIds: role === 'host' ? areaIds : [],
        partnerOrganisation: role === 'partner' ? partnerOrganisation.trim() || null : null,
      };
      return user
        ? api.patch(`/users/${user.id}`, { name, role, disabled, ...scope })
        : api.post('/users', { email, name, role, language, ...scope });
    },
    onClose,
  );

  const isSelf = user?.id === me.id;
  return (
    <Dialog opened onClose={onClose} title={user ? t('edit', { name: user.name }) : t('invite')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <ErrorAlert error={save.error} />
          <TextInput
            label={t('fields.email')}
            type="email"
            required
            disabled={Boolean(user)}
            description={user ? undefined : t('inviteHint')}
            {...fields.text('email')}
          />
          <TextInput label={t('fields.name')} required {...fields.text('name')} />
          <RoleFields fields={fields} areas={areas} disabled={isSelf} />
          {!user && (
            <Select
              label={t('fields.language')}
              data={[
                { value: 'sv', label: 'Svenska' },
                { value: 'en', label: 'English' },
              ]}
              value={fields.values.language}
              onChange={(value) => value && fields.set('language', value as 'sv' | 'en')}
              allowDeselect={false}
            />
          )}
          {user?.invited && !user.disabled && <ResendInvitation user={user} />}
          {user && !isSelf && (
            <Switch
              label={t('fields.disabled')}
              description={t('disabledHint')}
              {...fields.checkbox('disabled')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {user ? tc('actions.save') : t('sendInvite')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** For a user who has not chosen a password yet: the first link may have expired or been lost. */
function ResendInvitation({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const resend = useMutation({ mutationFn: () => api.post(`/users/${user.id}/invitation`) });
  return (
    <Stack gap={6}>
      <Text size="sm">{t('invitedHint', { email: user.email })}</Text>
      <Group>
        <Button variant="default" size="sm" onClick={() => resend.mutate()} loading={resend.isPending}>
          {t('resendInvite')}
        </Button>
      </Group>
      <ErrorAlert error={resend.error} />
      {resend.isSuccess && (
        <Alert color="green" variant="light" role="status">
          {t('inviteSent', { email: user.email })}
        </Alert>
      )}
    </Stack>
  );
}
