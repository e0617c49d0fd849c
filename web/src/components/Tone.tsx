import { Tag } from 'antd';
import type { ReactNode } from 'react';

// Text and background with a contrast of at least 4.5:1 (antd's preset tag colours are lighter).
const TONES = {
  good: { color: '#1d5c32', background: '#e7f5ec', borderColor: '#8fcca5' },
  bad: { color: '#8a1c1c', background: '#fdecec', borderColor: '#e8a3a3' },
  warn: { color: '#6b3a00', background: '#fff3e0', borderColor: '#f0b46c' },
  info: { color: '#0b4f8a', background: '#e6f1fb', borderColor: '#8fbbe6' },
  neutral: { color: '#333', background: '#f0f0f0', borderColor: '#c8c8c8' },
} as const;

/** A status label in a readable colour: good, bad, warn, info or neutral. */
export function Tone(props: { tone: keyof typeof TONES; children: ReactNode; testId?: string }) {
  return <Tag style={TONES[props.tone]} data-testid={props.testId}>{props.children}</Tag>;
}
