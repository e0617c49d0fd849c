import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={<h1 style={{ fontSize: 24 }}>{t('notFound.title')}</h1>} subTitle={t('notFound.body')} extra={<Link to="/"><Button type="primary">{t('notFound.home')}</Button></Link>} />;
}

export function Forbidden(props: { role: string }) {
  const { t } = useTranslation();
  return <Result status="403" title={<h1 style={{ fontSize: 24 }}>{t('forbidden.title')}</h1>} subTitle={t('forbidden.body', { role: props.role })} />;
}
