import { createContext, useContext } from 'react';
import type { CooperationQuery } from '../../gql/graphql';

/** The cooperation of the current route (`/c/$cooperationId/...`) with the user's role there. */
export type CurrentCooperation = CooperationQuery['cooperation'];

export const CooperationContext = createContext<CurrentCooperation | null>(null);

export function useCurrentCooperation(): CurrentCooperation {
  const c = useContext(CooperationContext);
  if (!c) throw new Error('useCurrentCooperation outside a cooperation route');
  return c;
}
