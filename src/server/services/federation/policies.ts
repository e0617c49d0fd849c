import type { z } from 'zod';
import { signatureValid } from '../../../federation/envelope.js';
import type { Envelope } from '../../../federation/envelope.js';
import { policySchema } from '../../../federation/protocol.js';
import type { Policies } from '../../../federation/protocol.js';
import { actorName } from '../actor.js';
import type { Principal } from '../actor.js';
import type { FederationContext } from './context.js';

/**
 * The federation's policies: this platform's own, its parent's as the
 * parent last sent them down (signed), and the stricter of the two, which
 * placement applies here and which goes down to the children.
 */
export class PolicyBook {
  constructor(private readonly ctx: FederationContext) {}

  async set(b: z.output<typeof policySchema>, who: Principal): Promise<Record<string, unknown>> {
    const { store, clock } = this.ctx;
    const now = clock.now();
    const version = ((await store.federation.policy('own'))?.version ?? 0) + 1;
    await store.federation.savePolicy('own', version, b, now);
    await store.audit.append([{ at: now, actor: actorName(who), action: 'federation.policies', target: 'policies', source: who.source, detail: { version, ...b } }]);
    return this.view();
  }

  /** The policies in force here: for each, the stricter of this platform's own and its parent's. Its version rises whenever either changes. */
  async effective(): Promise<{ version: number; policies: Policies }> {
    const own = await this.ctx.store.federation.policy('own');
    const parent = await this.ctx.store.federation.policy('parent');
    const both = (key: keyof Policies): number[] => [own?.body[key], parent?.body[key]].filter((v): v is number => typeof v === 'number');
    const green = both('batchMinGreenShare');
    const offload = both('maxOffloadShare');
    return {
      version: (own?.version ?? 0) + (parent?.version ?? 0),
      policies: {
        // The stricter: the higher green floor, the lower offload cap.
        ...(green.length > 0 && { batchMinGreenShare: Math.max(...green) }),
        ...(offload.length > 0 && { maxOffloadShare: Math.min(...offload) }),
      },
    };
  }

  async view(): Promise<Record<string, unknown>> {
    const own = await this.ctx.store.federation.policy('own');
    const parent = await this.ctx.store.federation.policy('parent');
    const eff = await this.effective();
    return {
      own: own ? { version: own.version, ...own.body } : null,
      fromParent: parent ? { version: parent.version, receivedAt: new Date(parent.updatedAt).toISOString(), ...parent.body } : null,
      effective: { version: eff.version, ...eff.policies },
    };
  }

  /** A policy envelope from the parent: applied if it is the parent's, signed, addressed here, timely and newer. */
  async takeFromParent(e: Envelope, parentId: string): Promise<void> {
    const { store, clock, settings } = this.ctx;
    const me = await this.ctx.self();
    const parent = await store.federation.peer(parentId);
    const now = clock.now();
    let problem: string | undefined;
    if (!parent || e.from !== parentId) problem = `policies from "${e.from}", who is not this platform's parent`;
    else if (!signatureValid(e, parent.publicKey)) problem = 'bad signature on the parent\'s policies';
    else if (e.to !== me.platformId || e.kind !== 'policy') problem = `policies addressed to "${e.to}"`;
    else if (Math.abs(now - e.at) > settings.windowMs) problem = 'the parent\'s policies are outside the time window';
    const parsed = policySchema.safeParse(e.body);
    if (!problem && !parsed.success) problem = 'the parent\'s policies are malformed';
    if (problem) {
      await this.ctx.refused(e.from, `${e.from}#policy`, parent?.url ?? 'parent', problem, now);
      return;
    }
    await store.federation.savePolicy('parent', e.seq, parsed.data!, now);
  }
}
