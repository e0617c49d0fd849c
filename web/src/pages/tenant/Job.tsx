import { Breadcrumb, Button, Card, Descriptions, Popconfirm, Space, Tabs, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import type { Answer } from '../../api/client';
import { useCancelJob } from '../../api/mutations';
import { useJob, useJobOutput } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Explanation } from '../../components/Explanation';
import { JobState } from '../../components/JobState';
import { Loading } from '../../components/Loading';
import { StartPlan } from '../../components/StartPlan';
import { formatDuration, formatNumber, formatTime, formatYuan } from '../../format';
import { NotFound } from '../NotFound';

const ENDED = new Set(['succeeded', 'failed', 'cancelled']);

/** One job: where it runs and why there, what it has used, and its history. Another tenant's job is not found. */
export function Job(props: { me: Answer<'whoAmI'> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { id = '' } = useParams();
  const job = useJob(id);
  const output = useJobOutput(id, job.data?.state, job.data !== undefined && !ENDED.has(job.data.state));
  const cancel = useCancelJob();
  if (job.error instanceof ApiError && job.error.status === 404) return <NotFound />;
  if (!job.data) return <Loading query={job} />;
  const j = job.data;
  const canCancel = !ENDED.has(j.state) && props.me.role !== 'dc-operator' && props.me.role !== 'regulator';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/jobs">{t('nav.jobs')}</Link> }, { title: j.id }]} />
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('job.title', { id: j.id })} <JobState state={j.state} /></Typography.Title>
        {canCancel && (
          <Popconfirm title={t('job.cancelConfirm')} okText={t('job.cancel')} cancelText={t('common.cancel')} onConfirm={() => cancel.mutate(j.id)}>
            <Button danger loading={cancel.isPending}>{t('job.cancel')}</Button>
          </Popconfirm>
        )}
      </Space>
      <ApiErrorAlert error={cancel.error} />
      <Card title={t('job.summary')}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'state', label: t('jobs.state'), children: <>{t(`state.${j.state}`)}{j.reason ? ` — ${j.reason}` : ''}</> },
            { key: 'what', label: t('jobs.what'), children: `${String(j.spec.units)} × ${t(`totals.class.${String(j.spec.class)}`)}${j.spec.model ? ` (${String(j.spec.model)})` : ''}` },
            { key: 'origin', label: t('job.origin'), children: String(j.spec.origin) },
            { key: 'duration', label: t('job.hours'), children: formatDuration(Number(j.spec.durationS), lang) },
            { key: 'latency', label: t('job.latency'), children: j.spec.latency ? t(`latency.${String(j.spec.latency)}`) : `${String(j.spec.maxLatencyMs)} ms` },
            { key: 'where', label: t('jobs.where'), children: <span data-testid="job-where">{j.placement ? `${j.placement.dataCenter} · ${j.placement.pool}` : '–'}</span> },
            { key: 'cost', label: t('job.estimate'), children: j.placement ? formatYuan(j.placement.cost, lang) : '–' },
            { key: 'usage', label: t('job.usage'), children: j.usage ? t('job.unitSeconds', { n: formatNumber(j.usage.unitSeconds, lang, 0) }) : '–' },
            { key: 'attempts', label: t('job.attempts'), children: j.attempts },
            ...(j.spec.order ? [{ key: 'order', label: t('job.order'), children: String(j.spec.order) }] : []),
            { key: 'created', label: t('jobs.created'), children: formatTime(j.createdAt, lang) },
            ...(j.startedAt ? [{ key: 'started', label: t('job.started'), children: formatTime(j.startedAt, lang) }] : []),
            ...(j.endedAt ? [{ key: 'ended', label: t('job.ended'), children: formatTime(j.endedAt, lang) }] : []),
          ]}
        />
      </Card>
      {j.start && (
        <Card title={t('job.start')}>
          <StartPlan start={j.start} held={j.state === 'pending' && Date.parse(j.start.plannedAt) > Date.now()} />
        </Card>
      )}
      <Card title={t('job.explanation')}>
        <Explanation explanation={j.explanation} />
      </Card>
      <Card title={t('job.output')}>
        <JobOutput output={output.data} />
      </Card>
      <Card title={t('job.history')}>
        <Timeline data-testid="job-history" items={j.events.map((e, i) => ({ key: i, children: <span>{formatTime(e.at, lang)} · <strong>{t(`state.${e.state}`)}</strong>{typeof e.reason === 'string' ? ` — ${e.reason}` : ''}</span> }))} />
      </Card>
    </Space>
  );
}

/** The last part of the job's standard output and error, as its agent last sent them (React prints escape sequences as text). */
function JobOutput({ output }: { output: Answer<'getJobOutput'> | undefined }) {
  const { t, i18n } = useTranslation();
  if (!output) return <Typography.Text type="secondary">{t('job.noOutput')}</Typography.Text>;
  const pane = (s: Answer<'getJobOutput'>['stdout'], name: string) => (s.bytes === 0 && s.text === ''
    ? <Typography.Text type="secondary">{t('job.noOutput')}</Typography.Text>
    : (
      <>
        {s.truncated && <Typography.Paragraph type="secondary">{t('job.outputNotKept', { n: formatNumber(s.bytes - new TextEncoder().encode(s.text).length, i18n.language, 0) })}</Typography.Paragraph>}
        <pre data-testid={`job-${name}`} style={{ maxHeight: 360, overflow: 'auto', background: '#f6f8fa', padding: 12, margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{s.text}</pre>
      </>
    ));
  return <Tabs items={[{ key: 'stdout', label: t('job.stdout'), children: pane(output.stdout, 'stdout') }, { key: 'stderr', label: t('job.stderr'), children: pane(output.stderr, 'stderr') }]} />;
}
