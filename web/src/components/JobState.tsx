import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Text and background with a contrast of at least 4.5:1.
const STYLE: Record<string, { color: string; background: string; borderColor: string }> = {
  pending: { color: '#5c4400', background: '#fff7d6', borderColor: '#e6c96b' },
  placed: { color: '#0b4f8a', background: '#e6f1fb', borderColor: '#8fbbe6' },
  running: { color: '#0b4f8a', background: '#e6f1fb', borderColor: '#8fbbe6' },
  routed: { color: '#4b2a85', background: '#f1ebfb', borderColor: '#b9a3e3' },
  succeeded: { color: '#1d5c32', background: '#e7f5ec', borderColor: '#8fcca5' },
  failed: { color: '#8a1c1c', background: '#fdecec', borderColor: '#e8a3a3' },
  lost: { color: '#8a1c1c', background: '#fdecec', borderColor: '#e8a3a3' },
  cancelled: { color: '#444', background: '#f0f0f0', borderColor: '#c8c8c8' },
};

/** A job's state, in words and colour. */
export function JobState(props: { state: string }) {
  const { t } = useTranslation();
  return <Tag style={STYLE[props.state]} data-testid="job-state">{t(`state.${props.state}`)}</Tag>;
}
