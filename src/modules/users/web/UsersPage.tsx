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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { Dialog } from '../../../web/components/Dialog';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';

const roles = ['admin', 'analyst', 'host', 'partner', 'viewer'] as const;
type Role = (typeof roles)[number];

export type User = {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerOrganisation: string | null;
  language: 'sv' | 'en';
  disabled: boolean;
  /** Has not chosen a password yet (the invitation is unused). */
  invited: boolean;
  areaIds: string[];
};

type AreaOption = { id: string; code: string; name: string };

const usersKey = ['users', 'list'] as const;

/** Users and roles: invite colleagues and partners, change role and areas, disable accounts. */
export default function UsersPage() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const users = useQuery({ queryKey: usersKey, queryFn: () => api.get<User[]>('/users') });
  const areas = useQuery({ queryKey: ['areas', 'areas'], queryFn: () => api.get<AreaOption[]>('/areas') });
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
          {
            key: 'edit',
            header: tc('actions.edit'),
            align: 'right',
            render: (u) => (
              <Button size="compact-sm" variant="default" onClick={() => setEditing(u)}>
                {tc('actions.edit')}
                <span className="gs-visually-hidden"> {u.name}</span>
              </Button>
            ),
          },
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

function UserForm({ user, areas, onClose }: { user: User | null; areas: AreaOption[]; onClose: () => void }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const me = useMe();
  const client = useQueryClient();
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'viewer');
  const [language, setLanguage] = useState<'sv' | 'en'>(user?.language ?? 'sv');
  const [areaIds, setAreaIds] = useState<string[]>(user?.areaIds ?? []);
  const [partnerOrganisation, setPartnerOrganisation] = useState(user?.partnerOrganisation ?? '');
  const [disabled, setDisabled] = useState(user?.disabled ?? false);

  const save = useMutation({
    mutationFn: () => {
      const scope = {
        areaIds: role === 'host' ? areaIds : [],
        partnerOrganisation: role === 'partner' ? partnerOrganisation.trim() || null : null,
      };
      return user
        ? api.patch(`/users/${user.id}`, { name, role, disabled, ...scope })
        : api.post('/users', { email, name, role, language, ...scope });
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: usersKey });
      onClose();
    },
  });

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
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <TextInput
            label={t('fields.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Select
            label={t('fields.role')}
            description={t(`roleHelp.${role}`)}
            required
            data={roles.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
            value={role}
            onChange={(value) => value && setRole(value as Role)}
            allowDeselect={false}
            disabled={isSelf}
          />
          {role === 'host' && (
            <MultiSelect
              label={t('fields.areas')}
              description={t('areasHint')}
              data={areas.map((a) => ({ value: a.id, label: `${a.code} – ${a.name}` }))}
              value={areaIds}
              onChange={setAreaIds}
              searchable
              clearable
            />
          )}
          {role === 'partner' && (
            <TextInput
              label={t('fields.partnerOrganisation')}
              description={t('partnerHint')}
              required
              value={partnerOrganisation}
              onChange={(e) => setPartnerOrganisation(e.currentTarget.value)}
            />
          )}
          {!user && (
            <Select
              label={t('fields.language')}
              data={[
                { value: 'sv', label: 'Svenska' },
                { value: 'en', label: 'English' },
              ]}
              value={language}
              onChange={(value) => value && setLanguage(value as 'sv' | 'en')}
              allowDeselect={false}
            />
          )}
          {user?.invited && !user.disabled && <ResendInvitation user={user} />}
          {user && !isSelf && (
            <Switch
              label={t('fields.disabled')}
              description={t('disabledHint')}
              checked={disabled}
              onChange={(e) => setDisabled(e.currentTarget.checked)}
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
