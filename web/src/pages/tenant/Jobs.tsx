import { Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Answer, Query } from '../../api/client';
import { useJobs } from '../../api/queries';
import { JobState } from '../../components/JobState';
import { Loading } from '../../components/Loading';
import { formatTime, formatYuan } from '../../format';
import { isTenant } from '../../roles';

type Job = Answer<'listJobs'>['jobs'][number];
const STATES = ['pending', 'placed', 'running', 'succeeded', 'failed', 'cancelled', 'lost', 'routed'] as const;

/** The jobs the caller may see, newest first, by state; the live stream refreshes them as they change. */
export function Jobs(props: { me: Answer<'whoAmI'> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [state, setState] = useState<Query<'listJobs'>['state']>();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const jobs = useJobs({ ...(state && { state }), ...(cursor && { cursor }), limit: 25 });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('jobs.title')}</Typography.Title>
        {(isTenant(props.me.role) || props.me.role === 'platform-admin') && <Link to="/jobs/new"><Button type="primary">{t('jobs.submit')}</Button></Link>}
      </Space>
      <Card>
        <Space style={{ marginBottom: 12 }}>
          <label htmlFor="jobs-state">{t('jobs.state')}</label>
          <Select id="jobs-state" allowClear style={{ width: 180 }} value={state} placeholder={t('jobs.allStates')} data-testid="jobs-state"
            onChange={(v) => { setState(v); setCursors([]); }} options={STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))} />
        </Space>
        {jobs.data ? (
          <>
            <Table<Job>
              rowKey="id" size="small" dataSource={jobs.data.jobs} pagination={false} data-testid="jobs" scroll={{ x: 800 }}
              columns={[
                { title: t('jobs.id'), dataIndex: 'id', render: (id: string) => <Link to={`/jobs/${encodeURIComponent(id)}`}>{id}</Link> },
                { title: t('jobs.name'), render: (_, j) => String(j.spec.name ?? '') },
                { title: t('jobs.state'), dataIndex: 'state', render: (s: string) => <JobState state={s} /> },
                { title: t('jobs.what'), render: (_, j) => `${String(j.spec.units)} × ${t(`totals.class.${String(j.spec.class)}`)}` },
                { title: t('jobs.where'), render: (_, j) => (j.placement ? `${j.placement.dataCenter} · ${j.placement.pool}` : '–') },
                { title: t('jobs.cost'), align: 'right', render: (_, j) => (j.placement ? formatYuan(j.placement.cost, lang) : '–') },
                { title: t('jobs.created'), dataIndex: 'createdAt', render: (v: string) => formatTime(v, lang) },
              ]}
            />
            <Space style={{ marginTop: 12 }}>
              <Button disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>{t('common.previous')}</Button>
              <Button disabled={!jobs.data.nextCursor} onClick={() => setCursors((c) => [...c, jobs.data!.nextCursor!])}>{t('common.next')}</Button>
            </Space>
          </>
        ) : <Loading query={jobs} />}
      </Card>
    </Space>
  );
}
