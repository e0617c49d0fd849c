import { App, Form, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer, Body } from '../../api/client';
import { useQuoteThenBuy } from '../../api/mutations';
import { useTenants } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { QuotePreview } from '../../components/QuotePreview';
import { formatDuration } from '../../format';

type Offer = Answer<'searchOffers'>['offers'][number];

/** Buying one offer: how many units for how long (and the bid, for spot), the preview of what it costs, then the order. */
export function BuyOfferDialog(props: { offer: Offer; me: Answer<'whoAmI'>; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const o = props.offer;
  const admin = props.me.role === 'platform-admin';
  const tenants = useTenants(admin);
  const [form] = Form.useForm<{ units: number; hours: number; bid?: number; tenant?: string }>();
  const purchase = useQuoteThenBuy();
  const { quote, order } = purchase;
  const body = (v: { units: number; hours: number; bid?: number; tenant?: string }): Body<'createOrder'> => ({
    offer: o.id, units: v.units, ...(o.mode !== 'reserved' && { durationS: Math.round(v.hours * 3600) }),
    ...(o.mode === 'spot' && v.bid !== undefined && { bid: String(v.bid) }), ...(v.tenant && { tenant: v.tenant }),
  });
  const preview = async () => purchase.preview(body(await form.validateFields()));
  const buy = async () => {
    const made = await purchase.buy();
    if (!made) return;
    void message.success(t('buy.placed', { id: made.id }));
    props.onClose();
  };
  const ready = purchase.ready;
  return (
    <Modal
      open title={t('buy.offerTitle', { id: o.id })} width={760} onCancel={props.onClose}
      okText={quote.data ? t('buy.confirm') : t('buy.preview')} okButtonProps={{ disabled: quote.data !== undefined && !ready, loading: quote.isPending || order.isPending }}
      onOk={() => void (quote.data ? buy() : preview())} cancelText={t('common.cancel')}
    >
      <Form form={form} layout="inline" style={{ rowGap: 8, marginBottom: 16 }} initialValues={{ units: 1, hours: 1, bid: Number(o.price) }} onValuesChange={() => quote.reset()}>
        {admin && (
          <Form.Item name="tenant" label={t('buy.tenant')} rules={[{ required: true, message: t('buy.tenantRequired') }]}>
            <Select style={{ width: 180 }} options={(tenants.data?.tenants ?? []).map((x) => ({ value: x.id, label: x.name }))} />
          </Form.Item>
        )}
        <Form.Item name="units" label={t('buy.units')} rules={[{ required: true, type: 'integer', min: 1, max: o.available, message: t('buy.unitsRange', { max: o.available }) }]}>
          <InputNumber min={1} max={o.available} precision={0} />
        </Form.Item>
        {o.mode === 'reserved'
          ? <Form.Item label={t('buy.term')}>{formatDuration(o.termS ?? 0, i18n.language)}</Form.Item>
          : <Form.Item name="hours" label={t('buy.hours')} rules={[{ required: true, type: 'number', min: 1 / 60, message: t('buy.hoursRange') }]}><InputNumber min={0.02} step={1} /></Form.Item>}
        {o.mode === 'spot' && <Form.Item name="bid" label={t('buy.bid')} rules={[{ required: true, type: 'number', min: Number(o.price), message: t('buy.bidFloor', { floor: o.price }) }]}><InputNumber min={Number(o.price)} step={0.1} /></Form.Item>}
      </Form>
      {quote.data && <QuotePreview quote={quote.data} />}
      <ApiErrorAlert error={purchase.error} />
    </Modal>
  );
}
