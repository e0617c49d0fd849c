import type { Db } from '../db.js';

/** When each data center's agent was last heard from. */
export class AgentRepository {
  constructor(private readonly db: Db) {}

  async beat(dataCenterId: string, agent: string, at: number): Promise<void> {
    await this.db.run(
      'INSERT INTO agent_heartbeats (dc_id, at, agent) VALUES (?, ?, ?) ON CONFLICT (dc_id) DO UPDATE SET at = excluded.at, agent = excluded.agent WHERE excluded.at >= agent_heartbeats.at',
      [dataCenterId, at, agent],
    );
  }

  async lastBeats(): Promise<Map<string, number>> {
    const rows = await this.db.all<{ dc_id: string; at: number }>('SELECT dc_id, at FROM agent_heartbeats');
    return new Map(rows.map((r) => [r.dc_id, Number(r.at)]));
  }
}
