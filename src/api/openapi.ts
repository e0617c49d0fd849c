// The types of the API, generated from schemas/openapi.json by `npm run api`. Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers.
         * @description Answers as long as the process runs; it checks nothing else. No token.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the store answers and the platform can serve.
         * @description Pings the store; 503 while it cannot be reached. A load balancer sends traffic only to ready processes. No token.
         */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics in the text exposition format.
         * @description Request counts and latencies by route, placement attempts by outcome and by rule, telemetry samples, store timings, per data center and hub capacity and use, alerts, heartbeats, the federation, money, and the process's own figures, for Prometheus to scrape (docs/operations.md). No token, unless the setting metricsRequireToken asks for one of a platform admin, regulator or operator.
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The loaded network: version, hubs, clusters, origins and counts.
         * @description The network this platform serves, as loaded from its scenario: the hubs (east or west, national or not), the clusters, the origins that demand comes from, and counts. 404 until a network is loaded.
         *
         *     Roles: platform-admin, regulator, dc-operator, tenant-admin, tenant-member, dc-agent.
         */
        get: operations["getNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scenario": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the network with a scenario document.
         * @description Loads a whole network: the scenario file format as JSON (`suanli scenario schema` prints its schema). Every rule of the scenario format is checked; a problem names its field, and nothing changes. The network gets a new version.
         *
         *     Roles: platform-admin.
         */
        post: operations["loadScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/network/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every data center with what a map draws, in one answer.
         * @description Position, hub, capacity in PFLOPS by class, the share of its units in use now, PUE and green share of every data center, without its pools: what the console's map needs for a network of any size in one request. Pages of `GET /v1/datacenters` give the rest.
         *
         *     Roles: platform-admin, regulator, dc-operator, tenant-admin, tenant-member, dc-agent.
         */
        get: operations["getNetworkMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datacenters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Data centers by id, paginated; filter by hub or province.
         * @description The data centers of the network with their pools, capacity and list prices, ordered by id.
         *
         *     Roles: platform-admin, regulator, dc-operator, tenant-admin, tenant-member, dc-agent.
         */
        get: operations["listDataCenters"];
        put?: never;
        /**
         * Register a data center.
         * @description Adds a data center in the scenario file's format. The whole network is checked again with it; the network gets a new version. An operator registers only the data centers its token names.
         *
         *     Roles: platform-admin, dc-operator.
         */
        post: operations["registerDataCenter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datacenters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One data center with its pools.
         * @description A data center: where it is, its PUE, green share and grid carbon factor, its racks, and each pool with its units, accelerator model and list price.
         *
         *     Roles: platform-admin, regulator, dc-operator, tenant-admin, tenant-member, dc-agent.
         */
        get: operations["getDataCenter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change capacity, prices or facility figures of a data center.
         * @description Only the fields given change; pools are changed by id. The whole network is checked again, and gets a new version. An operator or agent changes its own data centers only.
         *
         *     Roles: platform-admin, dc-operator, dc-agent.
         */
        patch: operations["patchDataCenter"];
        trace?: never;
    };
    "/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The settings in force, and where each came from.
         * @description Every setting of this platform with its value, its source (a config file, an environment variable, a flag, or its default), the environment variable that sets it and what it does. Read-only: settings change by restarting with new ones. A database password is shown as ***.
         *
         *     Roles: platform-admin.
         */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller: its role and scope.
         * @description Who the token belongs to, with its role, its tenant or data centers, and the platform's role. A client (the console) shows what the role may see from it.
         *
         *     Roles: platform-admin, regulator, dc-operator, tenant-admin, tenant-member, dc-agent.
         */
        get: operations["whoAmI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All tenants.
         * @description Every tenant of this platform, by id.
         *
         *     Roles: platform-admin, regulator.
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant (an enterprise).
         * @description A tenant owns jobs, orders and a balance; its users act for it. The id is chosen by the caller and cannot change.
         *
         *     Roles: platform-admin.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users by id, paginated.
         * @description Users with their roles and scopes; a tenant-admin sees its tenant's.
         *
         *     Roles: platform-admin, regulator, tenant-admin.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user with a role and its first token.
         * @description A user has a role, and a tenant (tenant roles) or data centers (dc-operator, dc-agent: exactly one). The answer carries the secret of its first token; it is shown once, and the platform keeps only a hash. A tenant-admin creates users of its own tenant.
         *
         *     Roles: platform-admin, tenant-admin.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a further token of a user.
         * @description A token with the user's role and scope, for another machine or purpose; revoke each on its own. The secret is in this answer only.
         *
         *     Roles: platform-admin, tenant-admin.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All tokens, never their secrets.
         * @description Tokens with their users, roles and scopes, live and revoked; a tenant-admin sees its tenant's.
         *
         *     Roles: platform-admin, tenant-admin.
         */
        get: operations["listTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a token.
         * @description The token stops working at once, on every process of the platform. A tenant-admin revokes its tenant's tokens.
         *
         *     Roles: platform-admin, tenant-admin.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/telemetry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A batch of telemetry samples.
         * @description Per pool (unitsInUse, utilisation) or per data center (powerKw, pue, greenShare, racksInUse), up to 100,000 per batch, taken whole or not at all. An operator or agent reports for its own data centers. Samples feed the minute, hour and day rollups and the alerts.
         *
         *     Roles: platform-admin, dc-operator, dc-agent.
         */
        post: operations["ingestTelemetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures of the nation, a hub or a data center now.
         * @description Capacity per class in P, in use, fill rate, weighted PUE, green share, carbon today, jobs, and the east-to-west flow. The national figure of a platform with children adds theirs, as they last uploaded it. An operator sees its own data centers.
         *
         *     Roles: platform-admin, regulator, dc-operator.
         */
        get: operations["getSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Use and demand growth per class over the stored daily series, and the day the scope fills at that rate.
         * @description For each class with capacity in the scope: a least-squares line through the daily mean units in use and through the units submitted each day, over the last `days` whole days, with the 95% interval of each slope, and the day the use line reaches the scope's capacity. Where there are fewer than 3 days, the answer says so instead of fitting. An operator sees its own data centers.
         *
         *     Roles: platform-admin, regulator, dc-operator.
         */
        get: operations["getTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where work ran over the last hour or day: unit-hours from each origin to each hub.
         * @description Every job that ran inside the window counts for the part of its run inside it (a running job up to now), grouped by its origin and the hub of its data center, with the part that was batch work. The totals give the east-to-west unit-hours and the share of batch work served in western hubs. An operator sees the flows into its own data centers.
         *
         *     Roles: platform-admin, regulator, dc-operator.
         */
        get: operations["getFlows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A metric of a scope over time.
         * @description From the minute, hour or day rollups, at most 10,000 points. Each point has the mean, the least and the greatest value in its step and the number of samples.
         *
         *     Roles: platform-admin, regulator, dc-operator.
         */
        get: operations["getSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alerts, newest first.
         * @description Stale data centers (silent past the staleness window), PUE above target, utilisation anomalies. Open ones unless open=false; an operator sees its own data centers'.
         *
         *     Roles: platform-admin, regulator, dc-operator.
         */
        get: operations["listAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit log entries after a sequence number, oldest first.
         * @description Every change and every refusal, hash-chained: each entry carries the hash of the one before.
         *
         *     Roles: platform-admin, regulator.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the audit log's hash chain and signed checkpoints.
         * @description Recomputes the hash chain of the whole audit log, and checks the platform's signed checkpoints against it: an edited, removed or inserted entry is found.
         *
         *     Roles: platform-admin, regulator.
         */
        get: operations["verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jobs you may see, newest first.
         * @description A tenant sees its own jobs, an operator or agent those at its data centers. Filter by state, tenant or data center; pass nextCursor as cursor for the next page.
         *
         *     Roles: platform-admin, tenant-admin, tenant-member, dc-operator, dc-agent.
         */
        get: operations["listJobs"];
        put?: never;
        /**
         * Submit a job.
         * @description The job is checked against the network (class, model, origin, residency) and stored as pending; the placement engine places it within a second, and `GET /v1/jobs/{id}` explains the choice. Send an Idempotency-Key to make retries safe. An admin names the tenant; a tenant token submits for its own.
         *
         *     Roles: platform-admin, tenant-admin, tenant-member.
         */
        post: operations["submitJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit up to 1,000 jobs at once, all or none.
         * @description One invalid job refuses the batch, naming `jobs[i].field`. An Idempotency-Key covers the whole batch: the same batch again answers the jobs it made; a different batch under the same key is 409.
         *
         *     Roles: platform-admin, tenant-admin, tenant-member.
         */
        post: operations["submitJobBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job with its history and its placement explanation.
         * @description The job, every change of its state, and why it is where it is: which checkers ruled out which data centers, the scores of those left, and the lower bound the choice was checked against. A job the caller may not see is not found.
         *
         *     Roles: platform-admin, tenant-admin, tenant-member, dc-operator, dc-agent.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/output": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The last part of a job's standard output and error.
         * @description The last 64 KiB of each stream, as the job's agent last uploaded it (every few seconds while it runs, and once at the end), with each stream's whole length. For the job's tenant, the platform's admins and its data center's operators; a job the caller may not see is not found. The text is what the job wrote: show it escaped.
         *
         *     Roles: platform-admin, dc-operator, tenant-admin, tenant-member.
         */
        get: operations["getJobOutput"];
        put?: never;
        /**
         * An agent's upload of the last part of a job's output.
         * @description The agent of the job's data center sends the last 64 KiB of each stream and its whole length, under the job's current epoch (a stale epoch is 409). It replaces the upload before.
         *
         *     Roles: dc-agent.
         */
        post: operations["putJobOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a job that has not finished.
         * @description The job becomes cancelled; its data center stops it at the next assignment poll, and use so far is metered. Cancelling a cancelled job answers it again; a finished job is 409.
         *
         *     Roles: platform-admin, tenant-admin, tenant-member.
         */
        post: operations["cancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An agent's report of a job's state.
         * @description The platform believes an agent about its own data center's jobs only, at their current epoch (a stale epoch is 409: stop the job), in a state the job may move to. Reported use is capped by the time the platform saw the job run. Every refusal is audited.
         *
         *     Roles: dc-agent.
         */
        post: operations["reportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The jobs the caller's data center must be running.
         * @description The complete list, with the epochs reports must carry; held open up to `wait` seconds while it equals `known`. Each call is the agent's heartbeat: a data center not heard from is stale, and its jobs move.
         *
         *     Roles: dc-agent.
         */
        get: operations["getAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalogue of open offers.
         * @description Filter by class, model, mode, hub, province, price, green share and latency from an origin; sort by price, latency or green share; paginated.
         *
         *     Roles: platform-admin, regulator, dc-operator, tenant-admin, tenant-member, dc-agent.
         */
        get: operations["searchOffers"];
        put?: never;
        /**
         * Publish an offer on a pool.
         * @description On-demand (a posted price), reserved (a term at a price) or spot (a floor price, sold by bid). An operator publishes on its own data centers only; an offer cannot sell more units than its pool has.
         *
         *     Roles: platform-admin, dc-operator.
         */
        post: operations["createOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One offer, with the units still available.
         * @description The offer as the catalogue shows it, in any state.
         *
         *     Roles: platform-admin, regulator, dc-operator, tenant-admin, tenant-member, dc-agent.
         */
        get: operations["getOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an offer's price, quantity or end, or withdraw it.
         * @description Orders already bought keep the price they were bought at. The quantity cannot fall below what is sold.
         *
         *     Roles: platform-admin, dc-operator.
         */
        patch: operations["patchOffer"];
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders you may see, newest first.
         * @description A tenant sees its own, an operator those on its data centers. Pass nextCursor as cursor for the next page.
         *
         *     Roles: platform-admin, regulator, tenant-admin, tenant-member, dc-operator.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Buy an offer, or state a requirement and let the platform match one.
         * @description An on-demand or reserved order is matched at once; a requirement is matched with the placement engine over every open offer; a spot order is a bid the offer's auction decides. The most the order can cost is held from the balance (402 with the shortfall when it is not there). Send an Idempotency-Key to make retries safe.
         *
         *     Roles: platform-admin, tenant-admin, tenant-member.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What an order would buy and cost, without buying it.
         * @description The same body as placing an order. Answers the offer it would buy (the one named, or the engine's match for a requirement, with the explanation), the most it can cost, the available balance and whether it covers it. Nothing is stored or held: it is the preview a buyer sees before paying.
         *
         *     Roles: platform-admin, tenant-admin, tenant-member.
         */
        post: operations["quoteOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order with its history and its ledger transactions.
         * @description The order, each change of its state, its matched offers, the engine's explanation for a requirement, and every ledger transaction it made (holds, captures, releases).
         *
         *     Roles: platform-admin, regulator, tenant-admin, tenant-member, dc-operator.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order.
         * @description Its jobs stop, the use so far is captured and the rest of the hold is released.
         *
         *     Roles: platform-admin, tenant-admin, tenant-member.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tenant's available and held money.
         * @description Available money can be spent; held money covers the most that open orders can still cost. A tenant sees its own.
         *
         *     Roles: platform-admin, regulator, tenant-admin, tenant-member.
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{id}/top-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record money a tenant paid in.
         * @description Moves the amount from the outside world to the tenant's available balance. Send an Idempotency-Key: a retry with the same key posts nothing new.
         *
         *     Roles: platform-admin.
         */
        post: operations["topUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay money back to a tenant.
         * @description From its available balance (402 when that is short).
         *
         *     Roles: platform-admin.
         */
        post: operations["refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datacenters/{id}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a data center's operator.
         * @description From what the platform owes it for metered use (402 when that is short).
         *
         *     Roles: platform-admin.
         */
        post: operations["payout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post an adjustment between existing accounts.
         * @description A correction as a new transaction whose postings sum to zero; no transaction is ever edited.
         *
         *     Roles: platform-admin.
         */
        post: operations["adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/transactions/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a transaction.
         * @description A new transaction of opposite postings (never an edit). A transaction is reversed at most once; reversing it again answers the first reversal.
         *
         *     Roles: platform-admin.
         */
        post: operations["reverseTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/peers/{id}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment between this platform and a federation peer.
         * @description Money received from the peer, or paid to it, against what routed jobs left owing. Each platform records its own side.
         *
         *     Roles: platform-admin.
         */
        post: operations["settlePeer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ledger transaction with its postings.
         * @description What moved, between which accounts, when, by whom and why.
         *
         *     Roles: platform-admin, regulator.
         */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts with their balances, paginated.
         * @description Every account of the ledger by id; filter by owner (a tenant or data center id).
         *
         *     Roles: platform-admin, regulator.
         */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the whole ledger.
         * @description Every transaction sums to zero, every balance equals its postings and none is below its floor.
         *
         *     Roles: platform-admin, regulator.
         */
        get: operations["verifyLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tenant's statement for a period.
         * @description Opening and closing balances, every posting with the running balance, totals by kind, and whether it reconciles; period=YYYY-MM (China Standard Time), or from and to; format=csv for CSV.
         *
         *     Roles: platform-admin, regulator, tenant-admin, tenant-member.
         */
        get: operations["tenantStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/datacenters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A data center operator's statement for a period.
         * @description What the platform owes the operator: earned and paid out, with every posting; format=csv for CSV.
         *
         *     Roles: platform-admin, regulator, dc-operator.
         */
        get: operations["dataCenterStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/federation/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A child platform joins this one with a token.
         * @description The child sends its id, role and Ed25519 public key with a platform-admin token of this platform: issuing that token approves it. The answer carries this platform's id and public key.
         *
         *     Roles: platform-admin.
         */
        post: operations["registerChild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/federation/children/{id}/audit-checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed checkpoints of a child's audit chain that this platform keeps.
         * @description Oldest first. The child cannot rewrite what they cover: `suanli audit verify --against-parent` checks the child's chain against them.
         *
         *     Roles: platform-admin, regulator.
         */
        get: operations["childCheckpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/federation/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Join requests waiting for approval.
         * @description With the fingerprint of each key: compare it with the one the child's admin reads from `suanli federation status` before approving.
         *
         *     Roles: platform-admin.
         */
        get: operations["listJoinRequests"];
        put?: never;
        /**
         * A child platform asks to join this one without a token.
         * @description Its id, role and public key, signed by that key, within the time window. It waits for an admin's approval; the answer carries this platform's id and public key.
         *
         *     No token: the request is signed by the sending platform, and rate limited by address.
         */
        post: operations["requestJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/federation/join-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending join.
         * @description The child's uploads are accepted from now on.
         *
         *     Roles: platform-admin.
         */
        post: operations["approveJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/federation/join-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending join.
         * @description The request is dropped; the child may ask again.
         *
         *     Roles: platform-admin.
         */
        post: operations["rejectJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/federation/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make this platform a child of another.
         * @description Exchanges public keys with the parent, with a token of the parent (approved at once) or by request (approved by the parent's admin). Uploads start at the next round.
         *
         *     Roles: platform-admin.
         */
        post: operations["joinParent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/federation/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed messages from a child platform.
         * @description Inventory, summaries, checkpoints and routed jobs, applied in sequence order. Unknown senders, bad signatures, replays and stale timestamps are refused and audited. The answer acknowledges the highest sequence applied and carries messages down.
         *
         *     No token: the request is signed by the sending platform, and rate limited by address.
         */
        post: operations["deliverMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolve/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resolve a resource identifier to the resource and the platform that owns it.
         * @description This platform or any below it: a national platform resolves every data center of the network.
         *
         *     Roles: platform-admin, regulator, dc-operator, tenant-admin, tenant-member, dc-agent.
         */
        get: operations["resolve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/federation/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The policies that apply here.
         * @description This platform's own, those received from its parent, and the stricter of the two, which applies.
         *
         *     Roles: platform-admin, regulator.
         */
        get: operations["getPolicies"];
        put?: never;
        /**
         * Set this platform's policies.
         * @description They apply here and are sent down, signed, to every platform below; each applies the stricter of its own and its parent's (for example a national minimum green share for batch work).
         *
         *     Roles: platform-admin.
         */
        post: operations["setPolicies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/federation/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This platform's place in the federation.
         * @description Its id and key; its parent, with link health, outbox and lag; its children, with their last sequence, messages applied, gaps and lag; every platform further down (below), each with its own parent; join requests waiting.
         *
         *     Roles: platform-admin, regulator.
         */
        get: operations["federationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: the summary, the open alerts and job states, as they change.
         * @description A text/event-stream that stays open. Each topic the role may read is sent at once, then again whenever it changes (checked every 2 s): `summary` (the national summary), `alerts` (the open alerts) and `jobs` (the newest jobs the caller may see). Each event's data is the JSON the topic's own read answers. Send the token in the Authorization header, as for every call; a client that cannot (EventSource) should read the stream with fetch.
         *
         *     Roles: platform-admin, regulator, dc-operator, tenant-admin, tenant-member.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "store": "sqlite"
                     *     }
                     */
                    "application/json": {
                        status: string;
                        /** @enum {string} */
                        store: "sqlite" | "postgres";
                        mode?: string;
                    };
                };
            };
            /** @description Not ready, and why. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "not ready",
                     *       "reason": "connect ECONNREFUSED 127.0.0.1:5432"
                     *     }
                     */
                    "application/json": {
                        status: string;
                        reason: string;
                    };
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description With metricsRequireToken: no token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description With metricsRequireToken: a token whose role does not watch the platform. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 1,
                     *       "name": "national-reference",
                     *       "mode": "live",
                     *       "role": "national",
                     *       "hubs": [
                     *         {
                     *           "id": "gansu",
                     *           "name": "Gansu",
                     *           "side": "west",
                     *           "national": true,
                     *           "lat": 35.7,
                     *           "lon": 107.6
                     *         }
                     *       ],
                     *       "clusters": [
                     *         {
                     *           "id": "qingyang",
                     *           "hubId": "gansu",
                     *           "name": "Qingyang",
                     *           "national": true,
                     *           "lat": 35.7,
                     *           "lon": 107.6
                     *         }
                     *       ],
                     *       "origins": [
                     *         {
                     *           "id": "shanghai",
                     *           "name": "Shanghai",
                     *           "province": "Shanghai",
                     *           "lat": 31.2,
                     *           "lon": 121.5
                     *         }
                     *       ],
                     *       "counts": {
                     *         "hubs": 9,
                     *         "clusters": 10,
                     *         "dataCenters": 51,
                     *         "pools": 135,
                     *         "origins": 24
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Increases with every change of the network. */
                        version: number;
                        name: string;
                        /** @description "live", or a demo label. */
                        mode: string;
                        /** @enum {string} */
                        role: "national" | "hub" | "regional";
                        hubs: ({
                            id: string;
                            name: string;
                            /** @description The name in Chinese, where the scenario gives one. */
                            nameZh?: string;
                            /** @enum {string} */
                            side: "east" | "west";
                            national: boolean;
                            lat?: number;
                            lon?: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        clusters: ({
                            id: string;
                            hubId: string;
                            name: string;
                            /** @description The name in Chinese, where the scenario gives one. */
                            nameZh?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        origins: {
                            id: string;
                            name: string;
                            /** @description The name in Chinese, where the scenario gives one. */
                            nameZh?: string;
                            province: string;
                            lat: number;
                            lon: number;
                        }[];
                        counts: {
                            hubs: number;
                            clusters: number;
                            dataCenters: number;
                            pools: number;
                            origins: number;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    loadScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A Suanli scenario: a computing power network of hubs, clusters, data centers and origins of demand. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 1,
                 *       "name": "two-hubs",
                 *       "hubs": [],
                 *       "clusters": [],
                 *       "dataCenters": [],
                 *       "origins": []
                 *     }
                 */
                "application/json": {
                    /** @enum {number} */
                    version: 1;
                    name: string;
                    description?: string;
                    /**
                     * @description Shadow price of carbon per kgCO2, used by placement. Decimal yuan, at most 4 decimal places.
                     * @default 0
                     */
                    carbonPrice?: number | string;
                    /**
                     * @description Charge per unit-hour of a job nobody can host. Decimal yuan, at most 4 decimal places.
                     * @default 50
                     */
                    unplacedPenalty?: number | string;
                    /**
                     * @default {
                     *       "fiberKmPerMs": 200,
                     *       "routeFactor": 1.5,
                     *       "overheadMs": 1,
                     *       "transferPricePerGb": 0,
                     *       "latencyOverrides": []
                     *     }
                     */
                    network?: {
                        /**
                         * @description Speed of light in fiber, km per ms.
                         * @default 200
                         */
                        fiberKmPerMs?: number;
                        /**
                         * @description Route length over great-circle distance.
                         * @default 1.5
                         */
                        routeFactor?: number;
                        /**
                         * @description Fixed one-way overhead, ms.
                         * @default 1
                         */
                        overheadMs?: number;
                        /**
                         * @description Price of moving one GB of input data between hubs. Decimal yuan, at most 4 decimal places.
                         * @default 0
                         */
                        transferPricePerGb?: number | string;
                        /** @default [] */
                        latencyOverrides?: {
                            /** @description An origin or data center id. */
                            from: string;
                            /** @description An origin or data center id. */
                            to: string;
                            /** @description Measured one-way latency, ms. Applies both ways. */
                            ms: number;
                            /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                            source?: string | {
                                [key: string]: string;
                            };
                        }[];
                        /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                        source?: string | {
                            [key: string]: string;
                        };
                    };
                    hubs: {
                        /** @description Identifier: letters, digits, ".", "_" or "-". */
                        id: string;
                        name: string;
                        /** @description The name in Chinese, shown to users who read Chinese. */
                        nameZh?: string;
                        /**
                         * @description east: serves nearby real-time demand; west: cheap green power for work that can travel.
                         * @enum {string}
                         */
                        side: "east" | "west";
                        /**
                         * @description One of the 8 national hub nodes (false for other sites, e.g. Xinjiang).
                         * @default true
                         */
                        national?: boolean;
                        /** @description Latitude in degrees. */
                        lat?: number;
                        /** @description Longitude in degrees. */
                        lon?: number;
                        /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                        source?: string | {
                            [key: string]: string;
                        };
                    }[];
                    /** @default [] */
                    clusters?: {
                        /** @description Identifier: letters, digits, ".", "_" or "-". */
                        id: string;
                        /** @description Id of the hub this cluster belongs to. */
                        hub: string;
                        name: string;
                        /** @description The name in Chinese, shown to users who read Chinese. */
                        nameZh?: string;
                        /**
                         * @description One of the 10 national data center clusters.
                         * @default true
                         */
                        national?: boolean;
                        /** @description Latitude in degrees. */
                        lat?: number;
                        /** @description Longitude in degrees. */
                        lon?: number;
                        /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                        source?: string | {
                            [key: string]: string;
                        };
                    }[];
                    origins: {
                        /** @description Identifier: letters, digits, ".", "_" or "-". */
                        id: string;
                        name: string;
                        /** @description The name in Chinese, shown to users who read Chinese. */
                        nameZh?: string;
                        province: string;
                        /** @description Latitude in degrees. */
                        lat: number;
                        /** @description Longitude in degrees. */
                        lon: number;
                        /** @description Relative share of demand that starts here (e.g. GDP in trillion yuan). */
                        weight: number;
                        /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                        source?: string | {
                            [key: string]: string;
                        };
                    }[];
                    dataCenters: {
                        /** @description Identifier: letters, digits, ".", "_" or "-". */
                        id: string;
                        name: string;
                        /** @description The name in Chinese, shown to users who read Chinese. */
                        nameZh?: string;
                        /** @description Id of the hub this data center belongs to. */
                        hub: string;
                        /** @description Id of its cluster, if it is inside one. */
                        cluster?: string;
                        /** @description Province or region, e.g. Gansu. Residency rules may name it. */
                        province: string;
                        /** @description Who runs it. */
                        operator?: string;
                        /** @description Latitude in degrees. */
                        lat: number;
                        /** @description Longitude in degrees. */
                        lon: number;
                        /** @description Power usage effectiveness, >= 1. */
                        pue: number;
                        /** @description Electricity price per kWh. Decimal yuan, at most 4 decimal places. */
                        electricityPrice: number | string;
                        /** @description Share of power from renewable sources, 0..1. */
                        greenShare: number;
                        /** @description Grid CO2 emission factor, kgCO2/kWh. */
                        gridFactor: number;
                        /** @description Standard racks; fill rate = inUse / built. */
                        racks: {
                            /** @description Standard racks (2.5 kW) built. */
                            built: number;
                            /** @description Standard racks in use. */
                            inUse: number;
                        };
                        /** @default [] */
                        pools?: {
                            /** @description Pool id, unique within its data center. */
                            id: string;
                            /**
                             * @description Compute class: general (CPU, FP32), intelligent (AI accelerators, FP16), super (HPC, FP64).
                             * @enum {string}
                             */
                            class: "general" | "intelligent" | "super";
                            /** @description Hardware model, e.g. A100, Ascend910B, V100M32, Xeon8358. */
                            model: string;
                            /** @description Cores (general), cards (intelligent) or nodes (super). */
                            units: number;
                            /** @description Peak TFLOPS of one unit in the class precision (FP32, FP16 or FP64). */
                            unitTflops: number;
                            /** @description IT power of one unit at full load, kW. */
                            unitPowerKw: number;
                            /** @description Posted price per unit-hour. Decimal yuan, at most 4 decimal places. */
                            price: number | string;
                            /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                            source?: string | {
                                [key: string]: string;
                            };
                        }[];
                        /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                        source?: string | {
                            [key: string]: string;
                        };
                    }[];
                    /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                    source?: string | {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 2,
                     *       "dataCenters": 51,
                     *       "warnings": []
                     *     }
                     */
                    "application/json": {
                        version: number;
                        dataCenters: number;
                        /** @description Problems that did not stop the load. */
                        warnings: {
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getNetworkMap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every data center, in one answer, with what a map draws. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 1,
                     *       "dataCenters": [
                     *         {
                     *           "id": "qy-a",
                     *           "name": "Qingyang A",
                     *           "nameZh": "庆阳 A",
                     *           "hub": "gansu",
                     *           "lat": 35.7,
                     *           "lon": 107.6,
                     *           "capacityP": {
                     *             "intelligent": 14000.6,
                     *             "general": 1499.1
                     *           },
                     *           "fillRate": 0.42,
                     *           "pue": 1.18,
                     *           "greenShare": 0.9
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        version: number;
                        dataCenters: {
                            id: string;
                            name: string;
                            /** @description The name in Chinese, where the scenario gives one. */
                            nameZh?: string;
                            hub: string;
                            lat: number;
                            lon: number;
                            /** @description PFLOPS by compute class. */
                            capacityP: {
                                [key: string]: number;
                            };
                            /** @description Share of its units in use now, 0 to 1. */
                            fillRate: number;
                            pue: number;
                            greenShare: number;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listDataCenters: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Data centers per page. */
                limit?: number;
                /** @description Only this hub's data centers (a hub id). */
                hub?: string;
                /** @description Only data centers in this province, by its English name. */
                province?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dataCenters": [
                     *         {
                     *           "id": "bj-yz",
                     *           "name": "Beijing Yizhuang",
                     *           "hub": "jing-jin-ji",
                     *           "cluster": null,
                     *           "province": "Beijing",
                     *           "operator": null,
                     *           "lat": 39.79,
                     *           "lon": 116.51,
                     *           "pue": 1.35,
                     *           "greenShare": 0.2,
                     *           "gridFactor": 0.6776,
                     *           "racks": {
                     *             "built": 21332,
                     *             "inUse": 18132
                     *           },
                     *           "pools": [
                     *             {
                     *               "id": "a100",
                     *               "class": "intelligent",
                     *               "model": "A100",
                     *               "units": 4808,
                     *               "unitTflops": 312,
                     *               "unitPowerKw": 0.4,
                     *               "priceMinor": 73320
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "bj-yz"
                     *     }
                     */
                    "application/json": {
                        dataCenters: {
                            id: string;
                            name: string;
                            /** @description The name in Chinese, where the scenario gives one. */
                            nameZh?: string;
                            hub: string;
                            cluster: string | null;
                            province: string;
                            operator: string | null;
                            lat: number;
                            lon: number;
                            pue: number;
                            /** @description Share of power from renewables, 0 to 1. */
                            greenShare: number;
                            /** @description kg CO2 per kWh of grid power. */
                            gridFactor: number;
                            racks: {
                                built: number;
                                inUse?: number;
                            } & {
                                [key: string]: unknown;
                            };
                            pools: {
                                id: string;
                                /** @enum {string} */
                                class: "general" | "intelligent" | "super";
                                model: string;
                                units: number;
                                unitTflops: number;
                                unitPowerKw: number;
                                /** @description List price per unit-hour in 1/10,000 yuan. */
                                priceMinor: number;
                            }[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    registerDataCenter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "qy-new",
                 *       "name": "Qingyang new",
                 *       "hub": "gansu",
                 *       "province": "Gansu",
                 *       "lat": 35.7,
                 *       "lon": 107.6,
                 *       "pue": 1.2,
                 *       "greenShare": 0.6,
                 *       "pools": [
                 *         {
                 *           "id": "cpu",
                 *           "class": "general",
                 *           "model": "Kunpeng920",
                 *           "units": 1000,
                 *           "price": 0.02
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Identifier: letters, digits, ".", "_" or "-". */
                    id: string;
                    name: string;
                    /** @description The name in Chinese, shown to users who read Chinese. */
                    nameZh?: string;
                    /** @description Id of the hub this data center belongs to. */
                    hub: string;
                    /** @description Id of its cluster, if it is inside one. */
                    cluster?: string;
                    /** @description Province or region, e.g. Gansu. Residency rules may name it. */
                    province: string;
                    /** @description Who runs it. */
                    operator?: string;
                    /** @description Latitude in degrees. */
                    lat: number;
                    /** @description Longitude in degrees. */
                    lon: number;
                    /** @description Power usage effectiveness, >= 1. */
                    pue: number;
                    /** @description Electricity price per kWh. Decimal yuan, at most 4 decimal places. */
                    electricityPrice: number | string;
                    /** @description Share of power from renewable sources, 0..1. */
                    greenShare: number;
                    /** @description Grid CO2 emission factor, kgCO2/kWh. */
                    gridFactor: number;
                    /** @description Standard racks; fill rate = inUse / built. */
                    racks: {
                        /** @description Standard racks (2.5 kW) built. */
                        built: number;
                        /** @description Standard racks in use. */
                        inUse: number;
                    };
                    /** @default [] */
                    pools?: {
                        /** @description Pool id, unique within its data center. */
                        id: string;
                        /**
                         * @description Compute class: general (CPU, FP32), intelligent (AI accelerators, FP16), super (HPC, FP64).
                         * @enum {string}
                         */
                        class: "general" | "intelligent" | "super";
                        /** @description Hardware model, e.g. A100, Ascend910B, V100M32, Xeon8358. */
                        model: string;
                        /** @description Cores (general), cards (intelligent) or nodes (super). */
                        units: number;
                        /** @description Peak TFLOPS of one unit in the class precision (FP32, FP16 or FP64). */
                        unitTflops: number;
                        /** @description IT power of one unit at full load, kW. */
                        unitPowerKw: number;
                        /** @description Posted price per unit-hour. Decimal yuan, at most 4 decimal places. */
                        price: number | string;
                        /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                        source?: string | {
                            [key: string]: string;
                        };
                    }[];
                    /** @description Where the numbers come from, or the word "assumption". One text, or a map of field name to text. */
                    source?: string | {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 3,
                     *       "dataCenter": {
                     *         "id": "bj-yz",
                     *         "name": "Beijing Yizhuang",
                     *         "hub": "jing-jin-ji",
                     *         "cluster": null,
                     *         "province": "Beijing",
                     *         "operator": null,
                     *         "lat": 39.79,
                     *         "lon": 116.51,
                     *         "pue": 1.35,
                     *         "greenShare": 0.2,
                     *         "gridFactor": 0.6776,
                     *         "racks": {
                     *           "built": 21332,
                     *           "inUse": 18132
                     *         },
                     *         "pools": [
                     *           {
                     *             "id": "a100",
                     *             "class": "intelligent",
                     *             "model": "A100",
                     *             "units": 4808,
                     *             "unitTflops": 312,
                     *             "unitPowerKw": 0.4,
                     *             "priceMinor": 73320
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        version: number;
                        dataCenter: {
                            id: string;
                            name: string;
                            /** @description The name in Chinese, where the scenario gives one. */
                            nameZh?: string;
                            hub: string;
                            cluster: string | null;
                            province: string;
                            operator: string | null;
                            lat: number;
                            lon: number;
                            pue: number;
                            /** @description Share of power from renewables, 0 to 1. */
                            greenShare: number;
                            /** @description kg CO2 per kWh of grid power. */
                            gridFactor: number;
                            racks: {
                                built: number;
                                inUse?: number;
                            } & {
                                [key: string]: unknown;
                            };
                            pools: {
                                id: string;
                                /** @enum {string} */
                                class: "general" | "intelligent" | "super";
                                model: string;
                                units: number;
                                unitTflops: number;
                                unitPowerKw: number;
                                /** @description List price per unit-hour in 1/10,000 yuan. */
                                priceMinor: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getDataCenter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The data center's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bj-yz",
                     *       "name": "Beijing Yizhuang",
                     *       "hub": "jing-jin-ji",
                     *       "cluster": null,
                     *       "province": "Beijing",
                     *       "operator": null,
                     *       "lat": 39.79,
                     *       "lon": 116.51,
                     *       "pue": 1.35,
                     *       "greenShare": 0.2,
                     *       "gridFactor": 0.6776,
                     *       "racks": {
                     *         "built": 21332,
                     *         "inUse": 18132
                     *       },
                     *       "pools": [
                     *         {
                     *           "id": "a100",
                     *           "class": "intelligent",
                     *           "model": "A100",
                     *           "units": 4808,
                     *           "unitTflops": 312,
                     *           "unitPowerKw": 0.4,
                     *           "priceMinor": 73320
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description The name in Chinese, where the scenario gives one. */
                        nameZh?: string;
                        hub: string;
                        cluster: string | null;
                        province: string;
                        operator: string | null;
                        lat: number;
                        lon: number;
                        pue: number;
                        /** @description Share of power from renewables, 0 to 1. */
                        greenShare: number;
                        /** @description kg CO2 per kWh of grid power. */
                        gridFactor: number;
                        racks: {
                            built: number;
                            inUse?: number;
                        } & {
                            [key: string]: unknown;
                        };
                        pools: {
                            id: string;
                            /** @enum {string} */
                            class: "general" | "intelligent" | "super";
                            model: string;
                            units: number;
                            unitTflops: number;
                            unitPowerKw: number;
                            /** @description List price per unit-hour in 1/10,000 yuan. */
                            priceMinor: number;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    patchDataCenter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The data center's id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Capacity, prices and facility figures of a data center; only the fields given change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pue": 1.18,
                 *       "pools": [
                 *         {
                 *           "id": "a100",
                 *           "units": 5000
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    name?: string;
                    operator?: string;
                    pue?: number;
                    greenShare?: number;
                    /** @description Electricity price per kWh. Decimal yuan, at most 4 decimal places. */
                    electricityPrice?: number | string;
                    racks?: {
                        built: number;
                        inUse: number;
                    };
                    pools?: {
                        /** @description Id of an existing pool. */
                        id: string;
                        units?: number;
                        /** @description Posted price per unit-hour. Decimal yuan, at most 4 decimal places. */
                        price?: number | string;
                        /** @description Hardware model, e.g. A100. */
                        model?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 4,
                     *       "dataCenter": {
                     *         "id": "bj-yz",
                     *         "name": "Beijing Yizhuang",
                     *         "hub": "jing-jin-ji",
                     *         "cluster": null,
                     *         "province": "Beijing",
                     *         "operator": null,
                     *         "lat": 39.79,
                     *         "lon": 116.51,
                     *         "pue": 1.35,
                     *         "greenShare": 0.2,
                     *         "gridFactor": 0.6776,
                     *         "racks": {
                     *           "built": 21332,
                     *           "inUse": 18132
                     *         },
                     *         "pools": [
                     *           {
                     *             "id": "a100",
                     *             "class": "intelligent",
                     *             "model": "A100",
                     *             "units": 4808,
                     *             "unitTflops": 312,
                     *             "unitPowerKw": 0.4,
                     *             "priceMinor": 73320
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        version: number;
                        dataCenter: {
                            id: string;
                            name: string;
                            /** @description The name in Chinese, where the scenario gives one. */
                            nameZh?: string;
                            hub: string;
                            cluster: string | null;
                            province: string;
                            operator: string | null;
                            lat: number;
                            lon: number;
                            pue: number;
                            /** @description Share of power from renewables, 0 to 1. */
                            greenShare: number;
                            /** @description kg CO2 per kWh of grid power. */
                            gridFactor: number;
                            racks: {
                                built: number;
                                inUse?: number;
                            } & {
                                [key: string]: unknown;
                            };
                            pools: {
                                id: string;
                                /** @enum {string} */
                                class: "general" | "intelligent" | "super";
                                model: string;
                                units: number;
                                unitTflops: number;
                                unitPowerKw: number;
                                /** @description List price per unit-hour in 1/10,000 yuan. */
                                priceMinor: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "settings": [
                     *         {
                     *           "key": "staleAfterS",
                     *           "value": 120,
                     *           "source": "SUANLI_STALE_AFTER_S",
                     *           "env": "SUANLI_STALE_AFTER_S",
                     *           "description": "A data center silent this long is stale, s."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        settings: {
                            key: string;
                            /** @description The value in force (null when unset). */
                            value: unknown;
                            /** @description Where it came from: a config file's name, an environment variable, a flag, or "default". */
                            source: string;
                            /** @description The environment variable that sets it. */
                            env: string;
                            description: string;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    whoAmI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "tok_19eba06bd67fafac",
                     *       "name": "ci",
                     *       "role": "tenant-member",
                     *       "tenant": "acme",
                     *       "platform": {
                     *         "role": "national",
                     *         "demo": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The id of the token the request carried. */
                        token: string;
                        /** @description The name of its user. */
                        name: string;
                        /** @enum {string} */
                        role: "platform-admin" | "regulator" | "dc-operator" | "tenant-admin" | "tenant-member" | "dc-agent";
                        /** @description For tenant roles: the tenant. */
                        tenant?: string;
                        /** @description For dc-operator and dc-agent: their data centers. */
                        dataCenters?: string[];
                        /** @description The platform answering. */
                        platform: {
                            /** @enum {string} */
                            role: "national" | "hub" | "regional";
                            demo: boolean;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenants": [
                     *         {
                     *           "id": "acme",
                     *           "name": "Acme AI",
                     *           "createdAt": 1796112000000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        tenants: {
                            id: string;
                            name: string;
                            /** @description A time, milliseconds since 1970 UTC. */
                            createdAt: number;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "acme",
                 *       "name": "Acme AI"
                 *     }
                 */
                "application/json": {
                    /** @description A short id: letters, digits, dot, dash, underscore. */
                    id: string;
                    /** @description The enterprise's name. */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acme",
                     *       "name": "Acme AI",
                     *       "createdAt": 1796112000000
                     *     }
                     */
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description A time, milliseconds since 1970 UTC. */
                        createdAt: number;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Users per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "users": [
                     *         {
                     *           "id": "usr_49c2e72f9da5c00d",
                     *           "name": "ci",
                     *           "role": "tenant-member",
                     *           "tenantId": "acme",
                     *           "createdAt": 1796112000000
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        users: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "platform-admin" | "regulator" | "dc-operator" | "tenant-admin" | "tenant-member" | "dc-agent";
                            tenantId?: string;
                            dataCenters?: string[];
                            /** @description A time, milliseconds since 1970 UTC. */
                            createdAt: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A user; the answer carries the secret of its first token, shown once. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "ci",
                 *       "role": "tenant-member",
                 *       "tenant": "acme"
                 *     }
                 */
                "application/json": {
                    /** @description Who or what the user is: a person, a team, an agent. */
                    name: string;
                    /** @enum {string} */
                    role: "platform-admin" | "regulator" | "dc-operator" | "tenant-admin" | "tenant-member" | "dc-agent";
                    /** @description For tenant-admin and tenant-member: the tenant. */
                    tenant?: string;
                    /** @description For dc-operator: its data centers; for dc-agent: exactly one. */
                    dataCenters?: string[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_49c2e72f9da5c00d",
                     *         "name": "ci",
                     *         "role": "tenant-member",
                     *         "tenantId": "acme",
                     *         "createdAt": 1796112000000
                     *       },
                     *       "token": {
                     *         "id": "tok_19eba06bd67fafac",
                     *         "userId": "usr_49c2e72f9da5c00d",
                     *         "name": "ci",
                     *         "role": "tenant-member",
                     *         "tenantId": "acme",
                     *         "createdAt": 1796112000000
                     *       },
                     *       "secret": "sl_QJFMp-XNT3QtbTPSxg9zWuuYb5k2jUh_yYUIwraik9M"
                     *     }
                     */
                    "application/json": {
                        user: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "platform-admin" | "regulator" | "dc-operator" | "tenant-admin" | "tenant-member" | "dc-agent";
                            tenantId?: string;
                            dataCenters?: string[];
                            /** @description A time, milliseconds since 1970 UTC. */
                            createdAt: number;
                        };
                        token: {
                            id: string;
                            userId: string;
                            name: string;
                            /** @enum {string} */
                            role: "platform-admin" | "regulator" | "dc-operator" | "tenant-admin" | "tenant-member" | "dc-agent";
                            tenantId?: string;
                            dataCenters?: string[];
                            /** @description A time, milliseconds since 1970 UTC. */
                            createdAt: number;
                            /** @description A time, milliseconds since 1970 UTC. */
                            revokedAt?: number;
                        };
                        /** @description The bearer secret: shown in this answer only; the platform keeps a hash. */
                        secret: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A further token of a user; the secret is in the answer only. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "laptop"
                 *     }
                 */
                "application/json": {
                    /** @description What the token is for, e.g. "ci" or "laptop". Default: the user's name. */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": {
                     *         "id": "tok_19eba06bd67fafac",
                     *         "userId": "usr_49c2e72f9da5c00d",
                     *         "name": "laptop",
                     *         "role": "tenant-member",
                     *         "tenantId": "acme",
                     *         "createdAt": 1796112000000
                     *       },
                     *       "secret": "sl_QJFMp-XNT3QtbTPSxg9zWuuYb5k2jUh_yYUIwraik9M"
                     *     }
                     */
                    "application/json": {
                        token: {
                            id: string;
                            userId: string;
                            name: string;
                            /** @enum {string} */
                            role: "platform-admin" | "regulator" | "dc-operator" | "tenant-admin" | "tenant-member" | "dc-agent";
                            tenantId?: string;
                            dataCenters?: string[];
                            /** @description A time, milliseconds since 1970 UTC. */
                            createdAt: number;
                            /** @description A time, milliseconds since 1970 UTC. */
                            revokedAt?: number;
                        };
                        /** @description The bearer secret: shown in this answer only; the platform keeps a hash. */
                        secret: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tokens": [
                     *         {
                     *           "id": "tok_19eba06bd67fafac",
                     *           "userId": "usr_49c2e72f9da5c00d",
                     *           "name": "ci",
                     *           "role": "tenant-member",
                     *           "tenantId": "acme",
                     *           "createdAt": 1796112000000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        tokens: {
                            id: string;
                            userId: string;
                            name: string;
                            /** @enum {string} */
                            role: "platform-admin" | "regulator" | "dc-operator" | "tenant-admin" | "tenant-member" | "dc-agent";
                            tenantId?: string;
                            dataCenters?: string[];
                            /** @description A time, milliseconds since 1970 UTC. */
                            createdAt: number;
                            /** @description A time, milliseconds since 1970 UTC. */
                            revokedAt?: number;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revoked": "tok_19eba06bd67fafac"
                     *     }
                     */
                    "application/json": {
                        revoked: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    ingestTelemetry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A batch of telemetry samples from one agent. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "samples": [
                 *         {
                 *           "dataCenter": "qy-a",
                 *           "pool": "a100",
                 *           "at": "2026-12-01T08:00:00Z",
                 *           "unitsInUse": 812,
                 *           "utilisation": 0.74
                 *         },
                 *         {
                 *           "dataCenter": "qy-a",
                 *           "at": "2026-12-01T08:00:00Z",
                 *           "powerKw": 5210,
                 *           "pue": 1.19,
                 *           "greenShare": 0.62
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    samples: {
                        dataCenter: string;
                        pool?: string;
                        at: number | string;
                        unitsInUse?: number;
                        utilisation?: number;
                        powerKw?: number;
                        pue?: number;
                        greenShare?: number;
                        racksInUse?: number;
                        /** @description The data center figures are estimates (no meter): config values or a model. */
                        estimated?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accepted": 2
                     *     }
                     */
                    "application/json": {
                        /** @description Samples stored. */
                        accepted: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getSummary: {
        parameters: {
            query?: {
                /** @description national, hub:ID, cluster:ID or dc:ID. */
                scope?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "national",
                     *       "asOf": "2026-12-01T10:14:08.533Z",
                     *       "networkVersion": 1,
                     *       "dataCenters": {
                     *         "total": 51,
                     *         "reporting": 51,
                     *         "stale": 0
                     *       },
                     *       "capacityP": {
                     *         "general": 22599.744,
                     *         "intelligent": 359757.696,
                     *         "super": 201.2
                     *       },
                     *       "inUseP": {
                     *         "general": 8790.604,
                     *         "intelligent": 134031.693,
                     *         "super": 96.656
                     *       },
                     *       "fillRate": {
                     *         "general": 0.372,
                     *         "intelligent": 0.3633,
                     *         "super": 0.4571
                     *       },
                     *       "powerKw": 1161848.8,
                     *       "pue": 1.2235,
                     *       "greenShare": 0.5261,
                     *       "carbonTodayKg": 9734.7,
                     *       "jobs": {
                     *         "byState": {
                     *           "placed": 2,
                     *           "running": 3
                     *         },
                     *         "running": 3
                     *       },
                     *       "eastToWest": {
                     *         "jobs": 1,
                     *         "units": 8
                     *       }
                     *     }
                     */
                    "application/json": {
                        scope: string;
                        /** @description A time, ISO 8601 in UTC. */
                        asOf: string;
                        dataCenters: {
                            total: number;
                            reporting: number;
                            stale: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Capacity per class in P (PFLOPS). */
                        capacityP: {
                            [key: string]: number | null;
                        };
                        inUseP: {
                            [key: string]: number | null;
                        };
                        fillRate: {
                            [key: string]: number | null;
                        };
                        powerKw: number | null;
                        pue: number | null;
                        greenShare: number | null;
                        carbonTodayKg: number | null;
                        capacityUnits?: {
                            [key: string]: number;
                        };
                        inUseUnits?: {
                            [key: string]: number;
                        };
                        jobs?: {
                            byState: {
                                [key: string]: number;
                            };
                            running: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Placed and running jobs from eastern origins in western data centers. */
                        eastToWest?: {
                            jobs: number;
                            units: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description For a data center's scope: when it last reported (its heartbeat); null if never. */
                        lastReportAt?: string | null;
                        /** @description For scope national: the platform whose figures these are (its own and all below it); only a national platform's are the nation's. */
                        platform?: {
                            id: string;
                            role: string;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getTrends: {
        parameters: {
            query?: {
                /** @description national, hub:ID, cluster:ID or dc:ID. */
                scope?: string;
                /** @description Whole days before today to fit (today, not yet whole, is left out). */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Use and demand growth per class over the stored daily series, and when the scope fills at that rate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "national",
                     *       "asOf": "2026-12-01T10:00:00.000Z",
                     *       "days": 90,
                     *       "method": "An ordinary least-squares line through the daily values of the window ...",
                     *       "classes": [
                     *         {
                     *           "class": "intelligent",
                     *           "capacityUnits": 1285432,
                     *           "use": {
                     *             "points": 30,
                     *             "from": "2026-11-01",
                     *             "to": "2026-11-30",
                     *             "latest": 412000,
                     *             "slopePerDay": 3100,
                     *             "slopeInterval": [
                     *               2900,
                     *               3300
                     *             ],
                     *             "r2": 0.97,
                     *             "growthPerDayShare": 0.0083,
                     *             "fullOn": "2027-07-10",
                     *             "fullOnRange": [
                     *               "2027-06-19",
                     *               "2027-08-05"
                     *             ],
                     *             "note": "units in use: +3100 a day (95%: 2900 to 3300) over 30 days; at this rate the 1285432 units fill on 2027-07-10"
                     *           },
                     *           "demand": {
                     *             "points": 30,
                     *             "from": "2026-11-01",
                     *             "to": "2026-11-30",
                     *             "latest": 52000,
                     *             "slopePerDay": 410,
                     *             "slopeInterval": [
                     *               350,
                     *               470
                     *             ],
                     *             "r2": 0.9,
                     *             "growthPerDayShare": 0.009,
                     *             "note": "units submitted a day: +410 a day (95%: 350 to 470) over 30 days"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        scope: string;
                        /** @description A time, ISO 8601 in UTC. */
                        asOf: string;
                        /** @description The window asked for, in days. */
                        days: number;
                        /** @description How the trends are found, in words. */
                        method: string;
                        classes: {
                            class: string;
                            capacityUnits: number;
                            /** @description Daily mean units in use. */
                            use: {
                                /** @description Days the fit used. */
                                points: number;
                                /** @description The first day (China Standard Time), YYYY-MM-DD. */
                                from: string;
                                /** @description The last whole day. */
                                to: string;
                                /** @description The last day's value. */
                                latest: number | null;
                                /** @description Change per day of the least-squares line; null without a fit. */
                                slopePerDay: number | null;
                                /** @description 95% interval of the slope (Student t, n - 2 degrees of freedom). */
                                slopeInterval: [
                                    number,
                                    number
                                ] | null;
                                r2: number | null;
                                /** @description The slope as a share of the mean. */
                                growthPerDayShare: number | null;
                                /** @description What the fit says, or why there is none (too few days). */
                                note: string;
                                /** @description The day the line reaches the capacity at the fitted rate (YYYY-MM-DD); null if it does not grow. */
                                fullOn: string | null;
                                /** @description The same day at the high and low ends of the slope's interval (null: never at the low end). */
                                fullOnRange: [
                                    string,
                                    string | null
                                ] | null;
                            };
                            /** @description Units of the jobs submitted each day. */
                            demand: {
                                /** @description Days the fit used. */
                                points: number;
                                /** @description The first day (China Standard Time), YYYY-MM-DD. */
                                from: string;
                                /** @description The last whole day. */
                                to: string;
                                /** @description The last day's value. */
                                latest: number | null;
                                /** @description Change per day of the least-squares line; null without a fit. */
                                slopePerDay: number | null;
                                /** @description 95% interval of the slope (Student t, n - 2 degrees of freedom). */
                                slopeInterval: [
                                    number,
                                    number
                                ] | null;
                                r2: number | null;
                                /** @description The slope as a share of the mean. */
                                growthPerDayShare: number | null;
                                /** @description What the fit says, or why there is none (too few days). */
                                note: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getFlows: {
        parameters: {
            query?: {
                /** @description The last hour or the last day. */
                window?: "1h" | "1d";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where work ran over the window: the east-to-west flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "window": "1h",
                     *       "from": "2026-12-01T09:00:00.000Z",
                     *       "to": "2026-12-01T10:00:00.000Z",
                     *       "flows": [
                     *         {
                     *           "origin": "shanghai",
                     *           "homeHub": "yangtze-delta",
                     *           "hub": "gansu",
                     *           "eastToWest": true,
                     *           "jobs": 12,
                     *           "unitHours": 96,
                     *           "batchUnitHours": 96
                     *         }
                     *       ],
                     *       "totals": {
                     *         "unitHours": 96,
                     *         "eastToWestUnitHours": 96,
                     *         "batchUnitHours": 96,
                     *         "batchWestUnitHours": 96,
                     *         "batchWestShare": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        window: "1h" | "1d";
                        /** @description A time, ISO 8601 in UTC. */
                        from: string;
                        /** @description A time, ISO 8601 in UTC. */
                        to: string;
                        /** @description Largest first. */
                        flows: {
                            origin: string;
                            /** @description The origin's home hub. */
                            homeHub: string;
                            /** @description The hub where the work ran. */
                            hub: string;
                            /** @description From an origin whose home hub is in the east to a western hub. */
                            eastToWest: boolean;
                            jobs: number;
                            /** @description Units x hours run inside the window. */
                            unitHours: number;
                            /** @description The part of it that was batch (latency-tolerant) work. */
                            batchUnitHours: number;
                        }[];
                        totals: {
                            unitHours: number;
                            eastToWestUnitHours: number;
                            batchUnitHours: number;
                            batchWestUnitHours: number;
                            /** @description The share of batch work that ran in western hubs. */
                            batchWestShare: number | null;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getSeries: {
        parameters: {
            query: {
                /** @description national, hub:ID, cluster:ID or dc:ID. */
                scope?: string;
                /** @description The figure over time. */
                metric: "power_kw" | "pue" | "green_share" | "racks_in_use" | "carbon_kg_per_h" | "utilisation" | "units_in_use.general" | "units_in_use.intelligent" | "units_in_use.super" | "used_p.general" | "used_p.intelligent" | "used_p.super";
                /** @description Start: epoch ms or ISO 8601. Default: an hour (or a span of the step) before `to`. */
                from?: string;
                /** @description End: epoch ms or ISO 8601. Default: now. */
                to?: string;
                /** @description Seconds per point: the minute, hour or day rollups, or 5 minutes and 2 hours put together from the minutes and the hours. */
                step?: "60" | "300" | "3600" | "7200" | "86400" | "1m" | "5m" | "1h" | "2h" | "1d";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "national",
                     *       "metric": "utilisation",
                     *       "step": 60,
                     *       "from": "2026-12-01T09:14:00.000Z",
                     *       "to": "2026-12-01T10:14:00.000Z",
                     *       "points": [
                     *         {
                     *           "t": "2026-12-01T10:13:00.000Z",
                     *           "value": 0.3657,
                     *           "min": 0.3657,
                     *           "max": 0.3657,
                     *           "samples": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        scope: string;
                        metric: string;
                        /** @description Seconds per point. */
                        step: number;
                        /** @description A time, ISO 8601 in UTC. */
                        from: string;
                        /** @description A time, ISO 8601 in UTC. */
                        to: string;
                        points: ({
                            /** @description A time, ISO 8601 in UTC. */
                            t: string;
                            value: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listAlerts: {
        parameters: {
            query?: {
                /** @description Open alerts (true) or resolved ones (false). */
                open?: "true" | "false";
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Alerts per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "alerts": [
                     *         {
                     *           "id": 14,
                     *           "key": "pue:dc:hl-a",
                     *           "kind": "pue-above-target",
                     *           "scope": "dc:hl-a",
                     *           "message": "Horinger A reports PUE 1.27, above the target of 1.25",
                     *           "raisedAt": "2026-12-01T10:14:04.662Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        alerts: ({
                            id: number;
                            key: string;
                            kind: string;
                            scope: string;
                            message: string;
                            /** @description A time, ISO 8601 in UTC. */
                            raisedAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            resolvedAt?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description Entries after this sequence number (the `next` of the previous page). */
                after?: number;
                /** @description Entries per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "seq": 1,
                     *           "at": 1796120039109,
                     *           "actor": "system",
                     *           "action": "scenario.load",
                     *           "target": "network",
                     *           "source": "internal",
                     *           "detail": "{\"name\":\"national-reference\",\"version\":1}",
                     *           "prevHash": "0000000000000000000000000000000000000000000000000000000000000000",
                     *           "hash": "4b55755c29423f9bed47a478ef3f1be10e89a0f545dcc171ae3d597d06458ee5"
                     *         }
                     *       ],
                     *       "next": 1
                     *     }
                     */
                    "application/json": {
                        entries: {
                            seq: number;
                            /** @description A time, milliseconds since 1970 UTC. */
                            at: number;
                            actor: string;
                            action: string;
                            target: string;
                            source: string;
                            detail: string;
                            prevHash: string;
                            hash: string;
                        }[];
                        /** @description Pass as `after` for the next page. */
                        next: number | null;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    verifyAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": 311,
                     *       "ok": true,
                     *       "headHash": "d61ada67c1d77cc112e63e210ff623cf816c71d11ce1c870d029cf39750c150e",
                     *       "checkpoints": {
                     *         "count": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        ok: boolean;
                        entries: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description Only jobs in this state. */
                state?: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                /** @description Only this tenant's jobs (a tenant sees its own only). */
                tenant?: string;
                /** @description Only jobs placed at this data center. */
                dataCenter?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Jobs per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "jobs": [
                     *         {
                     *           "id": "job_viadv2VGUds7tA",
                     *           "tenant": "acme",
                     *           "state": "placed",
                     *           "spec": {
                     *             "origin": "shanghai",
                     *             "class": "intelligent",
                     *             "units": 8,
                     *             "durationS": 3600,
                     *             "latency": "batch",
                     *             "command": [
                     *               "python",
                     *               "train.py"
                     *             ],
                     *             "dataGb": 0,
                     *             "tenant": "acme"
                     *           },
                     *           "placement": {
                     *             "dataCenter": "qy-a",
                     *             "pool": "a100",
                     *             "epoch": 1,
                     *             "cost": "46.2912",
                     *             "costMinor": 462912
                     *           },
                     *           "attempts": 1,
                     *           "createdAt": "2026-12-01T08:00:00.000Z",
                     *           "updatedAt": "2026-12-01T08:05:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "41"
                     *     }
                     */
                    "application/json": {
                        jobs: {
                            id: string;
                            tenant: string;
                            /** @enum {string} */
                            state: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                            reason?: string;
                            /** @description The job as submitted, with defaults applied. */
                            spec: {
                                [key: string]: unknown;
                            };
                            placement?: {
                                dataCenter: string;
                                pool: string;
                                /** @description Increases each time the job is placed again. */
                                epoch: number;
                                /** @description Estimated cost in yuan. */
                                cost: string;
                                costMinor: number;
                                externalId?: string;
                            };
                            attempts: number;
                            /** @description Metered use reported by the data center. */
                            usage?: {
                                unitSeconds: number;
                            };
                            /** @description A time, ISO 8601 in UTC. */
                            createdAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            updatedAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            startedAt?: string;
                            /** @description A time, ISO 8601 in UTC. */
                            endedAt?: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    submitJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "origin": "shanghai",
                 *       "class": "intelligent",
                 *       "units": 8,
                 *       "durationS": 3600,
                 *       "latency": "batch",
                 *       "command": [
                 *         "python",
                 *         "train.py"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Origin id: where the users and the data are. */
                    origin: string;
                    /** @enum {string} */
                    class: "general" | "intelligent" | "super";
                    units: number;
                    model?: string | string[];
                    durationS: number;
                    /** @enum {string} */
                    latency?: "realtime" | "interactive" | "batch";
                    maxLatencyMs?: number;
                    /** @default 0 */
                    dataGb?: number;
                    residency?: string | string[];
                    minGreenShare?: number;
                    /** @description Highest acceptable price per unit-hour. Decimal yuan, at most 4 decimal places. */
                    maxPrice?: number | string;
                    tenant?: string;
                    /** @description A label of your own. */
                    name?: string;
                    /** @description A matched or active market order to run under: the job runs in its pool, and its metered use is billed to it. */
                    order?: string;
                    /** @description What to run: a shell command line, or [program, arg, ...] run without a shell. Without it the job is a placeholder that only demo mode runs. */
                    command?: string | string[];
                    /** @description Working directory on the data center. */
                    workdir?: string;
                    /** @description Environment variables of the job. */
                    env?: {
                        [key: string]: string;
                    };
                    /** @description Hard limit on the run; the job fails when it is reached. Default: twice durationS. */
                    timeLimitS?: number;
                    /** @description Reserved for a container executor; no executor runs images yet. */
                    image?: string;
                };
            };
        };
        responses: {
            /** @description A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tenant: string;
                        /** @enum {string} */
                        state: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                        reason?: string;
                        /** @description The job as submitted, with defaults applied. */
                        spec: {
                            [key: string]: unknown;
                        };
                        placement?: {
                            dataCenter: string;
                            pool: string;
                            /** @description Increases each time the job is placed again. */
                            epoch: number;
                            /** @description Estimated cost in yuan. */
                            cost: string;
                            costMinor: number;
                            externalId?: string;
                        };
                        attempts: number;
                        /** @description Metered use reported by the data center. */
                        usage?: {
                            unitSeconds: number;
                        };
                        /** @description A time, ISO 8601 in UTC. */
                        createdAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        updatedAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        startedAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        endedAt?: string;
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_viadv2VGUds7tA",
                     *       "tenant": "acme",
                     *       "state": "pending",
                     *       "spec": {
                     *         "origin": "shanghai",
                     *         "class": "intelligent",
                     *         "units": 8,
                     *         "durationS": 3600,
                     *         "latency": "batch",
                     *         "command": [
                     *           "python",
                     *           "train.py"
                     *         ],
                     *         "dataGb": 0,
                     *         "tenant": "acme"
                     *       },
                     *       "attempts": 0,
                     *       "createdAt": "2026-12-01T08:00:00.000Z",
                     *       "updatedAt": "2026-12-01T08:05:00.000Z"
                     *     }
                     */
                    "application/json": {
                        id: string;
                        tenant: string;
                        /** @enum {string} */
                        state: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                        reason?: string;
                        /** @description The job as submitted, with defaults applied. */
                        spec: {
                            [key: string]: unknown;
                        };
                        placement?: {
                            dataCenter: string;
                            pool: string;
                            /** @description Increases each time the job is placed again. */
                            epoch: number;
                            /** @description Estimated cost in yuan. */
                            cost: string;
                            costMinor: number;
                            externalId?: string;
                        };
                        attempts: number;
                        /** @description Metered use reported by the data center. */
                        usage?: {
                            unitSeconds: number;
                        };
                        /** @description A time, ISO 8601 in UTC. */
                        createdAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        updatedAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        startedAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        endedAt?: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    submitJobBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "jobs": [
                 *         {
                 *           "origin": "shanghai",
                 *           "class": "intelligent",
                 *           "units": 8,
                 *           "durationS": 3600,
                 *           "latency": "batch",
                 *           "command": [
                 *             "python",
                 *             "train.py"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The jobs, each as for POST /v1/jobs. */
                    jobs: {
                        /** @description Origin id: where the users and the data are. */
                        origin: string;
                        /** @enum {string} */
                        class: "general" | "intelligent" | "super";
                        units: number;
                        model?: string | string[];
                        durationS: number;
                        /** @enum {string} */
                        latency?: "realtime" | "interactive" | "batch";
                        maxLatencyMs?: number;
                        /** @default 0 */
                        dataGb?: number;
                        residency?: string | string[];
                        minGreenShare?: number;
                        /** @description Highest acceptable price per unit-hour. Decimal yuan, at most 4 decimal places. */
                        maxPrice?: number | string;
                        tenant?: string;
                        /** @description A label of your own. */
                        name?: string;
                        /** @description A matched or active market order to run under: the job runs in its pool, and its metered use is billed to it. */
                        order?: string;
                        /** @description What to run: a shell command line, or [program, arg, ...] run without a shell. Without it the job is a placeholder that only demo mode runs. */
                        command?: string | string[];
                        /** @description Working directory on the data center. */
                        workdir?: string;
                        /** @description Environment variables of the job. */
                        env?: {
                            [key: string]: string;
                        };
                        /** @description Hard limit on the run; the job fails when it is reached. Default: twice durationS. */
                        timeLimitS?: number;
                        /** @description Reserved for a container executor; no executor runs images yet. */
                        image?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobs: {
                            id: string;
                            tenant: string;
                            /** @enum {string} */
                            state: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                            reason?: string;
                            /** @description The job as submitted, with defaults applied. */
                            spec: {
                                [key: string]: unknown;
                            };
                            placement?: {
                                dataCenter: string;
                                pool: string;
                                /** @description Increases each time the job is placed again. */
                                epoch: number;
                                /** @description Estimated cost in yuan. */
                                cost: string;
                                costMinor: number;
                                externalId?: string;
                            };
                            attempts: number;
                            /** @description Metered use reported by the data center. */
                            usage?: {
                                unitSeconds: number;
                            };
                            /** @description A time, ISO 8601 in UTC. */
                            createdAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            updatedAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            startedAt?: string;
                            /** @description A time, ISO 8601 in UTC. */
                            endedAt?: string;
                        }[];
                        /** @description How many of the jobs this request made (0 for a replay). */
                        created: number;
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "jobs": [
                     *         {
                     *           "id": "job_viadv2VGUds7tA",
                     *           "tenant": "acme",
                     *           "state": "pending",
                     *           "spec": {
                     *             "origin": "shanghai",
                     *             "class": "intelligent",
                     *             "units": 8,
                     *             "durationS": 3600,
                     *             "latency": "batch",
                     *             "command": [
                     *               "python",
                     *               "train.py"
                     *             ],
                     *             "dataGb": 0,
                     *             "tenant": "acme"
                     *           },
                     *           "attempts": 0,
                     *           "createdAt": "2026-12-01T08:00:00.000Z",
                     *           "updatedAt": "2026-12-01T08:05:00.000Z"
                     *         }
                     *       ],
                     *       "created": 1
                     *     }
                     */
                    "application/json": {
                        jobs: {
                            id: string;
                            tenant: string;
                            /** @enum {string} */
                            state: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                            reason?: string;
                            /** @description The job as submitted, with defaults applied. */
                            spec: {
                                [key: string]: unknown;
                            };
                            placement?: {
                                dataCenter: string;
                                pool: string;
                                /** @description Increases each time the job is placed again. */
                                epoch: number;
                                /** @description Estimated cost in yuan. */
                                cost: string;
                                costMinor: number;
                                externalId?: string;
                            };
                            attempts: number;
                            /** @description Metered use reported by the data center. */
                            usage?: {
                                unitSeconds: number;
                            };
                            /** @description A time, ISO 8601 in UTC. */
                            createdAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            updatedAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            startedAt?: string;
                            /** @description A time, ISO 8601 in UTC. */
                            endedAt?: string;
                        }[];
                        /** @description How many of the jobs this request made (0 for a replay). */
                        created: number;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_viadv2VGUds7tA",
                     *       "tenant": "acme",
                     *       "state": "placed",
                     *       "spec": {
                     *         "origin": "shanghai",
                     *         "class": "intelligent",
                     *         "units": 8,
                     *         "durationS": 3600,
                     *         "latency": "batch",
                     *         "command": [
                     *           "python",
                     *           "train.py"
                     *         ],
                     *         "dataGb": 0,
                     *         "tenant": "acme"
                     *       },
                     *       "placement": {
                     *         "dataCenter": "qy-a",
                     *         "pool": "a100",
                     *         "epoch": 1,
                     *         "cost": "46.2912",
                     *         "costMinor": 462912
                     *       },
                     *       "attempts": 1,
                     *       "createdAt": "2026-12-01T08:00:00.000Z",
                     *       "updatedAt": "2026-12-01T08:05:00.000Z",
                     *       "events": [
                     *         {
                     *           "at": "2026-12-01T08:00:00.000Z",
                     *           "state": "pending"
                     *         },
                     *         {
                     *           "at": "2026-12-01T08:05:00.000Z",
                     *           "state": "placed"
                     *         }
                     *       ],
                     *       "explanation": {
                     *         "chosen": "qy-a/a100",
                     *         "policy": "cheapest-feasible"
                     *       }
                     *     }
                     */
                    "application/json": {
                        id: string;
                        tenant: string;
                        /** @enum {string} */
                        state: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                        reason?: string;
                        /** @description The job as submitted, with defaults applied. */
                        spec: {
                            [key: string]: unknown;
                        };
                        placement?: {
                            dataCenter: string;
                            pool: string;
                            /** @description Increases each time the job is placed again. */
                            epoch: number;
                            /** @description Estimated cost in yuan. */
                            cost: string;
                            costMinor: number;
                            externalId?: string;
                        };
                        attempts: number;
                        /** @description Metered use reported by the data center. */
                        usage?: {
                            unitSeconds: number;
                        };
                        /** @description A time, ISO 8601 in UTC. */
                        createdAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        updatedAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        startedAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        endedAt?: string;
                        /** @description The job's history, oldest first. */
                        events: ({
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            state: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Why the job is where it is: the checkers each data center failed, the scores of the rest, the choice. */
                        explanation: unknown;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getJobOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "job": "job_viadv2VGUds7tA",
                     *       "state": "running",
                     *       "epoch": 1,
                     *       "updatedAt": "2026-12-01T08:05:00.000Z",
                     *       "stdout": {
                     *         "text": "epoch 3: loss 0.41\n",
                     *         "bytes": 1204551,
                     *         "truncated": true
                     *       },
                     *       "stderr": {
                     *         "text": "",
                     *         "bytes": 0,
                     *         "truncated": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        job: string;
                        state: string;
                        /** @description The placement its agent last uploaded the output under; null before any upload. */
                        epoch: number | null;
                        updatedAt: string | null;
                        stdout: {
                            /** @description The last part of the stream: at most 64 KiB, as the job wrote it (control characters included). */
                            text: string;
                            /** @description How many bytes the stream holds in all. */
                            bytes: number;
                            /** @description True when the stream is longer than the part kept. */
                            truncated: boolean;
                        };
                        stderr: {
                            /** @description The last part of the stream: at most 64 KiB, as the job wrote it (control characters included). */
                            text: string;
                            /** @description How many bytes the stream holds in all. */
                            bytes: number;
                            /** @description True when the stream is longer than the part kept. */
                            truncated: boolean;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    putJobOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "epoch": 1,
                 *       "stdout": {
                 *         "tail": "epoch 3: loss 0.41\n",
                 *         "bytes": 1204551
                 *       },
                 *       "stderr": {
                 *         "tail": "",
                 *         "bytes": 0
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The placement epoch the agent runs the job under. */
                    epoch: number;
                    stdout: {
                        /** @description The stream's last 64 KiB at most, as text. */
                        tail: string;
                        /** @description How many bytes the stream holds in all. */
                        bytes: number;
                    };
                    stderr: {
                        /** @description The stream's last 64 KiB at most, as text. */
                        tail: string;
                        /** @description How many bytes the stream holds in all. */
                        bytes: number;
                    };
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "job": "job_viadv2VGUds7tA",
                     *       "stdoutBytes": 1204551,
                     *       "stderrBytes": 0
                     *     }
                     */
                    "application/json": {
                        job: string;
                        stdoutBytes: number;
                        stderrBytes: number;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    cancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_viadv2VGUds7tA",
                     *       "tenant": "acme",
                     *       "state": "cancelled",
                     *       "spec": {
                     *         "origin": "shanghai",
                     *         "class": "intelligent",
                     *         "units": 8,
                     *         "durationS": 3600,
                     *         "latency": "batch",
                     *         "command": [
                     *           "python",
                     *           "train.py"
                     *         ],
                     *         "dataGb": 0,
                     *         "tenant": "acme"
                     *       },
                     *       "placement": {
                     *         "dataCenter": "qy-a",
                     *         "pool": "a100",
                     *         "epoch": 1,
                     *         "cost": "46.2912",
                     *         "costMinor": 462912
                     *       },
                     *       "attempts": 1,
                     *       "createdAt": "2026-12-01T08:00:00.000Z",
                     *       "updatedAt": "2026-12-01T08:05:00.000Z",
                     *       "reason": "cancelled by the owner"
                     *     }
                     */
                    "application/json": {
                        id: string;
                        tenant: string;
                        /** @enum {string} */
                        state: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                        reason?: string;
                        /** @description The job as submitted, with defaults applied. */
                        spec: {
                            [key: string]: unknown;
                        };
                        placement?: {
                            dataCenter: string;
                            pool: string;
                            /** @description Increases each time the job is placed again. */
                            epoch: number;
                            /** @description Estimated cost in yuan. */
                            cost: string;
                            costMinor: number;
                            externalId?: string;
                        };
                        attempts: number;
                        /** @description Metered use reported by the data center. */
                        usage?: {
                            unitSeconds: number;
                        };
                        /** @description A time, ISO 8601 in UTC. */
                        createdAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        updatedAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        startedAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        endedAt?: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    reportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "epoch": 1,
                 *       "state": "succeeded",
                 *       "exitCode": 0,
                 *       "unitSeconds": 28800
                 *     }
                 */
                "application/json": {
                    /** @description The placement epoch the agent was given; reports about an older placement are refused. */
                    epoch: number;
                    /** @enum {string} */
                    state: "running" | "succeeded" | "failed";
                    reason?: string;
                    exitCode?: number;
                    /** @description Metered usage so far: units x seconds the job actually ran. */
                    unitSeconds?: number;
                    /** @description When the change happened as the executor saw it, epoch ms (the start time for running, the end time otherwise). */
                    at?: number;
                    /** @description The workload manager's id for the job, e.g. the Slurm job id. */
                    externalId?: string;
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_viadv2VGUds7tA",
                     *       "tenant": "acme",
                     *       "state": "succeeded",
                     *       "spec": {
                     *         "origin": "shanghai",
                     *         "class": "intelligent",
                     *         "units": 8,
                     *         "durationS": 3600,
                     *         "latency": "batch",
                     *         "command": [
                     *           "python",
                     *           "train.py"
                     *         ],
                     *         "dataGb": 0,
                     *         "tenant": "acme"
                     *       },
                     *       "placement": {
                     *         "dataCenter": "qy-a",
                     *         "pool": "a100",
                     *         "epoch": 1,
                     *         "cost": "46.2912",
                     *         "costMinor": 462912
                     *       },
                     *       "attempts": 1,
                     *       "createdAt": "2026-12-01T08:00:00.000Z",
                     *       "updatedAt": "2026-12-01T08:05:00.000Z",
                     *       "usage": {
                     *         "unitSeconds": 28800
                     *       },
                     *       "endedAt": "2026-12-01T08:05:00.000Z"
                     *     }
                     */
                    "application/json": {
                        id: string;
                        tenant: string;
                        /** @enum {string} */
                        state: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                        reason?: string;
                        /** @description The job as submitted, with defaults applied. */
                        spec: {
                            [key: string]: unknown;
                        };
                        placement?: {
                            dataCenter: string;
                            pool: string;
                            /** @description Increases each time the job is placed again. */
                            epoch: number;
                            /** @description Estimated cost in yuan. */
                            cost: string;
                            costMinor: number;
                            externalId?: string;
                        };
                        attempts: number;
                        /** @description Metered use reported by the data center. */
                        usage?: {
                            unitSeconds: number;
                        };
                        /** @description A time, ISO 8601 in UTC. */
                        createdAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        updatedAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        startedAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        endedAt?: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getAssignments: {
        parameters: {
            query?: {
                /** @description Seconds to hold the request open while nothing changes (long-poll). */
                wait?: number;
                /** @description The `version` of the last answer: the call returns at once if the assignments differ. */
                known?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dataCenter": "qy-a",
                     *       "version": "3:job_viadv2VGUds7tA@1",
                     *       "assignments": [
                     *         {
                     *           "id": "job_viadv2VGUds7tA",
                     *           "epoch": 1,
                     *           "state": "placed",
                     *           "pool": "a100",
                     *           "units": 8,
                     *           "tenant": "acme",
                     *           "spec": {
                     *             "origin": "shanghai",
                     *             "class": "intelligent",
                     *             "units": 8,
                     *             "durationS": 3600,
                     *             "latency": "batch",
                     *             "command": [
                     *               "python",
                     *               "train.py"
                     *             ],
                     *             "dataGb": 0,
                     *             "tenant": "acme"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        dataCenter: string;
                        /** @description Pass as `known` to wait for a change. */
                        version: string;
                        assignments: {
                            id: string;
                            epoch: number;
                            /** @enum {string} */
                            state: "placed" | "running";
                            pool: string;
                            units: number;
                            tenant: string;
                            spec: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    searchOffers: {
        parameters: {
            query?: {
                /** @description Computing power class. */
                class?: "general" | "intelligent" | "super";
                /** @description Hardware model, e.g. A100. */
                model?: string;
                /** @description How it is sold. */
                mode?: "on-demand" | "reserved" | "spot";
                /** @description Only offers in this hub. */
                hub?: string;
                /** @description Only offers in this province. */
                province?: string;
                /** @description Only offers of this data center. */
                dataCenter?: string;
                /** @description Highest price per unit-hour. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                maxPrice?: number | string;
                /** @description Only data centers with at least this share of green power. */
                minGreenShare?: number;
                /** @description Show the latency from this origin; needed to sort or filter by latency. */
                origin?: string;
                /** @description Only offers within this round-trip latency of origin. */
                maxLatencyMs?: number;
                /** @description Only offers within this latency class's bound of origin. */
                latency?: "realtime" | "interactive" | "batch";
                /** @description Order of the results: cheapest, nearest or greenest first. */
                sort?: "price" | "latency" | "greenShare";
                /** @description Operators and admins: include withdrawn and expired offers. */
                all?: "true" | "false";
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Offers per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "offers": [
                     *         {
                     *           "id": "off_Cfxt-8r-36XXiA",
                     *           "dataCenter": "xj-hami-b",
                     *           "pool": "cpu",
                     *           "hub": "xinjiang",
                     *           "province": "Xinjiang",
                     *           "class": "general",
                     *           "model": "Kunpeng920",
                     *           "mode": "on-demand",
                     *           "price": "0.0181",
                     *           "priceMinor": 181,
                     *           "listPrice": "0.0181",
                     *           "discountPct": 0,
                     *           "quantity": 480760,
                     *           "sold": 0,
                     *           "available": 480760,
                     *           "validFrom": "2026-12-01T08:00:00.000Z",
                     *           "validTo": "2026-12-31T08:00:00.000Z",
                     *           "state": "open",
                     *           "greenShare": 0.55,
                     *           "pue": 1.19,
                     *           "version": 1
                     *         }
                     *       ],
                     *       "nextCursor": "1"
                     *     }
                     */
                    "application/json": {
                        offers: {
                            id: string;
                            dataCenter: string;
                            pool: string;
                            hub: string;
                            province: string;
                            class: string;
                            model: string;
                            /** @enum {string} */
                            mode: "on-demand" | "reserved" | "spot";
                            /** @description Per unit-hour in yuan (for spot: the floor). */
                            price: string;
                            priceMinor: number;
                            /** @description The pool's list price per unit-hour. */
                            listPrice?: string;
                            discountPct?: number;
                            quantity: number;
                            sold: number;
                            available: number;
                            termS?: number;
                            /** @description A time, ISO 8601 in UTC. */
                            validFrom: string;
                            /** @description A time, ISO 8601 in UTC. */
                            validTo: string;
                            /** @enum {string} */
                            state: "open" | "scheduled" | "paused" | "expired" | "withdrawn";
                            greenShare: number;
                            pue: number;
                            /** @description From the origin of the search, when one was given. */
                            latencyMs?: number;
                            version: number;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createOffer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dataCenter": "xj-hami-b",
                 *       "pool": "cpu",
                 *       "mode": "on-demand",
                 *       "price": "0.0181",
                 *       "quantity": 480760
                 *     }
                 */
                "application/json": {
                    /** @description Identifier: letters, digits, ".", "_" or "-". */
                    dataCenter: string;
                    /** @description Identifier: letters, digits, ".", "_" or "-". */
                    pool: string;
                    /** @enum {string} */
                    mode: "on-demand" | "reserved" | "spot";
                    /** @description Per unit-hour; for spot, the floor price bids must reach. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                    price: number | string;
                    /** @description Units for sale. */
                    quantity: number;
                    /** @description Reserved offers only: the length of the term a buyer commits to, seconds (e.g. 2592000 for 30 days). */
                    termS?: number;
                    /** @description When the offer opens (default now). */
                    validFrom?: number | string;
                    /** @description When it closes (default 30 days after it opens). */
                    validTo?: number | string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "off_Cfxt-8r-36XXiA",
                     *       "dataCenter": "xj-hami-b",
                     *       "pool": "cpu",
                     *       "hub": "xinjiang",
                     *       "province": "Xinjiang",
                     *       "class": "general",
                     *       "model": "Kunpeng920",
                     *       "mode": "on-demand",
                     *       "price": "0.0181",
                     *       "priceMinor": 181,
                     *       "listPrice": "0.0181",
                     *       "discountPct": 0,
                     *       "quantity": 480760,
                     *       "sold": 0,
                     *       "available": 480760,
                     *       "validFrom": "2026-12-01T08:00:00.000Z",
                     *       "validTo": "2026-12-31T08:00:00.000Z",
                     *       "state": "open",
                     *       "greenShare": 0.55,
                     *       "pue": 1.19,
                     *       "version": 1
                     *     }
                     */
                    "application/json": {
                        id: string;
                        dataCenter: string;
                        pool: string;
                        hub: string;
                        province: string;
                        class: string;
                        model: string;
                        /** @enum {string} */
                        mode: "on-demand" | "reserved" | "spot";
                        /** @description Per unit-hour in yuan (for spot: the floor). */
                        price: string;
                        priceMinor: number;
                        /** @description The pool's list price per unit-hour. */
                        listPrice?: string;
                        discountPct?: number;
                        quantity: number;
                        sold: number;
                        available: number;
                        termS?: number;
                        /** @description A time, ISO 8601 in UTC. */
                        validFrom: string;
                        /** @description A time, ISO 8601 in UTC. */
                        validTo: string;
                        /** @enum {string} */
                        state: "open" | "scheduled" | "paused" | "expired" | "withdrawn";
                        greenShare: number;
                        pue: number;
                        /** @description From the origin of the search, when one was given. */
                        latencyMs?: number;
                        version: number;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "off_Cfxt-8r-36XXiA",
                     *       "dataCenter": "xj-hami-b",
                     *       "pool": "cpu",
                     *       "hub": "xinjiang",
                     *       "province": "Xinjiang",
                     *       "class": "general",
                     *       "model": "Kunpeng920",
                     *       "mode": "on-demand",
                     *       "price": "0.0181",
                     *       "priceMinor": 181,
                     *       "listPrice": "0.0181",
                     *       "discountPct": 0,
                     *       "quantity": 480760,
                     *       "sold": 0,
                     *       "available": 480760,
                     *       "validFrom": "2026-12-01T08:00:00.000Z",
                     *       "validTo": "2026-12-31T08:00:00.000Z",
                     *       "state": "open",
                     *       "greenShare": 0.55,
                     *       "pue": 1.19,
                     *       "version": 1
                     *     }
                     */
                    "application/json": {
                        id: string;
                        dataCenter: string;
                        pool: string;
                        hub: string;
                        province: string;
                        class: string;
                        model: string;
                        /** @enum {string} */
                        mode: "on-demand" | "reserved" | "spot";
                        /** @description Per unit-hour in yuan (for spot: the floor). */
                        price: string;
                        priceMinor: number;
                        /** @description The pool's list price per unit-hour. */
                        listPrice?: string;
                        discountPct?: number;
                        quantity: number;
                        sold: number;
                        available: number;
                        termS?: number;
                        /** @description A time, ISO 8601 in UTC. */
                        validFrom: string;
                        /** @description A time, ISO 8601 in UTC. */
                        validTo: string;
                        /** @enum {string} */
                        state: "open" | "scheduled" | "paused" | "expired" | "withdrawn";
                        greenShare: number;
                        pue: number;
                        /** @description From the origin of the search, when one was given. */
                        latencyMs?: number;
                        version: number;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    patchOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer's id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description What an operator may change on its offer. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "price": "0.0175"
                 *     }
                 */
                "application/json": {
                    /** @description New posted price; orders already bought keep theirs. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                    price?: number | string;
                    quantity?: number;
                    validTo?: number | string;
                    /**
                     * @description paused: not sold until it is active again (a spot offer's bids get notice); withdrawn: for good.
                     * @enum {string}
                     */
                    state?: "active" | "paused" | "withdrawn";
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "off_Cfxt-8r-36XXiA",
                     *       "dataCenter": "xj-hami-b",
                     *       "pool": "cpu",
                     *       "hub": "xinjiang",
                     *       "province": "Xinjiang",
                     *       "class": "general",
                     *       "model": "Kunpeng920",
                     *       "mode": "on-demand",
                     *       "price": "0.0175",
                     *       "priceMinor": 175,
                     *       "listPrice": "0.0181",
                     *       "discountPct": 0,
                     *       "quantity": 480760,
                     *       "sold": 0,
                     *       "available": 480760,
                     *       "validFrom": "2026-12-01T08:00:00.000Z",
                     *       "validTo": "2026-12-31T08:00:00.000Z",
                     *       "state": "open",
                     *       "greenShare": 0.55,
                     *       "pue": 1.19,
                     *       "version": 2
                     *     }
                     */
                    "application/json": {
                        id: string;
                        dataCenter: string;
                        pool: string;
                        hub: string;
                        province: string;
                        class: string;
                        model: string;
                        /** @enum {string} */
                        mode: "on-demand" | "reserved" | "spot";
                        /** @description Per unit-hour in yuan (for spot: the floor). */
                        price: string;
                        priceMinor: number;
                        /** @description The pool's list price per unit-hour. */
                        listPrice?: string;
                        discountPct?: number;
                        quantity: number;
                        sold: number;
                        available: number;
                        termS?: number;
                        /** @description A time, ISO 8601 in UTC. */
                        validFrom: string;
                        /** @description A time, ISO 8601 in UTC. */
                        validTo: string;
                        /** @enum {string} */
                        state: "open" | "scheduled" | "paused" | "expired" | "withdrawn";
                        greenShare: number;
                        pue: number;
                        /** @description From the origin of the search, when one was given. */
                        latencyMs?: number;
                        version: number;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description Only orders in this state. */
                state?: "open" | "matched" | "active" | "completed" | "cancelled" | "expired";
                /** @description Only this tenant's orders (a tenant sees its own only). */
                tenant?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Orders per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orders": [
                     *         {
                     *           "id": "ord_8L0MyAQHbRBM9A",
                     *           "tenant": "acme",
                     *           "mode": "on-demand",
                     *           "state": "matched",
                     *           "offers": [
                     *             {
                     *               "id": "off_Cfxt-8r-36XXiA",
                     *               "dataCenter": "xj-hami-b",
                     *               "pool": "cpu",
                     *               "units": 64
                     *             }
                     *           ],
                     *           "class": "general",
                     *           "units": 64,
                     *           "durationS": 3600,
                     *           "price": "0.0181",
                     *           "priceMinor": 181,
                     *           "held": {
                     *             "yuan": "1.1584",
                     *             "minor": 11584
                     *           },
                     *           "captured": {
                     *             "yuan": "0",
                     *             "minor": 0
                     *           },
                     *           "usage": {
                     *             "unitSeconds": 0
                     *           },
                     *           "matchedAt": "2026-12-01T08:00:00.000Z",
                     *           "endsAt": "2026-12-01T09:00:00.000Z",
                     *           "createdAt": "2026-12-01T08:00:00.000Z",
                     *           "updatedAt": "2026-12-01T08:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        orders: {
                            id: string;
                            tenant: string;
                            /** @enum {string} */
                            mode: "on-demand" | "reserved" | "spot";
                            state: string;
                            reason?: string;
                            offers: {
                                id: string;
                                dataCenter: string;
                                pool: string;
                                units: number;
                            }[];
                            class: string;
                            units: number;
                            durationS: number;
                            price?: string;
                            priceMinor?: number;
                            /** @description Still held from the balance. */
                            held: {
                                /** @description Exact decimal yuan, trailing zeros trimmed. */
                                yuan: string;
                                /** @description The same amount in 1/10,000 yuan. */
                                minor: number;
                            };
                            /** @description Charged so far. */
                            captured: {
                                /** @description Exact decimal yuan, trailing zeros trimmed. */
                                yuan: string;
                                /** @description The same amount in 1/10,000 yuan. */
                                minor: number;
                            };
                            usage: {
                                unitSeconds: number;
                            };
                            requirement?: {
                                [key: string]: unknown;
                            };
                            explanation?: unknown;
                            /** @description A time, ISO 8601 in UTC. */
                            matchedAt?: string;
                            /** @description A time, ISO 8601 in UTC. */
                            endsAt?: string;
                            /** @description A time, ISO 8601 in UTC. */
                            expiresAt?: string;
                            /** @description A time, ISO 8601 in UTC. */
                            preemptAt?: string;
                            /** @description A time, ISO 8601 in UTC. */
                            createdAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "offer": "off_Cfxt-8r-36XXiA",
                 *       "units": 64,
                 *       "durationS": 3600
                 *     }
                 */
                "application/json": {
                    /** @description Admins only: the tenant the order is for. */
                    tenant?: string;
                    /** @description Buy this offer; give units (and durationS unless it is reserved). */
                    offer?: string;
                    units?: number;
                    durationS?: number;
                    /** @description Or state what you need and let the platform pick the best offer with the placement engine. */
                    requirement?: {
                        /** @description Origin id: where the users and the data are. */
                        origin: string;
                        /** @enum {string} */
                        class: "general" | "intelligent" | "super";
                        units: number;
                        model?: string | string[];
                        durationS: number;
                        /** @enum {string} */
                        latency?: "realtime" | "interactive" | "batch";
                        maxLatencyMs?: number;
                        /** @default 0 */
                        dataGb?: number;
                        residency?: string | string[];
                        minGreenShare?: number;
                        /** @description Highest acceptable price per unit-hour. Decimal yuan, at most 4 decimal places. */
                        maxPrice?: number | string;
                    };
                    /**
                     * @description With a requirement: which kind of offer to buy (default on-demand).
                     * @enum {string}
                     */
                    mode?: "on-demand" | "reserved" | "spot";
                    /** @description Spot only: what you pay per unit-hour while you hold capacity. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                    bid?: number | string;
                    /** @description How long an order nobody can fill yet stays open (spot bids default to a day; a requirement without it is refused when nothing matches). */
                    waitS?: number;
                };
            };
        };
        responses: {
            /** @description A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tenant: string;
                        /** @enum {string} */
                        mode: "on-demand" | "reserved" | "spot";
                        state: string;
                        reason?: string;
                        offers: {
                            id: string;
                            dataCenter: string;
                            pool: string;
                            units: number;
                        }[];
                        class: string;
                        units: number;
                        durationS: number;
                        price?: string;
                        priceMinor?: number;
                        /** @description Still held from the balance. */
                        held: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        /** @description Charged so far. */
                        captured: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        usage: {
                            unitSeconds: number;
                        };
                        requirement?: {
                            [key: string]: unknown;
                        };
                        explanation?: unknown;
                        /** @description A time, ISO 8601 in UTC. */
                        matchedAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        endsAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        expiresAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        preemptAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        createdAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        updatedAt: string;
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ord_8L0MyAQHbRBM9A",
                     *       "tenant": "acme",
                     *       "mode": "on-demand",
                     *       "state": "matched",
                     *       "offers": [
                     *         {
                     *           "id": "off_Cfxt-8r-36XXiA",
                     *           "dataCenter": "xj-hami-b",
                     *           "pool": "cpu",
                     *           "units": 64
                     *         }
                     *       ],
                     *       "class": "general",
                     *       "units": 64,
                     *       "durationS": 3600,
                     *       "price": "0.0181",
                     *       "priceMinor": 181,
                     *       "held": {
                     *         "yuan": "1.1584",
                     *         "minor": 11584
                     *       },
                     *       "captured": {
                     *         "yuan": "0",
                     *         "minor": 0
                     *       },
                     *       "usage": {
                     *         "unitSeconds": 0
                     *       },
                     *       "matchedAt": "2026-12-01T08:00:00.000Z",
                     *       "endsAt": "2026-12-01T09:00:00.000Z",
                     *       "createdAt": "2026-12-01T08:00:00.000Z",
                     *       "updatedAt": "2026-12-01T08:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        id: string;
                        tenant: string;
                        /** @enum {string} */
                        mode: "on-demand" | "reserved" | "spot";
                        state: string;
                        reason?: string;
                        offers: {
                            id: string;
                            dataCenter: string;
                            pool: string;
                            units: number;
                        }[];
                        class: string;
                        units: number;
                        durationS: number;
                        price?: string;
                        priceMinor?: number;
                        /** @description Still held from the balance. */
                        held: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        /** @description Charged so far. */
                        captured: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        usage: {
                            unitSeconds: number;
                        };
                        requirement?: {
                            [key: string]: unknown;
                        };
                        explanation?: unknown;
                        /** @description A time, ISO 8601 in UTC. */
                        matchedAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        endsAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        expiresAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        preemptAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        createdAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    quoteOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requirement": {
                 *         "origin": "shanghai",
                 *         "class": "intelligent",
                 *         "units": 8,
                 *         "durationS": 3600,
                 *         "latency": "batch"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Admins only: the tenant the order is for. */
                    tenant?: string;
                    /** @description Buy this offer; give units (and durationS unless it is reserved). */
                    offer?: string;
                    units?: number;
                    durationS?: number;
                    /** @description Or state what you need and let the platform pick the best offer with the placement engine. */
                    requirement?: {
                        /** @description Origin id: where the users and the data are. */
                        origin: string;
                        /** @enum {string} */
                        class: "general" | "intelligent" | "super";
                        units: number;
                        model?: string | string[];
                        durationS: number;
                        /** @enum {string} */
                        latency?: "realtime" | "interactive" | "batch";
                        maxLatencyMs?: number;
                        /** @default 0 */
                        dataGb?: number;
                        residency?: string | string[];
                        minGreenShare?: number;
                        /** @description Highest acceptable price per unit-hour. Decimal yuan, at most 4 decimal places. */
                        maxPrice?: number | string;
                    };
                    /**
                     * @description With a requirement: which kind of offer to buy (default on-demand).
                     * @enum {string}
                     */
                    mode?: "on-demand" | "reserved" | "spot";
                    /** @description Spot only: what you pay per unit-hour while you hold capacity. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                    bid?: number | string;
                    /** @description How long an order nobody can fill yet stays open (spot bids default to a day; a requirement without it is refused when nothing matches). */
                    waitS?: number;
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "on-demand",
                     *       "class": "intelligent",
                     *       "units": 8,
                     *       "durationS": 3600,
                     *       "offer": {
                     *         "id": "off_Cfxt-8r-36XXiA",
                     *         "dataCenter": "xj-hami-b",
                     *         "pool": "cpu",
                     *         "hub": "xinjiang",
                     *         "province": "Xinjiang",
                     *         "class": "general",
                     *         "model": "Kunpeng920",
                     *         "mode": "on-demand",
                     *         "price": "0.0181",
                     *         "priceMinor": 181,
                     *         "listPrice": "0.0181",
                     *         "discountPct": 0,
                     *         "quantity": 480760,
                     *         "sold": 0,
                     *         "available": 480760,
                     *         "validFrom": "2026-12-01T08:00:00.000Z",
                     *         "validTo": "2026-12-31T08:00:00.000Z",
                     *         "state": "open",
                     *         "greenShare": 0.55,
                     *         "pue": 1.19,
                     *         "version": 1
                     *       },
                     *       "estimate": {
                     *         "yuan": "1.28",
                     *         "minor": 12800
                     *       },
                     *       "available": {
                     *         "yuan": "1000",
                     *         "minor": 10000000
                     *       },
                     *       "affordable": true
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        mode: "on-demand" | "reserved" | "spot";
                        class: string;
                        units: number;
                        durationS: number;
                        /** @description The offer the order would buy: the one named, or the engine's match for a requirement; null when none matches now. */
                        offer: {
                            id: string;
                            dataCenter: string;
                            pool: string;
                            hub: string;
                            province: string;
                            class: string;
                            model: string;
                            /** @enum {string} */
                            mode: "on-demand" | "reserved" | "spot";
                            /** @description Per unit-hour in yuan (for spot: the floor). */
                            price: string;
                            priceMinor: number;
                            /** @description The pool's list price per unit-hour. */
                            listPrice?: string;
                            discountPct?: number;
                            quantity: number;
                            sold: number;
                            available: number;
                            termS?: number;
                            /** @description A time, ISO 8601 in UTC. */
                            validFrom: string;
                            /** @description A time, ISO 8601 in UTC. */
                            validTo: string;
                            /** @enum {string} */
                            state: "open" | "scheduled" | "paused" | "expired" | "withdrawn";
                            greenShare: number;
                            pue: number;
                            /** @description From the origin of the search, when one was given. */
                            latencyMs?: number;
                            version: number;
                        } | null;
                        /** @description Why no offer matches now. */
                        reason?: string;
                        /** @description The most the order can cost (what would be held): for spot, the bid for the whole duration; null without an offer. */
                        estimate: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        } | null;
                        /** @description The tenant's available balance now. */
                        available: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        /** @description Whether the balance covers the estimate and stays above the minimum. */
                        affordable: boolean;
                        /** @description For a requirement: the engine's explanation of the match (candidates removed by each rule, the winner's cost, the runner-up). */
                        explanation?: unknown;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ord_8L0MyAQHbRBM9A",
                     *       "tenant": "acme",
                     *       "mode": "on-demand",
                     *       "state": "matched",
                     *       "offers": [
                     *         {
                     *           "id": "off_Cfxt-8r-36XXiA",
                     *           "dataCenter": "xj-hami-b",
                     *           "pool": "cpu",
                     *           "units": 64
                     *         }
                     *       ],
                     *       "class": "general",
                     *       "units": 64,
                     *       "durationS": 3600,
                     *       "price": "0.0181",
                     *       "priceMinor": 181,
                     *       "held": {
                     *         "yuan": "1.1584",
                     *         "minor": 11584
                     *       },
                     *       "captured": {
                     *         "yuan": "0",
                     *         "minor": 0
                     *       },
                     *       "usage": {
                     *         "unitSeconds": 0
                     *       },
                     *       "matchedAt": "2026-12-01T08:00:00.000Z",
                     *       "endsAt": "2026-12-01T09:00:00.000Z",
                     *       "createdAt": "2026-12-01T08:00:00.000Z",
                     *       "updatedAt": "2026-12-01T08:00:00.000Z",
                     *       "events": [
                     *         {
                     *           "state": "matched",
                     *           "at": "2026-12-01T08:00:00.000Z"
                     *         }
                     *       ],
                     *       "transactions": [
                     *         {
                     *           "id": "tx_h0Ld",
                     *           "kind": "hold",
                     *           "at": "2026-12-01T08:00:00.000Z",
                     *           "postings": [
                     *             {
                     *               "account": "tenant:acme:available",
                     *               "amount": "-1.1584",
                     *               "amountMinor": -11584
                     *             },
                     *             {
                     *               "account": "tenant:acme:held",
                     *               "amount": "1.1584",
                     *               "amountMinor": 11584
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        id: string;
                        tenant: string;
                        /** @enum {string} */
                        mode: "on-demand" | "reserved" | "spot";
                        state: string;
                        reason?: string;
                        offers: {
                            id: string;
                            dataCenter: string;
                            pool: string;
                            units: number;
                        }[];
                        class: string;
                        units: number;
                        durationS: number;
                        price?: string;
                        priceMinor?: number;
                        /** @description Still held from the balance. */
                        held: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        /** @description Charged so far. */
                        captured: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        usage: {
                            unitSeconds: number;
                        };
                        requirement?: {
                            [key: string]: unknown;
                        };
                        explanation?: unknown;
                        /** @description A time, ISO 8601 in UTC. */
                        matchedAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        endsAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        expiresAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        preemptAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        createdAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        updatedAt: string;
                        /** @description The order's history, oldest first. */
                        events: {
                            state: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            reason?: string;
                        }[];
                        transactions: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ord_8L0MyAQHbRBM9A",
                     *       "tenant": "acme",
                     *       "mode": "on-demand",
                     *       "state": "cancelled",
                     *       "offers": [
                     *         {
                     *           "id": "off_Cfxt-8r-36XXiA",
                     *           "dataCenter": "xj-hami-b",
                     *           "pool": "cpu",
                     *           "units": 64
                     *         }
                     *       ],
                     *       "class": "general",
                     *       "units": 64,
                     *       "durationS": 3600,
                     *       "price": "0.0181",
                     *       "priceMinor": 181,
                     *       "held": {
                     *         "yuan": "0",
                     *         "minor": 0
                     *       },
                     *       "captured": {
                     *         "yuan": "0",
                     *         "minor": 0
                     *       },
                     *       "usage": {
                     *         "unitSeconds": 0
                     *       },
                     *       "matchedAt": "2026-12-01T08:00:00.000Z",
                     *       "endsAt": "2026-12-01T09:00:00.000Z",
                     *       "createdAt": "2026-12-01T08:00:00.000Z",
                     *       "updatedAt": "2026-12-01T08:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        id: string;
                        tenant: string;
                        /** @enum {string} */
                        mode: "on-demand" | "reserved" | "spot";
                        state: string;
                        reason?: string;
                        offers: {
                            id: string;
                            dataCenter: string;
                            pool: string;
                            units: number;
                        }[];
                        class: string;
                        units: number;
                        durationS: number;
                        price?: string;
                        priceMinor?: number;
                        /** @description Still held from the balance. */
                        held: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        /** @description Charged so far. */
                        captured: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        usage: {
                            unitSeconds: number;
                        };
                        requirement?: {
                            [key: string]: unknown;
                        };
                        explanation?: unknown;
                        /** @description A time, ISO 8601 in UTC. */
                        matchedAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        endsAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        expiresAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        preemptAt?: string;
                        /** @description A time, ISO 8601 in UTC. */
                        createdAt: string;
                        /** @description A time, ISO 8601 in UTC. */
                        updatedAt: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenant": "acme",
                     *       "available": {
                     *         "yuan": "9998.8416",
                     *         "minor": 99988416
                     *       },
                     *       "held": {
                     *         "yuan": "1.1584",
                     *         "minor": 11584
                     *       }
                     *     }
                     */
                    "application/json": {
                        tenant: string;
                        available: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        held: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    topUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The tenant's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": "10000",
                 *       "reference": "bank transfer 2026-12-01"
                 *     }
                 */
                "application/json": {
                    /** @description Money paid in. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                    amount: number | string;
                    /** @description The payment reference, e.g. a bank transfer id. */
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        balance: {
                            tenant: string;
                            available: {
                                /** @description Exact decimal yuan, trailing zeros trimmed. */
                                yuan: string;
                                /** @description The same amount in 1/10,000 yuan. */
                                minor: number;
                            };
                            held: {
                                /** @description Exact decimal yuan, trailing zeros trimmed. */
                                yuan: string;
                                /** @description The same amount in 1/10,000 yuan. */
                                minor: number;
                            };
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transaction": {
                     *         "id": "tx_Qk2mB7zvT0yP1w",
                     *         "kind": "top-up",
                     *         "at": "2026-12-01T08:00:00.000Z",
                     *         "actor": "tok_19eba06bd67fafac (admin)",
                     *         "memo": "bank transfer 2026-12-01",
                     *         "postings": [
                     *           {
                     *             "account": "external:cash",
                     *             "amount": "-10000",
                     *             "amountMinor": -100000000
                     *           },
                     *           {
                     *             "account": "tenant:acme:available",
                     *             "amount": "10000",
                     *             "amountMinor": 100000000
                     *           }
                     *         ]
                     *       },
                     *       "balance": {
                     *         "tenant": "acme",
                     *         "available": {
                     *           "yuan": "9998.8416",
                     *           "minor": 99988416
                     *         },
                     *         "held": {
                     *           "yuan": "1.1584",
                     *           "minor": 11584
                     *         }
                     *       },
                     *       "created": true
                     *     }
                     */
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        balance: {
                            tenant: string;
                            available: {
                                /** @description Exact decimal yuan, trailing zeros trimmed. */
                                yuan: string;
                                /** @description The same amount in 1/10,000 yuan. */
                                minor: number;
                            };
                            held: {
                                /** @description Exact decimal yuan, trailing zeros trimmed. */
                                yuan: string;
                                /** @description The same amount in 1/10,000 yuan. */
                                minor: number;
                            };
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    refund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The tenant's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": "100",
                 *       "reason": "service credit"
                 *     }
                 */
                "application/json": {
                    /** @description Money paid back to the tenant. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                    amount: number | string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transaction": {
                     *         "id": "tx_Qk2mB7zvT0yP1w",
                     *         "kind": "refund",
                     *         "at": "2026-12-01T08:00:00.000Z",
                     *         "actor": "tok_19eba06bd67fafac (admin)",
                     *         "memo": "service credit",
                     *         "postings": [
                     *           {
                     *             "account": "external:cash",
                     *             "amount": "-10000",
                     *             "amountMinor": -100000000
                     *           },
                     *           {
                     *             "account": "tenant:acme:available",
                     *             "amount": "10000",
                     *             "amountMinor": 100000000
                     *           }
                     *         ]
                     *       },
                     *       "created": true
                     *     }
                     */
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    payout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The data center's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": "5000",
                 *       "reference": "November"
                 *     }
                 */
                "application/json": {
                    /** @description Money paid out to the operator. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                    amount: number | string;
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transaction": {
                     *         "id": "tx_Qk2mB7zvT0yP1w",
                     *         "kind": "payout",
                     *         "at": "2026-12-01T08:00:00.000Z",
                     *         "actor": "tok_19eba06bd67fafac (admin)",
                     *         "memo": "November",
                     *         "postings": [
                     *           {
                     *             "account": "external:cash",
                     *             "amount": "-10000",
                     *             "amountMinor": -100000000
                     *           },
                     *           {
                     *             "account": "tenant:acme:available",
                     *             "amount": "10000",
                     *             "amountMinor": 100000000
                     *           }
                     *         ]
                     *       },
                     *       "created": true
                     *     }
                     */
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    adjust: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Postings that sum to zero. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "memo": "correct a mistyped top-up",
                 *       "postings": [
                 *         {
                 *           "account": "tenant:acme:available",
                 *           "amount": "-0.5"
                 *         },
                 *         {
                 *           "account": "external:cash",
                 *           "amount": "0.5"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Why the adjustment is made. */
                    memo: string;
                    postings: {
                        /** @description An existing account id, e.g. tenant:acme:available. */
                        account: string;
                        /** @description Signed amount: positive adds to the account, negative takes from it. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                        amount: number | string;
                    }[];
                };
            };
        };
        responses: {
            /** @description A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transaction": {
                     *         "id": "tx_Qk2mB7zvT0yP1w",
                     *         "kind": "adjustment",
                     *         "at": "2026-12-01T08:00:00.000Z",
                     *         "actor": "tok_19eba06bd67fafac (admin)",
                     *         "memo": "bank transfer 2026-12-01",
                     *         "postings": [
                     *           {
                     *             "account": "external:cash",
                     *             "amount": "-10000",
                     *             "amountMinor": -100000000
                     *           },
                     *           {
                     *             "account": "tenant:acme:available",
                     *             "amount": "10000",
                     *             "amountMinor": 100000000
                     *           }
                     *         ]
                     *       },
                     *       "created": true
                     *     }
                     */
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    reverseTransaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The transaction's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "memo": "posted twice by mistake"
                 *     }
                 */
                "application/json": {
                    memo: string;
                };
            };
        };
        responses: {
            /** @description A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transaction": {
                     *         "id": "tx_Qk2mB7zvT0yP1w",
                     *         "kind": "reversal",
                     *         "at": "2026-12-01T08:00:00.000Z",
                     *         "actor": "tok_19eba06bd67fafac (admin)",
                     *         "memo": "bank transfer 2026-12-01",
                     *         "postings": [
                     *           {
                     *             "account": "external:cash",
                     *             "amount": "-10000",
                     *             "amountMinor": -100000000
                     *           },
                     *           {
                     *             "account": "tenant:acme:available",
                     *             "amount": "10000",
                     *             "amountMinor": 100000000
                     *           }
                     *         ],
                     *         "reverses": "tx_Qk2mB7zvT0yP1w"
                     *       },
                     *       "created": true
                     *     }
                     */
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    settlePeer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The peer platform's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": "120",
                 *       "direction": "received"
                 *     }
                 */
                "application/json": {
                    /** @description Money that moved between this platform and the peer, outside the platforms. Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount). */
                    amount: number | string;
                    /** @enum {string} */
                    direction: "received" | "paid";
                    /** @description The payment reference. */
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description What the peer owes this platform now (negative: what this platform owes it). */
                        balance: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transaction": {
                     *         "id": "tx_Qk2mB7zvT0yP1w",
                     *         "kind": "settlement",
                     *         "at": "2026-12-01T08:00:00.000Z",
                     *         "actor": "tok_19eba06bd67fafac (admin)",
                     *         "memo": "bank transfer 2026-12-01",
                     *         "postings": [
                     *           {
                     *             "account": "external:cash",
                     *             "amount": "-10000",
                     *             "amountMinor": -100000000
                     *           },
                     *           {
                     *             "account": "tenant:acme:available",
                     *             "amount": "10000",
                     *             "amountMinor": 100000000
                     *           }
                     *         ]
                     *       },
                     *       "balance": {
                     *         "yuan": "0",
                     *         "minor": 0
                     *       },
                     *       "created": true
                     *     }
                     */
                    "application/json": {
                        transaction: {
                            id: string;
                            kind: string;
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            actor: string;
                            memo?: string;
                            order?: string;
                            job?: string;
                            reverses?: string;
                            /** @description They sum to zero. */
                            postings: {
                                account: string;
                                amount: string;
                                amountMinor: number;
                            }[];
                        };
                        /** @description What the peer owes this platform now (negative: what this platform owes it). */
                        balance: {
                            /** @description Exact decimal yuan, trailing zeros trimmed. */
                            yuan: string;
                            /** @description The same amount in 1/10,000 yuan. */
                            minor: number;
                        };
                        /** @description False for a replay of an earlier request. */
                        created: boolean;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The transaction's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tx_Qk2mB7zvT0yP1w",
                     *       "kind": "top-up",
                     *       "at": "2026-12-01T08:00:00.000Z",
                     *       "actor": "tok_19eba06bd67fafac (admin)",
                     *       "memo": "bank transfer 2026-12-01",
                     *       "postings": [
                     *         {
                     *           "account": "external:cash",
                     *           "amount": "-10000",
                     *           "amountMinor": -100000000
                     *         },
                     *         {
                     *           "account": "tenant:acme:available",
                     *           "amount": "10000",
                     *           "amountMinor": 100000000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        id: string;
                        kind: string;
                        /** @description A time, ISO 8601 in UTC. */
                        at: string;
                        actor: string;
                        memo?: string;
                        order?: string;
                        job?: string;
                        reverses?: string;
                        /** @description They sum to zero. */
                        postings: {
                            account: string;
                            amount: string;
                            amountMinor: number;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description Only the accounts of this tenant or data center id. */
                owner?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Accounts per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accounts": [
                     *         {
                     *           "id": "dc:hl-a:receivable",
                     *           "kind": "operator",
                     *           "owner": "hl-a",
                     *           "balance": 126862848,
                     *           "floor": 0,
                     *           "balanceYuan": "12686.2848"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        accounts: {
                            id: string;
                            kind: string;
                            owner: string;
                            /** @description In 1/10,000 yuan. */
                            balance: number;
                            floor?: number | null;
                            balanceYuan: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    verifyLedger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "transactions": 5,
                     *       "accounts": 5,
                     *       "problems": []
                     *     }
                     */
                    "application/json": {
                        ok: boolean;
                        transactions: number;
                        accounts: number;
                        problems: string[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    tenantStatement: {
        parameters: {
            query?: {
                /** @description A calendar month in China Standard Time; instead of from and to. */
                period?: string;
                /** @description Start of the period (inclusive), ISO 8601. Default: the first entry. */
                from?: string;
                /** @description End of the period (exclusive), ISO 8601. Default: now. */
                to?: string;
                /** @description json, or csv for a spreadsheet (text/csv). */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                /** @description The tenant's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description As JSON; with format=csv the same lines as CSV (text/csv). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "owner": {
                     *         "kind": "tenant",
                     *         "id": "acme"
                     *       },
                     *       "period": {
                     *         "from": "2026-11-30T16:00:00.000Z",
                     *         "to": "2026-12-31T16:00:00.000Z"
                     *       },
                     *       "accounts": [
                     *         {
                     *           "id": "tenant:acme:available",
                     *           "opening": "0",
                     *           "openingMinor": 0,
                     *           "closing": "10000",
                     *           "closingMinor": 100000000,
                     *           "ledgerMinor": 100000000
                     *         }
                     *       ],
                     *       "totals": {
                     *         "top-up": {
                     *           "yuan": "10000",
                     *           "minor": 100000000
                     *         }
                     *       },
                     *       "lines": [
                     *         {
                     *           "at": "2026-12-01T08:00:00.000Z",
                     *           "transaction": "tx_Qk2mB7zvT0yP1w",
                     *           "kind": "top-up",
                     *           "account": "tenant:acme:available",
                     *           "amount": "10000",
                     *           "amountMinor": 100000000,
                     *           "balanceMinor": 100000000,
                     *           "memo": "bank transfer 2026-12-01"
                     *         }
                     *       ],
                     *       "reconciled": true
                     *     }
                     */
                    "application/json": {
                        owner: {
                            /** @enum {string} */
                            kind: "tenant" | "data-center";
                            id: string;
                        };
                        period: {
                            /** @description A time, ISO 8601 in UTC. */
                            from: string;
                            /** @description A time, ISO 8601 in UTC. */
                            to: string;
                        };
                        accounts: {
                            id: string;
                            opening: string;
                            openingMinor: number;
                            closing: string;
                            closingMinor: number;
                            ledgerMinor: number;
                        }[];
                        /** @description By transaction kind. */
                        totals: {
                            [key: string]: {
                                /** @description Exact decimal yuan, trailing zeros trimmed. */
                                yuan: string;
                                /** @description The same amount in 1/10,000 yuan. */
                                minor: number;
                            };
                        };
                        lines: {
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            transaction: string;
                            kind: string;
                            account: string;
                            amount: string;
                            amountMinor: number;
                            balanceMinor: number;
                            order?: string;
                            job?: string;
                            memo?: string;
                        }[];
                        /** @description True when every account's opening plus its lines equals the ledger at the end of the period. */
                        reconciled: boolean;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    dataCenterStatement: {
        parameters: {
            query?: {
                /** @description A calendar month in China Standard Time; instead of from and to. */
                period?: string;
                /** @description Start of the period (inclusive), ISO 8601. Default: the first entry. */
                from?: string;
                /** @description End of the period (exclusive), ISO 8601. Default: now. */
                to?: string;
                /** @description json, or csv for a spreadsheet (text/csv). */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                /** @description The data center's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description As JSON; with format=csv the same lines as CSV (text/csv). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "owner": {
                     *         "kind": "data-center",
                     *         "id": "hl-a"
                     *       },
                     *       "period": {
                     *         "from": "2026-11-30T16:00:00.000Z",
                     *         "to": "2026-12-31T16:00:00.000Z"
                     *       },
                     *       "accounts": [
                     *         {
                     *           "id": "tenant:acme:available",
                     *           "opening": "0",
                     *           "openingMinor": 0,
                     *           "closing": "10000",
                     *           "closingMinor": 100000000,
                     *           "ledgerMinor": 100000000
                     *         }
                     *       ],
                     *       "totals": {
                     *         "top-up": {
                     *           "yuan": "10000",
                     *           "minor": 100000000
                     *         }
                     *       },
                     *       "lines": [
                     *         {
                     *           "at": "2026-12-01T08:00:00.000Z",
                     *           "transaction": "tx_Qk2mB7zvT0yP1w",
                     *           "kind": "top-up",
                     *           "account": "tenant:acme:available",
                     *           "amount": "10000",
                     *           "amountMinor": 100000000,
                     *           "balanceMinor": 100000000,
                     *           "memo": "bank transfer 2026-12-01"
                     *         }
                     *       ],
                     *       "reconciled": true
                     *     }
                     */
                    "application/json": {
                        owner: {
                            /** @enum {string} */
                            kind: "tenant" | "data-center";
                            id: string;
                        };
                        period: {
                            /** @description A time, ISO 8601 in UTC. */
                            from: string;
                            /** @description A time, ISO 8601 in UTC. */
                            to: string;
                        };
                        accounts: {
                            id: string;
                            opening: string;
                            openingMinor: number;
                            closing: string;
                            closingMinor: number;
                            ledgerMinor: number;
                        }[];
                        /** @description By transaction kind. */
                        totals: {
                            [key: string]: {
                                /** @description Exact decimal yuan, trailing zeros trimmed. */
                                yuan: string;
                                /** @description The same amount in 1/10,000 yuan. */
                                minor: number;
                            };
                        };
                        lines: {
                            /** @description A time, ISO 8601 in UTC. */
                            at: string;
                            transaction: string;
                            kind: string;
                            account: string;
                            amount: string;
                            amountMinor: number;
                            balanceMinor: number;
                            order?: string;
                            job?: string;
                            memo?: string;
                        }[];
                        /** @description True when every account's opening plus its lines equals the ledger at the end of the period. */
                        reconciled: boolean;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    registerChild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A child platform joining this one: its id, role and public key. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "yrd",
                 *       "role": "hub",
                 *       "publicKey": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAUHuoIO7Bld7PGZ5bUv2zX4i4QqwkPsDi5m27ZR7iu68=\n-----END PUBLIC KEY-----\n"
                 *     }
                 */
                "application/json": {
                    /** @description The child platform's id. */
                    id: string;
                    /** @enum {string} */
                    role: "national" | "hub" | "regional";
                    publicKey: string;
                    /**
                     * Format: uri
                     * @description Where the child answers, if the parent may call it.
                     */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "parent": {
                     *         "id": "national",
                     *         "role": "national",
                     *         "publicKey": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAUHuoIO7Bld7PGZ5bUv2zX4i4QqwkPsDi5m27ZR7iu68=\n-----END PUBLIC KEY-----\n"
                     *       },
                     *       "child": "yrd",
                     *       "status": "approved"
                     *     }
                     */
                    "application/json": {
                        parent: {
                            id: string;
                            role: string;
                            /** @description Ed25519, PEM. */
                            publicKey: string;
                        };
                        child: string;
                        /** @description approved, or pending an admin. */
                        status: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    childCheckpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The child platform's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "child": "yrd",
                     *       "checkpoints": [
                     *         {
                     *           "platformId": "yrd",
                     *           "seq": 1000,
                     *           "headHash": "d61ada67c1d77cc112e63e210ff623cf816c71d11ce1c870d029cf39750c150e",
                     *           "at": 1796120039109,
                     *           "signature": "BiUhAAxN+TJvJe6kIsGCGJc4joheJutAd1th3wHkJclzONJLebEXr47S0rCIvqDD5BM71wUMHm0sdVeXOhBaCw=="
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        child: string;
                        checkpoints: {
                            platformId: string;
                            /** @description The last audit entry it covers. */
                            seq: number;
                            /** @description The hash of that entry. */
                            headHash: string;
                            at: number;
                            /** @description Ed25519 by the child, base64. */
                            signature: string;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listJoinRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requests": [
                     *         {
                     *           "id": "yrd",
                     *           "role": "hub",
                     *           "url": "http://10.0.0.5:8080",
                     *           "keyFingerprint": "SHA256:HKcsF55iSIiH2hwRFPpbclas9YNzCGCFgyR9CFCzMzE",
                     *           "requestedAt": "2026-12-01T08:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        requests: {
                            id: string;
                            role: string;
                            url: string | null;
                            keyFingerprint: string;
                            /** @description A time, ISO 8601 in UTC. */
                            requestedAt: string;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    requestJoin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A child platform asking to join this one; an admin approves it. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "yrd",
                 *       "role": "hub",
                 *       "publicKey": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAUHuoIO7Bld7PGZ5bUv2zX4i4QqwkPsDi5m27ZR7iu68=\n-----END PUBLIC KEY-----\n",
                 *       "at": 1796120039109,
                 *       "signature": "base64 Ed25519 signature of the request"
                 *     }
                 */
                "application/json": {
                    /** @description The child platform's id. */
                    id: string;
                    /** @enum {string} */
                    role: "national" | "hub" | "regional";
                    publicKey: string;
                    /**
                     * Format: uri
                     * @description Where the child answers.
                     */
                    url?: string;
                    /** @description When the request was signed, ms since the epoch. */
                    at: number;
                    /** @description Ed25519 signature, by the key in publicKey, of the envelope {from: id, to: "join", seq: 1, at, kind: "join-request", body: {role, publicKey, url}}. */
                    signature: string;
                };
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "parent": {
                     *         "id": "national",
                     *         "role": "national",
                     *         "publicKey": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAUHuoIO7Bld7PGZ5bUv2zX4i4QqwkPsDi5m27ZR7iu68=\n-----END PUBLIC KEY-----\n"
                     *       },
                     *       "child": "yrd",
                     *       "status": "pending"
                     *     }
                     */
                    "application/json": {
                        parent: {
                            id: string;
                            role: string;
                            /** @description Ed25519, PEM. */
                            publicKey: string;
                        };
                        child: string;
                        /** @description approved, or pending an admin. */
                        status: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    approveJoin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The child platform's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "child": "yrd",
                     *       "status": "approved"
                     *     }
                     */
                    "application/json": {
                        child: string;
                        status: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    rejectJoin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The child platform's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "child": "yrd",
                     *       "status": "rejected"
                     *     }
                     */
                    "application/json": {
                        child: string;
                        status: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    joinParent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parent": "http://10.0.0.1:8080",
                 *       "token": "sl_…"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description The parent platform's base URL.
                     */
                    parent: string;
                    /** @description A platform-admin token of the parent: issuing it is the parent admin's approval. Without one, the join is a request the parent's admin approves later. */
                    token?: string;
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "parent": "national",
                     *       "status": "approved"
                     *     }
                     */
                    "application/json": {
                        parent: string;
                        status: string;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    deliverMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messages": [
                 *         {
                 *           "from": "yrd",
                 *           "to": "national",
                 *           "seq": 42,
                 *           "kind": "summary",
                 *           "at": 1796120039109,
                 *           "body": "{…}",
                 *           "signature": "…"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    messages: {
                        /** @description Identifier: letters, digits, ".", "_" or "-". */
                        from: string;
                        /** @description Identifier: letters, digits, ".", "_" or "-". */
                        to: string;
                        seq: number;
                        at: number;
                        /** @enum {string} */
                        kind: "inventory" | "summary" | "rollups" | "route" | "route-status" | "route-cancel" | "audit-checkpoint";
                        body: unknown;
                        signature: string;
                    }[];
                    /** @description The highest sequence number of the messages down to the sender it has applied. */
                    ack?: number;
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "acked": 42,
                     *       "applied": 1,
                     *       "refused": []
                     *     }
                     */
                    "application/json": {
                        /** @description The highest sequence number applied; the sender drops everything up to it. */
                        acked: number;
                        applied: number;
                        refused: ({
                            seq?: number;
                            reason: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description The parent's policies, signed, when they changed. */
                        policy?: {
                            [key: string]: unknown;
                        };
                        /** @description Signed messages for the child: routed jobs and their news. */
                        down?: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A resource identifier, suanli://<platform-id>/<datacenter-id>[/<pool-id>], URL-encoded or not. */
                "*": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "suanli://suanli/hl-a",
                     *       "kind": "data-center",
                     *       "owner": {
                     *         "platform": "suanli",
                     *         "role": "national",
                     *         "self": true
                     *       },
                     *       "resource": {
                     *         "id": "hl-a",
                     *         "name": "Horinger A",
                     *         "hub": "inner-mongolia"
                     *       }
                     *     }
                     */
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "data-center" | "pool";
                        owner: {
                            platform: string;
                            self: boolean;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description For a pool: its data center. */
                        dataCenter?: {
                            id: string;
                        } & {
                            [key: string]: unknown;
                        };
                        resource: {
                            id: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "own": null,
                     *       "fromParent": {
                     *         "version": 1,
                     *         "receivedAt": "2026-12-01T08:00:00.000Z",
                     *         "batchMinGreenShare": 0.6
                     *       },
                     *       "effective": {
                     *         "version": 1,
                     *         "batchMinGreenShare": 0.6
                     *       }
                     *     }
                     */
                    "application/json": {
                        own: {
                            [key: string]: unknown;
                        } | null;
                        fromParent: {
                            [key: string]: unknown;
                        } | null;
                        effective: {
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    setPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Replaces this platform's own policies. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "batchMinGreenShare": 0.6
                 *     }
                 */
                "application/json": {
                    /** @description Batch (latency-tolerant) jobs run only where at least this share of the power is green. */
                    batchMinGreenShare?: number;
                    /** @description The east-to-west offload cap: work from origins in eastern hubs may hold at most this share of each western hub's units of a class. */
                    maxOffloadShare?: number;
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "own": {
                     *         "version": 2,
                     *         "batchMinGreenShare": 0.6
                     *       },
                     *       "fromParent": null,
                     *       "effective": {
                     *         "version": 2,
                     *         "batchMinGreenShare": 0.6
                     *       }
                     *     }
                     */
                    "application/json": {
                        own: {
                            [key: string]: unknown;
                        } | null;
                        fromParent: {
                            [key: string]: unknown;
                        } | null;
                        effective: {
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    federationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "self": {
                     *         "id": "national",
                     *         "role": "national",
                     *         "publicKey": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAUHuoIO7Bld7PGZ5bUv2zX4i4QqwkPsDi5m27ZR7iu68=\n-----END PUBLIC KEY-----\n",
                     *         "keyFingerprint": "SHA256:HKcsF55iSIiH2hwRFPpbclas9YNzCGCFgyR9CFCzMzE"
                     *       },
                     *       "parent": null,
                     *       "unpaidBills": {
                     *         "count": 0,
                     *         "amountMinor": 0
                     *       },
                     *       "joinRequests": [
                     *         "west-1"
                     *       ],
                     *       "below": [
                     *         {
                     *           "id": "wuhu",
                     *           "role": "regional",
                     *           "parent": "yrd",
                     *           "via": "yrd",
                     *           "dataCenters": 4
                     *         }
                     *       ],
                     *       "children": [
                     *         {
                     *           "id": "yrd",
                     *           "role": "hub",
                     *           "lastSeq": 42,
                     *           "applied": 42,
                     *           "gaps": 0,
                     *           "lastSeen": "2026-12-01T08:00:00.000Z",
                     *           "lagS": 3,
                     *           "dataCenters": 12
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        self: {
                            id: string;
                            role: string;
                            publicKey: string;
                            /** @description SHA-256 of the key: compare it out of band before approving a join. */
                            keyFingerprint: string;
                        };
                        parent: {
                            id: string;
                            url?: string;
                            /** @description The highest sequence the parent acknowledged. */
                            acked: number;
                            lastDelivery: string | null;
                            /** @description A delivery has gone through and none has failed since. */
                            healthy: boolean;
                            lastError?: string;
                            /** @description Messages not yet acknowledged. */
                            outbox: {
                                messages: number;
                                oldestAgeS: number;
                            };
                        } | null;
                        /** @description Routed jobs whose bill the tenant could not pay. */
                        unpaidBills: {
                            count: number;
                            amountMinor: number;
                        };
                        /** @description Ids of children waiting for approval. */
                        joinRequests: string[];
                        /** @description Every platform further down than the children, from the inventories they uploaded: the rest of the federation tree. */
                        below: {
                            id: string;
                            role: string;
                            /** @description The platform it is a child of, as its inventory says (null where it does not). */
                            parent: string | null;
                            /** @description The child of this platform it is reached through. */
                            via: string;
                            dataCenters: number;
                        }[];
                        children: {
                            id: string;
                            role: string;
                            lastSeq: number;
                            applied: number;
                            gaps: number;
                            lastSeen: string | null;
                            /** @description Seconds since its last summary was made. */
                            lagS: number | null;
                            /** @description Data centers in its last inventory. */
                            dataCenters: number;
                        }[];
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Comma-separated: summary, alerts, jobs. Default: every topic the role may read (summary: admins and regulators; alerts: watchers; jobs: tenants, operators and admins). */
                topics?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A text/event-stream: each event is `event: <topic>` and `data: <JSON>`, sent when the topic changes; `: keep-alive` comments keep it open. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "jobs": [],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": ({
                        scope: string;
                        /** @description A time, ISO 8601 in UTC. */
                        asOf: string;
                        dataCenters: {
                            total: number;
                            reporting: number;
                            stale: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Capacity per class in P (PFLOPS). */
                        capacityP: {
                            [key: string]: number | null;
                        };
                        inUseP: {
                            [key: string]: number | null;
                        };
                        fillRate: {
                            [key: string]: number | null;
                        };
                        powerKw: number | null;
                        pue: number | null;
                        greenShare: number | null;
                        carbonTodayKg: number | null;
                        capacityUnits?: {
                            [key: string]: number;
                        };
                        inUseUnits?: {
                            [key: string]: number;
                        };
                        jobs?: {
                            byState: {
                                [key: string]: number;
                            };
                            running: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Placed and running jobs from eastern origins in western data centers. */
                        eastToWest?: {
                            jobs: number;
                            units: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description For a data center's scope: when it last reported (its heartbeat); null if never. */
                        lastReportAt?: string | null;
                        /** @description For scope national: the platform whose figures these are (its own and all below it); only a national platform's are the nation's. */
                        platform?: {
                            id: string;
                            role: string;
                        };
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        alerts: ({
                            id: number;
                            key: string;
                            kind: string;
                            scope: string;
                            message: string;
                            /** @description A time, ISO 8601 in UTC. */
                            raisedAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            resolvedAt?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    }) | {
                        jobs: {
                            id: string;
                            tenant: string;
                            /** @enum {string} */
                            state: "pending" | "placed" | "running" | "succeeded" | "failed" | "cancelled" | "lost" | "routed";
                            reason?: string;
                            /** @description The job as submitted, with defaults applied. */
                            spec: {
                                [key: string]: unknown;
                            };
                            placement?: {
                                dataCenter: string;
                                pool: string;
                                /** @description Increases each time the job is placed again. */
                                epoch: number;
                                /** @description Estimated cost in yuan. */
                                cost: string;
                                costMinor: number;
                                externalId?: string;
                            };
                            attempts: number;
                            /** @description Metered use reported by the data center. */
                            usage?: {
                                unitSeconds: number;
                            };
                            /** @description A time, ISO 8601 in UTC. */
                            createdAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            updatedAt: string;
                            /** @description A time, ISO 8601 in UTC. */
                            startedAt?: string;
                            /** @description A time, ISO 8601 in UTC. */
                            endedAt?: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    } | {
                        error: {
                            code: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Every error has this shape. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal. */
                            code: string;
                            /** @description What went wrong, for a person. */
                            message: string;
                            /** @description For validation errors: every problem, each naming its field. */
                            issues?: {
                                /** @description The field, e.g. `jobs[3].units`; empty for the whole body. */
                                path: string;
                                message: string;
                            }[];
                            /** @description Facts a client can act on, e.g. the shortfall of a 402. */
                            details?: {
                                [key: string]: unknown;
                            };
                            /** @description Quote it when reporting a problem. */
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
}
