import type { Answer } from '../../api/answer.js';
import { UsageError } from '../../core/errors.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { apiCall } from '../client.js';
import type { Launched } from './launch.js';

type Status = Answer<'federationStatus'>;
const as = (p: Launched) => ({ url: p.url, token: p.admin });
const status = async (p: Launched) => (await apiCall(as(p), 'GET', '/v1/federation/status')) as Status;

/**
 * Makes `child` a child of `parent` the way two separate organisations
 * would: the child asks without the parent's token, and the parent's admin
 * approves the request only after checking that the key it carries is the
 * child's own (the fingerprint the child's admin reads in its status). A
 * link that a previous start made is kept as it is.
 */
export async function linkByRequest(child: Launched, parent: Launched): Promise<'linked' | 'kept'> {
  const [mine, theirs] = await Promise.all([status(child), status(parent)]);
  const approved = theirs.children.some((c) => c.id === child.plan.id);
  if (approved && mine.parent?.id === parent.plan.id) return 'kept';
  if (!theirs.joinRequests.includes(child.plan.id)) {
    const r = (await apiCall(as(child), 'POST', '/v1/federation/join', { parent: parent.url })) as Answer<'joinParent'>;
    if (r.status !== 'pending') throw new UsageError(`${child.plan.id} joined ${parent.plan.id} without approval (answer ${r.status}): the demo links platforms only by request`);
  }
  const asked = ((await apiCall(as(parent), 'GET', '/v1/federation/join-requests')) as Answer<'listJoinRequests'>).requests.find((q) => q.id === child.plan.id);
  if (!asked) throw new UsageError(`${parent.plan.id} holds no join request from ${child.plan.id}`);
  if (asked.keyFingerprint !== mine.self.keyFingerprint) {
    throw new UsageError(`the join request for ${child.plan.id} at ${parent.plan.id} carries key ${asked.keyFingerprint}, but ${child.plan.id}'s own key is ${mine.self.keyFingerprint}: not approved`);
  }
  await apiCall(as(parent), 'POST', `/v1/federation/join-requests/${encodeURIComponent(child.plan.id)}/approve`, {});
  return 'linked';
}

/** Sets the platform's own policies from its federation file, unless they are already in force. */
export async function applyPolicies(p: Launched): Promise<void> {
  if (!p.plan.policies || Object.keys(p.plan.policies).length === 0) return;
  const now = (await apiCall(as(p), 'GET', '/v1/federation/policies')) as Answer<'getPolicies'>;
  const { version: _v, ...own } = now.own ?? { version: 0 };
  if (canonicalJson(own) === canonicalJson(p.plan.policies)) return;
  await apiCall(as(p), 'POST', '/v1/federation/policies', p.plan.policies);
}

/** Why the link from `child` up to `parent` is not healthy yet, or undefined once it is: delivered, acknowledged, figures applied. */
export async function linkProblem(child: Launched, parent: Launched): Promise<string | undefined> {
  const [mine, theirs] = await Promise.all([status(child), status(parent)]);
  if (!mine.parent) return 'no parent yet';
  if (!mine.parent.healthy) return `the last delivery failed: ${mine.parent.lastError ?? 'unknown'}`;
  if (mine.parent.lastDelivery === null) return 'nothing delivered yet';
  const c = theirs.children.find((x) => x.id === child.plan.id);
  if (!c) return `${parent.plan.id} has not approved it`;
  if (c.lagS === null) return `${parent.plan.id} has no summary from it yet`;
  return undefined;
}

/** The data centers the top platform counts, and those the federation owns: equal once every upload has arrived. */
export async function topCount(top: Launched, all: readonly Launched[]): Promise<{ counted: number; owned: number }> {
  const s = (await apiCall(as(top), 'GET', '/v1/monitoring/summary')) as Answer<'getSummary'>;
  return { counted: s.dataCenters.total, owned: all.reduce((n, p) => n + (p.plan.scenario?.dataCenters ?? 0), 0) };
}
