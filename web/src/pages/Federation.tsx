import { Alert, Button, Card, Descriptions, Input, Space, Table, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Answer } from '../api/client';
import { useDataCenters, useFederation } from '../api/queries';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { EChart } from '../components/EChart';
import { Loading } from '../components/Loading';
import { formatNumber, formatTime, formatYuan } from '../format';
import { Tone } from '../components/Tone';

type Child = Answer<'federationStatus'>['children'][number];

/** The platform's place in the federation: its parent link, its children with their health, and resource identifiers resolved. */
export function Federation() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const status = useFederation();
  const dcs = useDataCenters();
  const [uri, setUri] = useState('');
  const resolve = useMutation({ mutationFn: (id: string) => api<Answer<'resolve'>>('GET', `/v1/resolve/${id.replace(/^suanli:\/\//, 'suanli:/')}`) });
  if (!status.data) return <Loading query={status} />;
  const s = status.data;
  const open = (id: string) => {
    setUri(id);
    resolve.mutate(id);
  };
  const examples = (dcs.data ?? []).slice(0, 6).map((d) => `suanli://${s.self.id}/${d.id}`);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('federation.title')}</Typography.Title>
      <Card title={t('federation.self')}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={[
          { key: 'id', label: t('federation.id'), children: <strong>{s.self.id}</strong> },
          { key: 'role', label: t('federation.role'), children: s.self.role },
          { key: 'key', label: t('federation.fingerprint'), children: <code>{s.self.keyFingerprint}</code> },
          { key: 'unpaid', label: t('federation.unpaid'), children: `${s.unpaidBills.count} · ${formatYuan(s.unpaidBills.amountMinor, lang)}` },
          ...(s.joinRequests.length > 0 ? [{ key: 'join', label: t('federation.joinRequests'), children: s.joinRequests.join(', ') }] : []),
        ]} />
      </Card>
      <Card title={t('federation.tree')}>
        <EChart option={treeOption(s, t)} notMerge style={{ height: s.parent || s.children.length > 0 ? Math.max(220, 56 * (s.children.length + s.below.length + 1)) : 110 }} data-testid="federation-tree" />
      </Card>
      <Card title={t('federation.parent')}>
        {s.parent ? (
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="federation-parent" items={[
            { key: 'id', label: t('federation.id'), children: s.parent.id },
            { key: 'health', label: t('federation.health'), children: s.parent.healthy ? <Tone tone="good">{t('federation.healthy')}</Tone> : <Tone tone="bad">{s.parent.lastError ?? t('federation.unhealthy')}</Tone> },
            { key: 'acked', label: t('federation.acked'), children: s.parent.acked },
            { key: 'outbox', label: t('federation.outbox'), children: t('federation.outboxValue', { n: s.parent.outbox.messages, age: s.parent.outbox.oldestAgeS }) },
            { key: 'last', label: t('federation.lastDelivery'), children: s.parent.lastDelivery ? formatTime(s.parent.lastDelivery, lang) : '–' },
          ]} />
        ) : <Typography.Text type="secondary">{t('federation.noParent')}</Typography.Text>}
      </Card>
      <Card title={t('federation.children')}>
        <Table<Child> rowKey="id" size="small" dataSource={s.children} pagination={false} data-testid="federation-children" locale={{ emptyText: t('federation.noChildren') }}
          columns={[
            { title: t('federation.id'), dataIndex: 'id' },
            { title: t('federation.role'), dataIndex: 'role' },
            { title: t('federation.health'), render: (_, c) => (c.lagS !== null && c.lagS < 120 ? <Tone tone="good">{t('federation.healthy')}</Tone> : <Tone tone="bad">{t('federation.lagging')}</Tone>) },
            { title: t('federation.lag'), align: 'right', render: (_, c) => (c.lagS === null ? '–' : `${formatNumber(c.lagS, lang, 0)} s`) },
            { title: t('federation.seq'), align: 'right', render: (_, c) => `${c.lastSeq} (${c.applied})` },
            { title: t('federation.gaps'), dataIndex: 'gaps', align: 'right' },
            { title: t('federation.dataCenters'), dataIndex: 'dataCenters', align: 'right' },
            { title: t('federation.lastSeen'), render: (_, c) => (c.lastSeen ? formatTime(c.lastSeen, lang) : '–') },
          ]} />
      </Card>
      <Card title={t('federation.resolve')}>
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Input value={uri} onChange={(e) => setUri(e.target.value)} placeholder={t('federation.placeholder')} aria-label={t('federation.resolve')} onPressEnter={() => open(uri)} />
          <Button type="primary" onClick={() => open(uri)} disabled={!uri}>{t('federation.resolveGo')}</Button>
        </Space.Compact>
        <div style={{ marginTop: 8 }}>
          {examples.map((e) => <Button key={e} type="link" size="small" onClick={() => open(e)}>{e}</Button>)}
        </div>
        <ApiErrorAlert error={resolve.error} />
        {resolve.data && (
          <Alert type="info" style={{ marginTop: 12 }} data-testid="resolved" title={`${resolve.data.id} · ${t(`federation.kind.${resolve.data.kind}`)} · ${t('federation.ownedBy', { platform: resolve.data.owner.platform })}`}
            description={<pre tabIndex={0} style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12 }}>{JSON.stringify(resolve.data.resource, null, 2)}</pre>} />
        )}
      </Card>
    </Space>
  );
}

const GOOD = '#2e7d4f';
const BAD = '#b3261e';

/** The federation as a tree from the parent (if any) through this platform to its children, each coloured by its link's health. */
function treeOption(s: Answer<'federationStatus'>, t: (k: string, o?: Record<string, unknown>) => string) {
  const node = (name: string, healthy: boolean, detail: string, children: unknown[] = []) => ({
    name, value: detail, children, itemStyle: { color: healthy ? GOOD : BAD, borderColor: healthy ? GOOD : BAD }, label: { color: '#1f2d3d' },
  });
  // Further down, each platform hangs under the parent its inventory names (under the child it came through if it names none).
  const under = (id: string, seen: Set<string>): unknown[] => s.below
    .filter((b) => (b.parent ?? b.via) === id && !seen.has(b.id))
    .map((b) => node(`${b.id} (${b.role})`, true, t('federation.treeBelow', { via: b.via, dataCenters: b.dataCenters }), under(b.id, new Set([...seen, b.id]))));
  const self = node(`${s.self.id} (${s.self.role})`, true, t('federation.treeSelf'), s.children.map((c) =>
    node(`${c.id} (${c.role})`, c.lagS !== null && c.lagS < 120, t('federation.treeChild', { lag: c.lagS ?? '–', seq: c.lastSeq, dataCenters: c.dataCenters }), under(c.id, new Set([c.id])))));
  const root = s.parent ? node(s.parent.id, s.parent.healthy, t('federation.treeParent', { outbox: s.parent.outbox.messages }), [self]) : self;
  return {
    // The tree's platforms are also the chart's text alternative, for screen readers.
    aria: { enabled: true, label: { data: { withName: '{name}', separator: { middle: ', ', end: '.' } } } },
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: string }) => `${p.name}<br/>${p.value}` },
    series: [{ type: 'tree', name: t('federation.tree'), data: [root], top: 16, bottom: 16, left: 120, right: 200, symbolSize: 12, orient: 'LR', expandAndCollapse: false, initialTreeDepth: -1, label: { position: 'left', fontSize: 13 }, leaves: { label: { position: 'right' } } }],
  };
}
