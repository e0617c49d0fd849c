/**
 * One round of an iterative lower bound (row generation, column generation,
 * the Lagrangian method), for a progress display: the best bound so far and,
 * where the method has one, an upper value it is measured against (the
 * restricted LP of column generation, the greedy schedule's cost of the
 * Lagrangian method). In 1/10,000 yuan.
 */
export interface BoundRound {
  round: number;
  bound: number;
  upper?: number;
  seconds: number;
}
