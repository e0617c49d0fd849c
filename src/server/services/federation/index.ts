import type { Clock } from '../../../core/clock.js';
import type { SelfIdentity } from '../../../store/repositories/federation.repository.js';
import type { Store } from '../../../store/store.js';
import type { LedgerService } from '../ledger.service.js';
import type { MonitoringService } from '../monitoring.service.js';
import type { NetworkService } from '../network.service.js';
import { RoutedBilling } from './billing.js';
import { Channel } from './channel.js';
import { FederationContext } from './context.js';
import type { FederationSettings } from './context.js';
import { Membership } from './membership.js';
import { PolicyBook } from './policies.js';
import { Routing } from './routing.js';
import { FederationViews } from './views.js';

export { FEDERATION_TENANT } from './context.js';
export type { FederationSettings } from './context.js';
export { JOIN_REQUEST_TTL_MS } from './membership.js';

/**
 * The federation of platforms, in its parts:
 * - `membership`: this platform's identity, joining a parent, children's join requests;
 * - `channel`: the outbox up, receiving children's messages, the messages down;
 * - `routing`: jobs routed up and down between platforms;
 * - `billing`: the money of routed jobs, hop by hop;
 * - `policies`: the federation's policies, own and from the parent;
 * - `views`: the national summary, the inventory, resource identifiers, link status.
 */
export class FederationService {
  readonly settings: FederationSettings;
  readonly membership: Membership;
  readonly channel: Channel;
  readonly routing: Routing;
  readonly billing: RoutedBilling;
  readonly policies: PolicyBook;
  readonly views: FederationViews;
  private readonly ctx: FederationContext;

  constructor(
    store: Store,
    network: NetworkService,
    monitoring: MonitoringService,
    ledger: LedgerService,
    clock: Clock,
    settings: FederationSettings,
    fetchImpl: typeof fetch = fetch,
  ) {
    this.settings = settings;
    this.ctx = new FederationContext(store, clock, settings);
    this.billing = new RoutedBilling(this.ctx, ledger, network);
    this.policies = new PolicyBook(this.ctx);
    this.views = new FederationViews(this.ctx, network, monitoring, this.billing);
    this.routing = new Routing(this.ctx, network, this.billing, this.policies);
    this.channel = new Channel(this.ctx, monitoring, this.views, this.policies, this.routing, fetchImpl);
    this.membership = new Membership(this.ctx, () => this.channel.resetUploads(), fetchImpl);
  }

  /** This platform's Ed25519 identity. */
  self(): Promise<SelfIdentity> {
    return this.ctx.self();
  }

  /**
   * One round of the federation loop: route requests from below placed,
   * routed jobs here reported, unpaid bills tried again, then this
   * platform's uploads queued and delivered to its parent.
   */
  async tick(): Promise<{ queued: number; delivered: number; error?: string }> {
    await this.routing.round();
    await this.billing.chaseUnpaid();
    return this.channel.upload();
  }
}
