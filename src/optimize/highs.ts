import * as highsModule from 'highs';
import type { Highs } from 'highs';

type Loader = () => Promise<Highs>;

/**
 * The package ships an ES module build whose default export is the loader, but
 * its type declarations describe the CommonJS build; accept either shape.
 */
function loader(): Loader {
  const d = (highsModule as unknown as { default: Loader | { default: Loader } }).default;
  return typeof d === 'function' ? d : d.default;
}

let instance: Promise<Highs> | undefined;

/** The HiGHS solver (WebAssembly), loaded once per process. */
export function highs(): Promise<Highs> {
  if (!instance) instance = loader()();
  return instance;
}

/** Drops the loaded solver, e.g. after it aborted; the next call loads a fresh one. */
export function resetHighs(): void {
  instance = undefined;
}
