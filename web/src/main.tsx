import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { signInFromLink } from './auth/session';
import i18n from './i18n';

import { App } from './App';

/** Colours with a contrast of at least 4.5:1 on white (WCAG AA), for every text the console shows. */
const THEME = { colorPrimary: '#1f4e8c', colorPrimaryHover: '#163a6b', colorLinkHover: '#163a6b', colorError: '#b3261e', colorTextDisabled: '#6b6b6b', colorTextQuaternary: '#6b6b6b', colorLink: '#1f4e8c', colorTextSecondary: '#595959', colorTextDescription: '#595959', colorTextTertiary: '#595959', colorTextPlaceholder: '#6b6b6b' };

const queries = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } });

/** antd's own texts follow the chosen language too. */
function Root() {
  const [lang, setLang] = useState(i18n.language);
  useEffect(() => {
    const on = (l: string) => setLang(l);
    i18n.on('languageChanged', on);
    return () => i18n.off('languageChanged', on);
  }, []);
  return (
    <ConfigProvider locale={lang === 'zh-CN' ? zhCN : enUS} theme={{ token: THEME }}>
      <AntApp>
        <QueryClientProvider client={queries}>
          <App />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

signInFromLink();
createRoot(document.getElementById('root')!).render(<StrictMode><Root /></StrictMode>);
