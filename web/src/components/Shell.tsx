import { Alert, Badge, Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Answer } from '../api/client';
import { useLiveState } from '../api/live';
import { setLanguage } from '../i18n';
import { PATH, pagesOf } from '../roles';
import type { Page } from '../roles';

const LIVE_COLOUR = { live: 'success', connecting: 'processing', paused: 'default', offline: 'error' } as const;

/** The page a path belongs to: the longest page path it starts with. */
function pageAt(path: string, pages: readonly Page[]): Page | undefined {
  return [...pages].sort((a, b) => PATH[b].length - PATH[a].length).find((p) => (PATH[p] === '/' ? path === '/' || path.startsWith('/hubs') || path.startsWith('/clusters') || path.startsWith('/datacenters') : path.startsWith(PATH[p])));
}

/** The frame of every page: the product, the pages of the role, the live stream's state, the language and sign-out. */
export function Shell(props: { me: Answer<'whoAmI'>; onSignOut: () => void; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const live = useLiveState();
  const pages = pagesOf(props.me.role);
  const selected = pageAt(location.pathname, pages);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#10233f', paddingInline: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>{t('app.title')}</Typography.Text>
        <Menu
          theme="dark" mode="horizontal" selectedKeys={selected ? [selected] : []} style={{ flex: 1, minWidth: 0, background: 'transparent' }}
          items={menuItems(pages, t)}
        />
        <Space>
          <Badge status={LIVE_COLOUR[live]} text={<span style={{ color: '#c9d6e8' }} data-testid="live">{t(`live.${live}`)}</span>} />
          <Typography.Text style={{ color: '#c9d6e8' }} data-testid="who">{props.me.name} · {t(`role.${props.me.role}`)}</Typography.Text>
          <Button size="small" title={t('lang.label')} onClick={() => setLanguage(i18n.language === 'zh-CN' ? 'en' : 'zh-CN')} data-testid="language">{t('lang.switch')}</Button>
          <Button size="small" onClick={props.onSignOut}>{t('nav.signOut')}</Button>
        </Space>
      </Layout.Header>
      {props.me.platform.demo && <Alert type="warning" banner title={t('app.demo')} />}
      <Layout.Content style={{ padding: 24 }}>{props.children}</Layout.Content>
    </Layout>
  );
}

/** The role's pages as menu items; the administration pages, when there are several, under one entry, so the header never overflows. */
function menuItems(pages: readonly Page[], t: (k: string) => string) {
  const item = (p: Page) => ({ key: p, label: <Link to={PATH[p]}>{t(`nav.${p}`)}</Link> });
  const admin = pages.filter((p) => PATH[p].startsWith('/admin/'));
  const rest = pages.filter((p) => !PATH[p].startsWith('/admin/')).map(item);
  if (admin.length < 2) return [...rest, ...admin.map(item)];
  return [...rest, { key: 'admin', label: t('nav.admin'), children: admin.map(item) }];
}
