import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { useCurrentUser } from '@/features/auth';
import { problemField } from '@/lib/problem-field';

import {
  ROLES,
  updateOf,
  USER_LOCALES,
  useCreateUser,
  useReplacePassword,
  useUpdateUser,
  useUsers,
  type AdminUser,
  type Role,
} from '../api/users';

const FIELDS = ['username', 'displayName', 'locale', 'roles', 'password', 'enabled'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Who may sign in and with which roles: create local users, change names, languages and roles, disable and enable
 * them, give them a new password. Single-sign-on users get their name and roles from the identity provider.
 */
export function UsersSection() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const users = useUsers();
  const update = useUpdateUser();
  const [editing, setEditing] = useState<AdminUser | 'new' | undefined>();
  const [newPasswordFor, setNewPasswordFor] = useState<AdminUser | undefined>();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="users-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="users-title">
          {t('admin.users.title')}
        </Title>
        <Button size="xs" onClick={() => setEditing('new')} data-testid="user-add">
          {t('admin.users.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('admin.users.hint')}
      </Text>
      {!users.data ? (
        <QueryState isPending={users.isPending} error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.users.username')}</Table.Th>
                <Table.Th>{t('admin.users.displayName')}</Table.Th>
                <Table.Th>{t('admin.users.roles')}</Table.Th>
                <Table.Th>{t('admin.users.signIn')}</Table.Th>
                <Table.Th>{t('admin.users.state')}</Table.Th>
                <Table.Th>{t('admin.users.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((user) => (
                <Table.Tr key={user.username} data-testid={`user-${user.username}`}>
                  <Table.Td ff="monospace">{user.username}</Table.Td>
                  <Table.Td>{user.displayName}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.roles.map((role) => (
                        <Badge key={role} variant="light" size="sm">
                          {t(`admin.users.roleNames.${role}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(user.external ? 'admin.users.external' : 'admin.users.password')}</Table.Td>
                  <Table.Td>
                    <Badge color={user.enabled ? 'green' : 'gray'}>{t(user.enabled ? 'admin.users.enabled' : 'admin.users.disabled')}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="compact-xs" variant="light" onClick={() => setEditing(user)}>
                        {t('admin.users.edit')}
                      </Button>
                      {!user.external && (
                        <Button size="compact-xs" variant="light" onClick={() => setNewPasswordFor(user)}>
                          {t('admin.users.newPassword')}
                        </Button>
                      )}
                      {user.username !== me.username && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color={user.enabled ? 'red' : 'green'}
                          loading={update.isPending && update.variables?.username === user.username}
                          onClick={() => update.mutate({ username: user.username, change: updateOf(user, { enabled: !user.enabled }) })}
                        >
                          {t(user.enabled ? 'admin.users.disable' : 'admin.users.enable')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing === undefined && <ProblemAlert error={update.error} testId="user-toggle-problem" />}
      {editing !== undefined && (
        <UserForm
          key={editing === 'new' ? 'new' : editing.username}
          user={editing === 'new' ? undefined : editing}
          self={editing !== 'new' && editing.username === me.username}
          onClose={() => setEditing(undefined)}
        />
      )}
      {newPasswordFor && <NewPasswordForm user={newPasswordFor} onClose={() => setNewPasswordFor(undefined)} />}
    </Paper>
  );
}

interface UserFormState {
  username: string;
  displayName: string;
  locale: string;
  roles: Role[];
  enabled: boolean;
  password: string;
}

function UserForm({ user, self, onClose }: { user?: AdminUser; self: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const [form, setForm] = useState<UserFormState>(
    user ? { ...updateOf(user), username: user.username, password: '' } : { username: '', displayName: '', locale: 'en', roles: [], enabled: true, password: '' },
  );
  const set = (changes: Partial<UserFormState>) => setForm((current) => ({ ...current, ...changes }));
  const invalid = problemField(mutation.error, FIELDS);
  const errorOf = (field: Field) => (invalid?.field === field ? invalid.message : undefined);
  const managedByProvider = user?.external === true;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { username, password, ...change } = form;
    if (user) {
      update.mutate({ username: user.username, change }, { onSuccess: onClose });
    } else {
      create.mutate({ username, password, displayName: change.displayName, locale: change.locale, roles: change.roles }, { onSuccess: onClose });
    }
  };

  return (
    <Modal opened onClose={onClose} title={t(user ? 'admin.users.editTitle' : 'admin.users.addTitle')} size="lg">
      <form onSubmit={submit} noValidate data-testid="user-form">
        <Stack gap="sm">
          {managedByProvider && (
            <Alert color="blue" data-testid="user-external-note">
              {t('admin.users.externalNote')}
            </Alert>
          )}
          <TextInput
            label={t('admin.users.username')}
            description={user ? undefined : t('admin.users.usernameHint')}
            value={form.username}
            onChange={(event) => set({ username: event.currentTarget.value })}
            disabled={user !== undefined}
            error={errorOf('username')}
            autoComplete="off"
            required
          />
          <TextInput
            label={t('admin.users.displayName')}
            value={form.displayName}
            onChange={(event) => set({ displayName: event.currentTarget.value })}
            disabled={managedByProvider}
            error={errorOf('displayName')}
            required
          />
          <NativeSelect
            label={t('admin.users.locale')}
            data={USER_LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
            value={form.locale}
            onChange={(event) => set({ locale: event.currentTarget.value })}
            error={errorOf('locale')}
          />
          <Checkbox.Group
            label={t('admin.users.roles')}
            value={form.roles}
            onChange={(roles) => set({ roles: roles as Role[] })}
            error={errorOf('roles')}
            required
          >
            <Group gap="md" mt={4}>
              {ROLES.map((role) => (
                <Checkbox
                  key={role}
                  value={role}
                  label={t(`admin.users.roleNames.${role}`)}
                  disabled={managedByProvider || (self && role === 'ADMIN')}
                />
              ))}
            </Group>
          </Checkbox.Group>
          {user ? (
            <Switch
              label={t('admin.users.enabledLabel')}
              checked={form.enabled}
              disabled={self}
              onChange={(event) => set({ enabled: event.currentTarget.checked })}
            />
          ) : (
            <PasswordInput
              label={t('admin.users.initialPassword')}
              description={t('admin.users.passwordRule')}
              value={form.password}
              onChange={(event) => set({ password: event.currentTarget.value })}
              error={errorOf('password')}
              autoComplete="new-password"
              required
            />
          )}
          {mutation.error !== null && invalid === undefined && <ProblemAlert error={mutation.error} testId="user-problem" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admin.users.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="user-save">
              {t('admin.users.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function NewPasswordForm({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation();
  const replace = useReplacePassword();
  const [password, setPassword] = useState('');
  const invalid = problemField(replace.error, ['password'] as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    replace.mutate({ username: user.username, password });
  };
  return (
    <Modal opened onClose={onClose} title={t('admin.users.newPasswordTitle', { username: user.username })}>
      {replace.isSuccess ? (
        <Stack gap="sm">
          <Alert color="green" data-testid="password-replaced">
            {t('admin.users.passwordReplaced', { username: user.username })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('admin.users.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate data-testid="password-form">
          <Stack gap="sm">
            <PasswordInput
              label={t('admin.users.newPassword')}
              description={t('admin.users.passwordRule')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={invalid?.message}
              autoComplete="new-password"
              required
            />
            {replace.error !== null && invalid === undefined && <ProblemAlert error={replace.error} testId="password-problem" />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('admin.users.cancel')}
              </Button>
              <Button type="submit" loading={replace.isPending} data-testid="password-save">
                {t('admin.users.replacePassword')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
