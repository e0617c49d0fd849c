import { Alert, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Body } from '../../api/client';
import { useCreateUser, useRevokeToken } from '../../api/mutations';
import { useDataCenters, useTenants, useTokens, useUsers } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { Tone } from '../../components/Tone';

type Token = Answer<'listTokens'>['tokens'][number];
const ROLES = ['platform-admin', 'regulator', 'dc-operator', 'dc-agent', 'tenant-admin', 'tenant-member'] as const;
const TENANT_ROLES = new Set(['tenant-admin', 'tenant-member']);
const DC_ROLES = new Set(['dc-operator', 'dc-agent']);

/** Users and their tokens: a new user with its first token (its secret shown once), and tokens revoked. A tenant-admin manages its own tenant's. */
export function Users(props: { me: Answer<'whoAmI'> }) {
  const { t, i18n } = useTranslation();
  const admin = props.me.role === 'platform-admin';
  const users = useUsers();
  const tokens = useTokens();
  const tenants = useTenants(admin);
  const dcs = useDataCenters();
  const create = useCreateUser();
  const revoke = useRevokeToken();
  const [secret, setSecret] = useState<{ name: string; secret: string }>();
  const [form] = Form.useForm<{ name: string; role: string; tenant?: string; dataCenters?: string[] }>();
  const role = Form.useWatch('role', form);
  const roles = admin ? ROLES : (['tenant-admin', 'tenant-member'] as const);
  const submit = async (v: { name: string; role: string; tenant?: string; dataCenters?: string[] }) => {
    const b = { name: v.name, role: v.role, ...(TENANT_ROLES.has(v.role) && admin && v.tenant && { tenant: v.tenant }), ...(DC_ROLES.has(v.role) && v.dataCenters && { dataCenters: v.dataCenters }) } as Body<'createUser'>;
    const made = await create.mutateAsync(b);
    setSecret({ name: made.user.name, secret: made.secret });
    form.resetFields();
  };
  const when = (v: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(v);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('admin.users')}</Typography.Title>
      <Card title={t('admin.newUser')}>
        <Form form={form} layout="inline" onFinish={(v) => void submit(v).catch(() => undefined)} requiredMark={false} style={{ rowGap: 8 }} initialValues={{ role: roles[roles.length - 1] }}>
          <Form.Item name="name" label={t('admin.userName')} rules={[{ required: true, message: t('admin.nameRequired') }]}><Input data-testid="user-name" /></Form.Item>
          <Form.Item name="role" label={t('admin.role')} rules={[{ required: true }]}>
            <Select style={{ width: 170 }} data-testid="user-role" options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          </Form.Item>
          {admin && TENANT_ROLES.has(role ?? '') && (
            <Form.Item name="tenant" label={t('admin.tenant')} rules={[{ required: true, message: t('admin.tenantRequired') }]}>
              <Select style={{ width: 180 }} data-testid="user-tenant" options={(tenants.data?.tenants ?? []).map((x) => ({ value: x.id, label: `${x.name} (${x.id})` }))} />
            </Form.Item>
          )}
          {DC_ROLES.has(role ?? '') && (
            <Form.Item name="dataCenters" label={t('admin.dataCenters')} rules={[{ required: true, message: t('admin.dataCentersRequired') }]}>
              <Select mode={role === 'dc-agent' ? undefined : 'multiple'} style={{ minWidth: 240 }} showSearch optionFilterProp="label"
                options={(dcs.data ?? []).map((d) => ({ value: d.id, label: `${d.name} (${d.id})` }))}
                onChange={(v: string | string[]) => form.setFieldValue('dataCenters', Array.isArray(v) ? v : [v])} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="user-create">{t('admin.create')}</Button>
        </Form>
        <ApiErrorAlert error={create.error} />
        {secret && (
          <Alert type="success" showIcon style={{ marginTop: 12 }} closable onClose={() => setSecret(undefined)} data-testid="user-secret"
            title={t('admin.secretTitle', { name: secret.name })}
            description={<><Typography.Paragraph copyable={{ text: secret.secret }} style={{ marginBottom: 4 }}><code>{secret.secret}</code></Typography.Paragraph>{t('admin.secretOnce')}</>} />
        )}
      </Card>
      <Card title={t('admin.tokens')}>
        <ApiErrorAlert error={revoke.error} />
        {tokens.data && users.data ? (
          <Table<Token> rowKey="id" size="small" dataSource={tokens.data.tokens} pagination={{ pageSize: 25, hideOnSinglePage: true }} data-testid="tokens"
            columns={[
              { title: t('admin.userName'), render: (_, k) => users.data.users.find((u) => u.id === k.userId)?.name ?? k.userId },
              { title: t('admin.tokenName'), dataIndex: 'name' },
              { title: t('admin.role'), dataIndex: 'role', render: (r: string) => t(`role.${r}`) },
              { title: t('admin.scope'), render: (_, k) => k.tenantId ?? k.dataCenters?.join(', ') ?? '' },
              { title: t('admin.created'), dataIndex: 'createdAt', render: when },
              { title: t('admin.status'), render: (_, k) => (k.revokedAt ? <Tag>{t('admin.revokedAt', { at: when(k.revokedAt) })}</Tag> : <Tone tone="good">{t('admin.active')}</Tone>) },
              {
                title: t('offers.action'), render: (_, k) => (k.revokedAt || k.id === props.me.token ? null : (
                  <Popconfirm title={t('admin.revokeConfirm')} okText={t('admin.revoke')} cancelText={t('common.cancel')} onConfirm={() => revoke.mutate(k.id)}>
                    <Button size="small" danger>{t('admin.revoke')}</Button>
                  </Popconfirm>
                )),
              },
            ]} />
        ) : <Loading query={tokens.data ? users : tokens} />}
      </Card>
    </Space>
  );
}
