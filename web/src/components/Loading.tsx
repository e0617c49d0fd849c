import { Alert, Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A query's wait, or its error with a retry. */
export function Loading(props: { query: { error: Error | null; refetch: () => unknown } }) {
  const { t } = useTranslation();
  if (props.query.error) {
    return <Alert type="error" role="alert" title={t('common.error', { message: props.query.error.message })} action={<Button onClick={() => void props.query.refetch()}>{t('common.retry')}</Button>} />;
  }
  return <Spin tip={t('common.loading')}><div style={{ minHeight: 120 }} /></Spin>;
}
