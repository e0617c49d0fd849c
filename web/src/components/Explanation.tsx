import { Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatYuan } from '../format';
import { Tone } from './Tone';

/** A candidate the engine scored: where, how far, what it costs (1/10,000 yuan) and its score. */
interface Candidate { pool: string; dataCenter: string; latencyMs: number; cost: { compute: number; transfer: number; carbon: number; total: number }; score: number }

/** The placement engine's explanation of a decision, as the API gives it. */
export interface EngineExplanation {
  policy: string;
  candidates: number;
  checkers: { name: string; rule?: string; removed: number; example?: { pool: string; reason: string } }[];
  feasible: number;
  relaxed?: string[];
  winner?: Candidate;
  runnerUp?: Candidate;
  rejectedBy?: string;
}

/** Whether an explanation is the engine's (other policies: an order's pool, the federation's choice, a routed job). */
export function isEngine(e: unknown): e is EngineExplanation {
  return typeof e === 'object' && e !== null && Array.isArray((e as { checkers?: unknown }).checkers);
}

function Costs(props: { c: Candidate; testId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const c = props.c;
  return (
    <Descriptions size="small" column={1} bordered data-testid={props.testId}
      items={[
        { key: 'where', label: t('explain.where'), children: `${c.dataCenter} · ${c.pool}` },
        { key: 'latency', label: t('explain.latency'), children: `${formatNumber(c.latencyMs, lang)} ms` },
        { key: 'compute', label: t('explain.compute'), children: formatYuan(c.cost.compute, lang) },
        { key: 'transfer', label: t('explain.transfer'), children: formatYuan(c.cost.transfer, lang) },
        { key: 'carbon', label: t('explain.carbon'), children: formatYuan(c.cost.carbon, lang) },
        { key: 'total', label: t('explain.total'), children: <strong>{formatYuan(c.cost.total, lang)}</strong> },
      ]}
    />
  );
}

/**
 * Why the engine chose where a job (or a requirement) goes: how many
 * candidates each rule removed with an example of each, the winner's cost
 * broken down, and the runner-up.
 */
export function Explanation(props: { explanation: unknown }) {
  const { t } = useTranslation();
  const e = props.explanation;
  if (e === null || e === undefined) return <Empty description={t('explain.none')} />;
  if (!isEngine(e)) {
    // An order's, the federation's or a routed job's placement: what it says, as it says it.
    const fields = Object.entries(e as Record<string, unknown>).filter(([, v]) => typeof v !== 'object');
    return <Descriptions size="small" column={1} bordered data-testid="explanation" items={fields.map(([k, v]) => ({ key: k, label: t(`explainKey.${k}`, { defaultValue: k }), children: String(v) }))} />;
  }
  return (
    <div data-testid="explanation">
      <Typography.Paragraph>
        {t('explain.summary', { candidates: e.candidates, feasible: e.feasible, policy: e.policy })}
        {e.rejectedBy && <> <Tone tone="bad">{t('explain.rejectedBy', { rule: e.rejectedBy })}</Tone></>}
        {(e.relaxed?.length ?? 0) > 0 && <> <Tag>{t('explain.relaxed', { rules: e.relaxed!.join(', ') })}</Tag></>}
      </Typography.Paragraph>
      <Table
        size="small" rowKey="name" pagination={false} data-testid="explanation-rules" dataSource={e.checkers}
        columns={[
          { title: t('explain.rule'), dataIndex: 'name', render: (n: string, k) => <span title={k.rule}>{n}</span> },
          { title: t('explain.ruleText'), dataIndex: 'rule', render: (r?: string) => r ?? '' },
          { title: t('explain.removed'), dataIndex: 'removed', align: 'right' },
          { title: t('explain.example'), render: (_, k) => (k.example ? `${k.example.pool}: ${k.example.reason}` : '') },
        ]}
      />
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', marginTop: 16 }}>
        {e.winner && <div style={{ flex: '1 1 320px' }}><Typography.Title level={3} style={{ fontSize: 16 }}>{t('explain.winner')}</Typography.Title><Costs c={e.winner} testId="winner" /></div>}
        {e.runnerUp && <div style={{ flex: '1 1 320px' }}><Typography.Title level={3} style={{ fontSize: 16 }}>{t('explain.runnerUp')}</Typography.Title><Costs c={e.runnerUp} testId="runner-up" /></div>}
      </div>
    </div>
  );
}
