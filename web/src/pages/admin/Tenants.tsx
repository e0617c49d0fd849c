import { App, Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/client';
import { useCreateTenant } from '../../api/mutations';
import { useTenants } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';

type Tenant = Answer<'listTenants'>['tenants'][number];

/** The enterprises that buy on this platform: listed, and a new one created. */
export function Tenants() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const tenants = useTenants();
  const create = useCreateTenant();
  const [form] = Form.useForm<{ id: string; name: string }>();
  const submit = async (v: { id: string; name: string }) => {
    const made = await create.mutateAsync(v);
    void message.success(t('admin.tenantMade', { id: made.id }));
    form.resetFields();
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('admin.tenants')}</Typography.Title>
      <Card title={t('admin.newTenant')}>
        <Form form={form} layout="inline" onFinish={(v) => void submit(v).catch(() => undefined)} requiredMark={false} style={{ rowGap: 8 }}>
          <Form.Item name="id" label={t('admin.tenantId')} rules={[{ required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, message: t('admin.idRule') }]}><Input data-testid="tenant-id" /></Form.Item>
          <Form.Item name="name" label={t('admin.tenantName')} rules={[{ required: true, message: t('admin.nameRequired') }]}><Input data-testid="tenant-name" /></Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="tenant-create">{t('admin.create')}</Button>
        </Form>
        <ApiErrorAlert error={create.error} />
      </Card>
      <Card>
        {tenants.data ? (
          <Table<Tenant> rowKey="id" size="small" dataSource={tenants.data.tenants} pagination={{ pageSize: 25, hideOnSinglePage: true }} data-testid="tenants"
            columns={[
              { title: t('admin.tenantId'), dataIndex: 'id' },
              { title: t('admin.tenantName'), dataIndex: 'name' },
              { title: t('admin.created'), dataIndex: 'createdAt', render: (v: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(v) },
            ]} />
        ) : <Loading query={tenants} />}
      </Card>
    </Space>
  );
}
