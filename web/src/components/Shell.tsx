import { Alert, Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Answer } from '../api/client';
import { setLanguage } from '../i18n';

/** The frame of every page: the product, the pages of the role, the language and sign-out. */
export function Shell(props: { me: Answer<'whoAmI'>; onSignOut: () => void; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const selected = location.pathname.startsWith('/alerts') ? 'alerts' : 'overview';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#10233f' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>{t('app.title')}</Typography.Text>
        <Menu
          theme="dark" mode="horizontal" selectedKeys={[selected]} style={{ flex: 1, background: 'transparent' }}
          items={[{ key: 'overview', label: <Link to="/">{t('nav.overview')}</Link> }, { key: 'alerts', label: <Link to="/alerts">{t('nav.alerts')}</Link> }]}
        />
        <Space>
          <Typography.Text style={{ color: '#c9d6e8' }} data-testid="who">{props.me.name} · {props.me.role}</Typography.Text>
          <Button size="small" title={t("lang.label")} onClick={() => setLanguage(i18n.language === 'zh-CN' ? 'en' : 'zh-CN')} data-testid="language">{t('lang.switch')}</Button>
          <Button size="small" onClick={props.onSignOut}>{t('nav.signOut')}</Button>
        </Space>
      </Layout.Header>
      {props.me.platform.demo && <Alert type="warning" banner title={t('app.demo')} />}
      <Layout.Content style={{ padding: 24 }}>{props.children}</Layout.Content>
    </Layout>
  );
}
