import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/client';
import { placeName } from '../names';

/** What the job form holds: the API's job fields, in units people type (hours, percent). */
export interface JobFormValues {
  origin: string;
  class: 'general' | 'intelligent' | 'super';
  units: number;
  hours: number;
  latency: 'realtime' | 'interactive' | 'batch';
  model?: string;
  minGreenPct?: number;
  maxPrice?: number;
  dataGb?: number;
}

/** The form's values as the API's job fields. */
export function jobFields(v: JobFormValues) {
  const models = (v.model ?? '').split(',').map((m) => m.trim()).filter(Boolean);
  return {
    origin: v.origin, class: v.class, units: v.units, durationS: Math.round(v.hours * 3600), latency: v.latency,
    ...(models.length > 0 && { model: models.length === 1 ? models[0]! : models }),
    ...(v.minGreenPct !== undefined && v.minGreenPct !== null && { minGreenShare: v.minGreenPct / 100 }),
    ...(v.maxPrice !== undefined && v.maxPrice !== null && { maxPrice: String(v.maxPrice) }),
    ...(v.dataGb !== undefined && v.dataGb !== null && { dataGb: v.dataGb }),
  };
}

export const JOB_DEFAULTS: Partial<JobFormValues> = { class: 'intelligent', units: 1, hours: 1, latency: 'batch', dataGb: 0 };

/** The fields of a job or a requirement: where its users are, what it needs, for how long, how near, how green, how dear. */
export function JobFields(props: { network: Answer<'getNetwork'> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Form.Item name="origin" label={t('job.origin')} extra={t('job.originHelp')} rules={[{ required: true, message: t('job.originRequired') }]}>
        <Select showSearch optionFilterProp="label" data-testid="job-origin" options={props.network.origins.map((o) => ({ value: o.id, label: placeName(o, i18n.language) }))} />
      </Form.Item>
      <Form.Item name="class" label={t('job.class')} rules={[{ required: true }]}>
        <Select options={(['general', 'intelligent', 'super'] as const).map((c) => ({ value: c, label: t(`totals.class.${c}`) }))} />
      </Form.Item>
      <Form.Item name="units" label={t('job.units')} rules={[{ required: true, type: 'integer', min: 1, message: t('job.unitsRange') }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="hours" label={t('job.hours')} rules={[{ required: true, type: 'number', min: 0.001, message: t('job.hoursRange') }]}>
        <InputNumber min={0.01} step={0.5} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="latency" label={t('job.latency')} extra={t('job.latencyHelp')} rules={[{ required: true }]}>
        <Select options={(['realtime', 'interactive', 'batch'] as const).map((l) => ({ value: l, label: t(`latency.${l}`) }))} />
      </Form.Item>
      <Form.Item name="model" label={t('job.model')} extra={t('job.modelHelp')}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="minGreenPct" label={t('job.minGreen')}>
        <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="maxPrice" label={t('job.maxPrice')}>
        <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="dataGb" label={t('job.dataGb')}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}
