import { InitialSchema1764100000000 } from './1764100000000-initial-schema';

export const migrations = [InitialSchema1764100000000];
