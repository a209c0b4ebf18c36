import { ComponentType, lazy } from 'react';

/**
 * A page loaded when it is first opened, so that the first screen (sign-in and dashboard) parses only what it shows:
 * the module's loader and the name of the component it exports.
 */
export const lazyPage = <K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
