import { QueryClient } from '@tanstack/react-query';

/** react-admin's query cache, shared with the authProvider so that a sign-in can drop the previous user's identity. */
export const queryClient = new QueryClient();
