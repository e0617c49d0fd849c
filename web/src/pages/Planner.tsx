import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/client';
import { usePlannerReport, usePlannerRuns } from '../api/queries';
import { Loading } from '../components/Loading';
import { formatNumber, formatPercent, formatTime, formatYuan } from '../format';

type Run = Answer<'listPlannerRuns'>['runs'][number];

/**
 * The planner's runs (the outputs of `suanli simulate` in the planner's
 * folder), newest first, page by page: each with its base and what-ifs and
 * what each costs against the base. A run's report is the same page the
 * command wrote, shown in a sandboxed frame: its scripts run, but it has no
 * access to the console, its session or the API.
 */
export function Planner() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [shown, setShown] = useState<string | undefined>();
  const page = usePlannerRuns(cursors.at(-1)!);
  const report = usePlannerReport(shown);
  const versus = (r: Run) => {
    const base = r.runs[0]?.costMinor ?? null;
    return r.runs.map((x, i) => {
      const change = i === 0 || base === null || x.costMinor === null || base === 0 ? null : (x.costMinor - base) / base;
      return (
        <div key={x.name} style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text strong={i === 0}>{x.name}</Typography.Text>{' '}
          {formatYuan(x.costMinor, lang)}
          {change !== null && <Tag color={change > 0 ? 'red' : change < 0 ? 'green' : 'default'} style={{ marginLeft: 6 }}>{change > 0 ? '+' : ''}{formatPercent(change, lang)}</Tag>}
          <Typography.Text type="secondary" style={{ marginLeft: 6 }}>CO₂ {formatNumber(x.co2Tonnes, lang, 2)} t · {formatPercent(x.greenShareOfEnergy, lang)}</Typography.Text>
        </div>
      );
    });
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('planner.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('planner.intro')}</Typography.Paragraph>
      <Card>
        {page.data ? (
          page.data.runs.length === 0 && cursors.length === 1 ? <Empty description={t('planner.empty')} /> : (
            <>
              <Table<Run> rowKey="id" size="small" dataSource={page.data.runs} pagination={false} data-testid="planner-runs" scroll={{ x: 900 }}
                columns={[
                  { title: t('planner.folder'), dataIndex: 'id', render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
                  { title: t('planner.written'), dataIndex: 'writtenAt', render: (v: string) => formatTime(v, lang) },
                  { title: t('planner.inputs'), key: 'inputs', render: (_: unknown, r: Run) => <span style={{ fontSize: 12 }}>{r.scenario}<br />{r.jobs} · {r.policy} · seed {r.seed}</span> },
                  { title: t('planner.runs'), key: 'runs', render: (_: unknown, r: Run) => versus(r) },
                  {
                    title: '', key: 'show', render: (_: unknown, r: Run) => (r.hasReport
                      ? <Button size="small" type={shown === r.id ? 'primary' : 'default'} onClick={() => setShown(r.id)}>{t('planner.show')}</Button>
                      : <Typography.Text type="secondary">{t('planner.noReport')}</Typography.Text>),
                  },
                ]} />
              <Space style={{ marginTop: 12 }}>
                <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>{t('common.previous')}</Button>
                <Button disabled={page.data.nextCursor === null} onClick={() => setCursors((c) => [...c, page.data!.nextCursor])}>{t('common.next')}</Button>
              </Space>
            </>
          )
        ) : <Loading query={page} />}
      </Card>
      {shown !== undefined && (
        <Card title={t('planner.report', { id: shown })} extra={<Button size="small" onClick={() => setShown(undefined)}>{t('planner.close')}</Button>}>
          {report.data
            ? <iframe title={t('planner.report', { id: shown })} data-testid="planner-report" sandbox="allow-scripts" srcDoc={report.data.html} style={{ width: '100%', height: '80vh', border: 0 }} />
            : <Loading query={report} />}
        </Card>
      )}
    </Space>
  );
}
