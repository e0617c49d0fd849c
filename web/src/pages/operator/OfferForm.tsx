import { App, Button, Form, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Body } from '../../api/client';
import { useCreateOffer } from '../../api/mutations';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatYuan } from '../../format';

type DataCenter = Answer<'getDataCenter'>;

/** Publishing an offer of one of the operator's pools: how it is sold, at what price, how many units, and for a reservation its term. */
export function NewOfferButton(props: { dataCenters: DataCenter[] }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ dataCenter: string; pool: string; mode: 'on-demand' | 'reserved' | 'spot'; price: number; quantity: number; termDays?: number }>();
  const create = useCreateOffer();
  const dcId = Form.useWatch('dataCenter', form);
  const mode = Form.useWatch('mode', form);
  const dc = props.dataCenters.find((d) => d.id === dcId);
  const submit = async () => {
    const v = await form.validateFields();
    const b: Body<'createOffer'> = { dataCenter: v.dataCenter, pool: v.pool, mode: v.mode, price: String(v.price), quantity: v.quantity, ...(v.mode === 'reserved' && { termS: Math.round((v.termDays ?? 30) * 86_400) }) };
    const made = await create.mutateAsync(b);
    void message.success(t('operator.offerMade', { id: made.id }));
    setOpen(false);
    form.resetFields();
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="new-offer">{t('operator.newOffer')}</Button>
      <Modal open={open} title={t('operator.newOffer')} onCancel={() => setOpen(false)} onOk={() => void submit().catch(() => undefined)} okText={t('operator.publish')} cancelText={t('common.cancel')} confirmLoading={create.isPending}>
        <Form form={form} layout="vertical" requiredMark={false} initialValues={{ mode: 'on-demand', quantity: 1, termDays: 30, dataCenter: props.dataCenters[0]?.id }}>
          <Form.Item name="dataCenter" label={t('operator.dataCenter')} rules={[{ required: true }]}>
            <Select options={props.dataCenters.map((d) => ({ value: d.id, label: `${d.name} (${d.id})` }))} onChange={() => form.setFieldValue('pool', undefined)} />
          </Form.Item>
          <Form.Item name="pool" label={t('operator.pool')} rules={[{ required: true, message: t('operator.poolRequired') }]}>
            <Select data-testid="offer-pool" options={(dc?.pools ?? []).map((p) => ({ value: p.id, label: `${p.id} · ${p.model} · ${p.units} · ${t('operator.listPrice', { price: formatYuan(p.priceMinor, i18n.language) })}` }))} />
          </Form.Item>
          <Form.Item name="mode" label={t('offers.mode')} rules={[{ required: true }]}>
            <Select options={(['on-demand', 'reserved', 'spot'] as const).map((m) => ({ value: m, label: t(`mode.${m}`) }))} />
          </Form.Item>
          <Form.Item name="price" label={mode === 'spot' ? t('operator.floor') : t('operator.price')} rules={[{ required: true, message: t('operator.priceRequired') }]}>
            <InputNumber min={0} step={0.5} style={{ width: '100%' }} data-testid="offer-price" />
          </Form.Item>
          <Form.Item name="quantity" label={t('operator.quantity')} rules={[{ required: true, type: 'integer', min: 1, message: t('operator.quantityRange') }]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          {mode === 'reserved' && <Form.Item name="termDays" label={t('operator.termDays')} rules={[{ required: true }]}><InputNumber min={1 / 24} style={{ width: '100%' }} /></Form.Item>}
        </Form>
        <ApiErrorAlert error={create.error} />
      </Modal>
    </>
  );
}
