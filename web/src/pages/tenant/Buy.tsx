import { App, Button, Card, Col, Form, InputNumber, Row, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Answer } from '../../api/client';
import { useQuoteThenBuy } from '../../api/mutations';
import { useNetwork, useTenants } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { JOB_DEFAULTS, JobFields, jobFields } from '../../components/JobFields';
import type { JobFormValues } from '../../components/JobFields';
import { Loading } from '../../components/Loading';
import { QuotePreview } from '../../components/QuotePreview';

type Mode = 'on-demand' | 'reserved' | 'spot';

/**
 * Buying by requirement: state what you need, see the engine's match (where
 * it would run, what it would cost at most, and why there) before you pay,
 * then buy it.
 */
export function Buy(props: { me: Answer<'whoAmI'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const network = useNetwork();
  const admin = props.me.role === 'platform-admin';
  const tenants = useTenants(admin);
  const [form] = Form.useForm<JobFormValues & { bid?: number; tenant?: string }>();
  const [mode, setMode] = useState<Mode>('on-demand');
  const purchase = useQuoteThenBuy();
  const { quote, order } = purchase;
  if (!network.data) return <Loading query={network} />;
  const preview = async () => {
    const v = await form.validateFields();
    purchase.preview({ requirement: jobFields(v), mode, ...(mode === 'spot' && v.bid !== undefined && { bid: String(v.bid) }), ...(v.tenant && { tenant: v.tenant }) });
  };
  const buy = async () => {
    const made = await purchase.buy();
    if (!made) return;
    void message.success(t('buy.placed', { id: made.id }));
    navigate('/jobs/new', { state: { order: made.id } });
  };
  const ready = purchase.ready;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('buy.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={t('buy.requirement')}>
            <Form form={form} layout="vertical" initialValues={{ ...JOB_DEFAULTS, origin: network.data.origins[0]?.id }} onValuesChange={() => quote.reset()} requiredMark={false}>
              <Form.Item label={t('buy.mode')}>
                <Segmented<Mode> value={mode} onChange={(m) => { setMode(m); quote.reset(); }} options={(['on-demand', 'reserved', 'spot'] as const).map((m) => ({ value: m, label: t(`mode.${m}`) }))} />
              </Form.Item>
              {admin && (
                <Form.Item name="tenant" label={t('buy.tenant')} rules={[{ required: true, message: t('buy.tenantRequired') }]}>
                  <Select options={(tenants.data?.tenants ?? []).map((x) => ({ value: x.id, label: x.name }))} />
                </Form.Item>
              )}
              <JobFields network={network.data} />
              {mode === 'spot' && <Form.Item name="bid" label={t('buy.bid')} rules={[{ required: true, message: t('buy.bidRequired') }]}><InputNumber min={0} step={0.1} style={{ width: '100%' }} /></Form.Item>}
              <Space>
                <Button onClick={() => void preview()} loading={quote.isPending} data-testid="buy-preview">{t('buy.preview')}</Button>
                <Button type="primary" disabled={!ready} onClick={() => void buy()} loading={order.isPending} data-testid="buy-confirm">{t('buy.confirm')}</Button>
              </Space>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card title={t('buy.match')}>
            {quote.data ? <QuotePreview quote={quote.data} /> : <Typography.Paragraph type="secondary">{t('buy.matchHelp')}</Typography.Paragraph>}
            <ApiErrorAlert error={purchase.error} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
