import { ComponentType, lazy } from 'react';

/** A page loaded when it is first opened, so that the first screen (sign-in and dashboard) parses only what it shows. */
export const lazyPage = <M>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  lazy(() => load().then((module) => ({ default: pick(module) })));
