import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/client';
import { useAudit, useAuditVerify } from '../../api/queries';
import { Loading } from '../../components/Loading';

type Entry = Answer<'listAudit'>['entries'][number];

/** The audit log, oldest first, page by page, with whether its hash chain verifies. */
export function Audit() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useState<number[]>([0]);
  const page = useAudit(after.at(-1)!);
  const verify = useAuditVerify();
  const when = (v: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(v);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('admin.audit')}</Typography.Title>
      {verify.data
        ? <Alert type={verify.data.ok ? 'success' : 'error'} showIcon role="status" data-testid="audit-verify" title={t(verify.data.ok ? 'admin.chainOk' : 'admin.chainBroken', { n: verify.data.entries })} action={<Button size="small" onClick={() => void verify.refetch()}>{t('admin.verifyAgain')}</Button>} />
        : <Loading query={verify} />}
      <Card>
        {page.data ? (
          <>
            <Table<Entry> rowKey="seq" size="small" dataSource={page.data.entries} pagination={false} data-testid="audit" scroll={{ x: 900 }}
              columns={[
                { title: '#', dataIndex: 'seq', width: 70 },
                { title: t('admin.at'), dataIndex: 'at', render: when },
                { title: t('admin.actor'), dataIndex: 'actor' },
                { title: t('admin.action'), dataIndex: 'action' },
                { title: t('admin.target'), dataIndex: 'target' },
                { title: t('admin.source'), dataIndex: 'source' },
                { title: t('admin.detail'), dataIndex: 'detail', render: (d: string) => <code style={{ fontSize: 12, wordBreak: 'break-all' }}>{d.length > 160 ? `${d.slice(0, 160)}…` : d}</code> },
              ]} />
            <Space style={{ marginTop: 12 }}>
              <Button disabled={after.length <= 1} onClick={() => setAfter((a) => a.slice(0, -1))}>{t('common.previous')}</Button>
              <Button disabled={page.data.next === null} onClick={() => setAfter((a) => [...a, page.data!.next!])}>{t('common.next')}</Button>
            </Space>
          </>
        ) : <Loading query={page} />}
      </Card>
    </Space>
  );
}
