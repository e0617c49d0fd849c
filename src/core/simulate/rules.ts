/**
 * The rules that decided the jobs of a run, in words, each kept once: a
 * job holds a small id (a million jobs share a few dozen texts).
 */
export class RuleBook {
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly waits = new Map<string, number>();
  /** The empty rule, id 0: a job not yet decided. */
  readonly none = this.idOf('');

  idOf(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  /** "waiting: <rule>", for a job a transient rule leaves waiting. */
  waiting(rule: string): number {
    let id = this.waits.get(rule);
    if (id === undefined) this.waits.set(rule, (id = this.idOf(`waiting: ${rule}`)));
    return id;
  }

  text(id: number): string {
    return this.names[id] as string;
  }
}
