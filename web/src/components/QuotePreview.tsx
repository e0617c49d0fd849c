import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/client';
import { formatDuration, formatNumber, formatPercent, formatYuan } from '../format';
import { Explanation } from './Explanation';

/** What an order would buy, before the buyer pays: where it would run, the most it can cost, and why there. */
export function QuotePreview(props: { quote: Answer<'quoteOrder'> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const q = props.quote;
  if (!q.offer) return <Alert type="warning" showIcon role="status" title={t('quote.noMatch', { reason: q.reason ?? '' })} data-testid="quote" />;
  const o = q.offer;
  return (
    <div data-testid="quote">
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}
        items={[
          { key: 'where', label: t('quote.where'), children: <span data-testid="quote-where">{o.dataCenter} · {o.pool}</span> },
          { key: 'what', label: t('quote.what'), children: `${t(`totals.class.${o.class}`)} · ${o.model} · ${t(`mode.${q.mode}`)}` },
          { key: 'units', label: t('quote.units'), children: `${q.units} × ${formatDuration(q.durationS, lang)}` },
          { key: 'price', label: t('quote.price'), children: formatYuan(o.price, lang) },
          { key: 'green', label: t('quote.green'), children: `${formatPercent(o.greenShare, lang)} · PUE ${o.pue}` },
          ...(o.latencyMs !== undefined ? [{ key: 'latency', label: t('quote.latency'), children: `${formatNumber(o.latencyMs, lang)} ms` }] : []),
          { key: 'estimate', label: t('quote.estimate'), children: <strong data-testid="quote-estimate">{formatYuan(q.estimate?.yuan, lang)}</strong> },
          { key: 'available', label: t('quote.available'), children: formatYuan(q.available.yuan, lang) },
        ]}
      />
      {!q.affordable && <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={t('quote.unaffordable')} />}
      {q.explanation !== undefined && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>{t('quote.why')}</Typography.Title>
          <Explanation explanation={q.explanation} />
        </>
      )}
    </div>
  );
}
