import { Box, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { formatDay } from '../../../lib/berlin';
import { chartLayout, formatNumber, formatValue } from '../model';

const WIDTH = 560;
const HEIGHT = 240;

// Lines need 3:1 against white (WCAG 1.4.11); every colour here has more.
const COLORS = {
  axis: '#495057',
  grid: '#dee2e6',
  baseline: '#6b7280',
  target: '#1f6b31',
  plan: '#868e96',
  values: '#1c5d99',
};

const tickFormats = new Map<string, Intl.DateTimeFormat>();

function tickLabel(date: string, yearly: boolean, language: string): string {
  if (yearly) return date.slice(0, 4);
  const key = language;
  let f = tickFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'UTC', month: 'short', year: '2-digit' });
    tickFormats.set(key, f);
  }
  return f.format(new Date(`${date}T00:00:00Z`));
}

/**
 * A KPI's measurements over time as a line, with its baseline and target as dashed lines and the
 * planned path between them; the axes carry values and dates. Screen readers get a summary
 * (role="img"); the card's data table holds every value.
 */
export function KpiChart({ kpi }: { kpi: KpiFieldsFragment }) {
  const { t, i18n } = useTranslation('kpi');
  const lng = i18n.language;
  const c = useMemo(() => chartLayout(kpi, WIDTH, HEIGHT), [kpi]);
  const m = kpi.measurements;
  const first = m[0];
  const last = m[m.length - 1];
  const summary =
    !first || !last
      ? t('chart.summaryEmpty', { name: kpi.name, baseline: formatValue(kpi.baseline, kpi.unit, lng), target: formatValue(kpi.target, kpi.unit, lng) })
      : t('chart.summary', {
          name: kpi.name,
          count: m.length,
          from: formatDay(first.measuredOn, lng),
          to: formatDay(last.measuredOn, lng),
          latest: formatValue(last.value, kpi.unit, lng),
          baseline: formatValue(kpi.baseline, kpi.unit, lng),
          target: formatValue(kpi.target, kpi.unit, lng),
        });
  const yearly = c.xTicks.length > 1 && c.xTicks.every((x) => x.date.endsWith('-01-01'));
  const path = c.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
  const { left, right, top, bottom } = c.plot;

  return (
    <Box>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: 680, height: 'auto', display: 'block', overflow: 'visible' }}
        data-testid="kpi-chart"
      >
        {/* value axis: grid lines and labels */}
        {c.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={left} x2={right} y1={tick.y} y2={tick.y} stroke={COLORS.grid} strokeWidth={1} />
            <text x={left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle" fontSize={11} fill={COLORS.axis}>
              {formatNumber(tick.value, lng)}
            </text>
          </g>
        ))}
        {/* time axis */}
        <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={COLORS.axis} strokeWidth={1} />
        <line x1={left} x2={left} y1={top} y2={bottom} stroke={COLORS.axis} strokeWidth={1} />
        {c.xTicks.map((tick, i) => (
          <g key={`x${tick.date}`}>
            <line x1={tick.x} x2={tick.x} y1={bottom} y2={bottom + 4} stroke={COLORS.axis} strokeWidth={1} />
            <text
              x={tick.x}
              y={bottom + 16}
              textAnchor={i === 0 && tick.x - left < 20 ? 'start' : i === c.xTicks.length - 1 && right - tick.x < 20 ? 'end' : 'middle'}
              fontSize={11}
              fill={COLORS.axis}
            >
              {tickLabel(tick.date, yearly, lng)}
            </text>
          </g>
        ))}
        {/* the planned path, the baseline and the target */}
        {c.plan && (
          <line x1={c.plan.x1} y1={c.plan.y1} x2={c.plan.x2} y2={c.plan.y2} stroke={COLORS.plan} strokeWidth={1.5} strokeDasharray="2 4" />
        )}
        <line x1={left} x2={right} y1={c.baselineY} y2={c.baselineY} stroke={COLORS.baseline} strokeWidth={1.5} strokeDasharray="6 4" />
        <line x1={left} x2={right} y1={c.targetY} y2={c.targetY} stroke={COLORS.target} strokeWidth={2} strokeDasharray="8 4" />
        {/* the measurements */}
        {c.points.length > 1 && <path d={path} fill="none" stroke={COLORS.values} strokeWidth={2.5} strokeLinejoin="round" />}
        {c.points.map((p) => (
          <circle key={p.date} cx={p.x} cy={p.y} r={4} fill="#fff" stroke={COLORS.values} strokeWidth={2.5}>
            <title>{`${formatDay(p.date, lng)}: ${formatValue(p.value, kpi.unit, lng)}`}</title>
          </circle>
        ))}
      </svg>
      <Group gap="md" mt={4} aria-hidden>
        <Legend color={COLORS.values} label={t('chart.values')} />
        <Legend color={COLORS.baseline} label={`${t('chart.baseline')} (${formatNumber(kpi.baseline, lng)})`} dashed />
        <Legend color={COLORS.target} label={`${t('chart.target')} (${formatNumber(kpi.target, lng)})`} dashed />
        {c.plan && <Legend color={COLORS.plan} label={t('chart.plan')} dotted />}
      </Group>
    </Box>
  );
}

function Legend({ color, label, dashed, dotted }: { color: string; label: string; dashed?: boolean; dotted?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width="24" height="8" aria-hidden focusable="false">
        <line x1="0" x2="24" y1="4" y2="4" stroke={color} strokeWidth={2.5} strokeDasharray={dotted ? '2 4' : dashed ? '6 3' : undefined} />
      </svg>
      <Text size="xs">{label}</Text>
    </Group>
  );
}
