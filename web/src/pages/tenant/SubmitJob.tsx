import { Button, Card, Form, Input, InputNumber, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Body } from '../../api/client';
import { useSubmitJob } from '../../api/mutations';
import { useNetwork, useOrders } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { JOB_DEFAULTS, JobFields, jobFields } from '../../components/JobFields';
import type { JobFormValues } from '../../components/JobFields';
import { Loading } from '../../components/Loading';

const LIVE_ORDERS = new Set(['matched', 'active']);

/** Submitting a job: through the form, or as the JSON the API takes. It goes to the job's page, where its placement shows. */
export function SubmitJob() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const network = useNetwork();
  const orders = useOrders({ limit: 100 });
  const submit = useSubmitJob();
  const [form] = Form.useForm<JobFormValues & { name?: string; command?: string; order?: string; waitHours?: number }>();
  const [json, setJson] = useState('');
  const [jsonError, setJsonError] = useState<string>();
  const fromBuy = (location.state as { order?: string } | null)?.order;
  if (!network.data) return <Loading query={network} />;
  const send = async (b: Body<'submitJob'>) => {
    const made = await submit.mutateAsync(b);
    navigate(`/jobs/${encodeURIComponent(made.id)}`);
  };
  const fromForm = async () => {
    const v = await form.validateFields();
    const command = v.command?.trim();
    const maxWaitS = v.waitHours ? Math.round(v.waitHours * 3600) : 0;
    await send({ ...jobFields(v), ...(v.name && { name: v.name }), ...(command && { command }), ...(v.order && { order: v.order }), ...(maxWaitS > 0 && { maxWaitS }) } as Body<'submitJob'>);
  };
  const fromJson = async () => {
    let body: unknown;
    try {
      body = JSON.parse(json);
    } catch (e) {
      setJsonError(t('submit.badJson', { message: (e as Error).message }));
      return;
    }
    setJsonError(undefined);
    await send(body as Body<'submitJob'>);
  };
  const liveOrders = (orders.data?.orders ?? []).filter((o) => LIVE_ORDERS.has(o.state));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('submit.title')}</Typography.Title>
      <Card>
        <Tabs
          items={[
            {
              key: 'form', label: t('submit.form'), children: (
                <Form form={form} layout="vertical" requiredMark={false} initialValues={{ ...JOB_DEFAULTS, origin: network.data.origins[0]?.id, ...(fromBuy && { order: fromBuy }) }}>
                  <Form.Item name="name" label={t('submit.name')}><Input maxLength={200} /></Form.Item>
                  <Form.Item name="order" label={t('submit.order')} extra={t('submit.orderHelp')}>
                    <Select allowClear options={liveOrders.map((o) => ({ value: o.id, label: `${o.id} · ${o.units} × ${t(`totals.class.${o.class}`)} · ${o.offers[0]?.dataCenter ?? ''}` }))} />
                  </Form.Item>
                  <JobFields network={network.data} />
                  <Form.Item name="waitHours" label={t('submit.wait')} extra={t('submit.waitHelp')}
                    rules={[{ type: 'number', min: 0, max: 8760, message: t('submit.waitRange') }, ({ getFieldValue }) => ({
                      validator: (_r, v: number | undefined) => (v && getFieldValue('order') ? Promise.reject(new Error(t('submit.waitOrder'))) : Promise.resolve()),
                    })]}>
                    <InputNumber min={0} max={8760} step={1} style={{ width: '100%' }} data-testid="job-wait" />
                  </Form.Item>
                  <Form.Item name="command" label={t('submit.command')} extra={t('submit.commandHelp')}>
                    <Input.TextArea rows={3} style={{ fontFamily: 'monospace' }} />
                  </Form.Item>
                  <Button type="primary" onClick={() => void fromForm().catch(() => undefined)} loading={submit.isPending} data-testid="submit-job">{t('submit.submit')}</Button>
                </Form>
              ),
            },
            {
              key: 'json', label: t('submit.json'), children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Paragraph type="secondary">{t('submit.jsonHelp')}</Typography.Paragraph>
                  <label htmlFor="job-json" className="sr-only">{t('submit.json')}</label>
                  <Input.TextArea id="job-json" rows={12} value={json} onChange={(e) => setJson(e.target.value)} style={{ fontFamily: 'monospace' }} data-testid="job-json"
                    placeholder={JSON.stringify({ origin: network.data.origins[0]?.id, class: 'intelligent', units: 1, durationS: 3600, latency: 'batch' }, null, 2)} />
                  {jsonError && <Typography.Text type="danger" role="alert">{jsonError}</Typography.Text>}
                  <Button type="primary" onClick={() => void fromJson().catch(() => undefined)} loading={submit.isPending} data-testid="submit-json">{t('submit.submit')}</Button>
                </Space>
              ),
            },
          ]}
        />
        <ApiErrorAlert error={submit.error} />
      </Card>
    </Space>
  );
}
