import { buildScenario } from '../core/network/scenario.js';

/** Which part of a scenario a platform owns. */
export interface ScenarioSelection {
  hubs?: readonly string[] | undefined;
  dataCenters?: readonly string[] | undefined;
  origins?: readonly string[] | undefined;
}

export interface ScenarioPart {
  /** A scenario document of its own: the selected data centers with their hubs and clusters, and the origins kept. */
  document: Record<string, unknown>;
  dataCenterIds: string[];
  /** Problems with the selection, each with its path inside the selection. */
  issues: { path: (string | number)[]; message: string }[];
}

type Row = Record<string, unknown> & { id: string };

/**
 * The part of a scenario document that one platform of a federation owns:
 * the data centers of the named hubs plus the data centers named, the hubs
 * and clusters they belong to, the origins kept (all by default) and the
 * latency overrides between what is left. Sources travel with every row, so
 * the part is as attributed as the whole. The whole document must be a valid
 * scenario (a ValidationError says why not); a name in the selection that is
 * not in it is an issue at its path.
 */
export function scenarioPart(doc: unknown, sel: ScenarioSelection, name: string): ScenarioPart {
  buildScenario(doc);
  const d = doc as Record<string, unknown> & { hubs: Row[]; clusters?: Row[]; origins: Row[]; dataCenters: Row[]; network?: Record<string, unknown> };
  const issues: ScenarioPart['issues'] = [];
  const check = (field: 'hubs' | 'dataCenters' | 'origins', rows: readonly Row[]) => {
    const known = new Set(rows.map((r) => r.id));
    (sel[field] ?? []).forEach((id, i) => {
      if (!known.has(id)) issues.push({ path: [field, i], message: `no ${field === 'hubs' ? 'hub' : field === 'origins' ? 'origin' : 'data center'} "${id}" in the scenario` });
    });
  };
  check('hubs', d.hubs);
  check('dataCenters', d.dataCenters);
  check('origins', d.origins);
  // Without hubs or data centers named, the part is every data center of the file.
  const wholeFile = sel.hubs === undefined && sel.dataCenters === undefined;
  const byHub = new Set(sel.hubs ?? []);
  const byId = new Set(sel.dataCenters ?? []);
  const dataCenters = d.dataCenters.filter((dc) => wholeFile || byId.has(dc.id) || byHub.has(String(dc.hub)));
  if (dataCenters.length === 0 && issues.length === 0) issues.push({ path: [], message: 'selects no data center' });
  const hubIds = new Set(dataCenters.map((dc) => String(dc.hub)));
  const clusterIds = new Set(dataCenters.map((dc) => dc.cluster).filter((c): c is string => typeof c === 'string'));
  const originIds = new Set(sel.origins ?? d.origins.map((o) => o.id));
  const kept = new Set([...dataCenters.map((dc) => dc.id), ...originIds]);
  const network = d.network && {
    ...d.network,
    latencyOverrides: ((d.network.latencyOverrides ?? []) as { from: string; to: string }[]).filter((o) => kept.has(o.from) && kept.has(o.to)),
  };
  const document: Record<string, unknown> = {
    ...d,
    name,
    hubs: d.hubs.filter((h) => hubIds.has(h.id)),
    clusters: (d.clusters ?? []).filter((c) => clusterIds.has(c.id)),
    origins: d.origins.filter((o) => originIds.has(o.id)),
    dataCenters,
    ...(network && { network }),
  };
  if (issues.length === 0) buildScenario(document, name);
  return { document, dataCenterIds: dataCenters.map((dc) => dc.id), issues };
}
