import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** A refused write, with the platform's reason and the fields it names. */
export function ApiErrorAlert(props: { error: Error | null | undefined }) {
  const { t } = useTranslation();
  const e = props.error;
  if (!e) return null;
  const fields = e instanceof ApiError ? e.fields : [];
  return (
    <Alert
      type="error" showIcon role="alert" style={{ marginTop: 12 }} data-testid="api-error"
      title={t('common.refused', { message: e.message })}
      description={fields.length > 0 ? <ul style={{ margin: 0, paddingLeft: 18 }}>{fields.map((f) => <li key={`${f.path}:${f.message}`}><code>{f.path || t('common.body')}</code>: {f.message}</li>)}</ul> : undefined}
    />
  );
}
