import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { Answer } from '../api/client';
import { session } from '../auth/session';

/** Sign-in with an API token: checked against /v1/me before it is kept in this tab. */
export function SignIn(props: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function submit(v: { token: string }) {
    setBusy(true);
    setError(undefined);
    try {
      await api<Answer<'whoAmI'>>('GET', '/v1/me', undefined, v.token.trim());
      session.signIn(v.token);
      props.onSignedIn();
    } catch (e) {
      setError(t('signIn.refused', { message: e instanceof ApiError ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <main style={{ display: 'flex', justifyContent: 'center', paddingTop: '12vh' }}>
      <Card style={{ width: 440 }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>{t('signIn.title')}</Typography.Title>
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="token" label={t('signIn.token')} extra={t('signIn.tokenHelp')} rules={[{ required: true, message: t('signIn.required') }]}>
            <Input.Password autoComplete="off" autoFocus data-testid="token" />
          </Form.Item>
          {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} role="alert" />}
          <Button type="primary" htmlType="submit" loading={busy} block>{t('signIn.submit')}</Button>
        </Form>
      </Card>
    </main>
  );
}
