/** Test helpers for the jury pages: a fake GraphQL server and the cooperation around a page. */
import type { ComponentType } from 'react';
import type { Role } from '../../../gql/graphql';
import { graphqlResponse, renderRoute, testClient } from '../../../test/render';
import { CooperationContext, type CurrentCooperation } from '../../cooperation/CooperationContext';

export interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

/** A fake server: `answer` gets every operation (queries arrive as GET, mutations as POST). */
export function fakeServer(answer: (call: Call) => unknown) {
  const calls: Call[] = [];
  const client = testClient((input, init) => {
    let body: Call;
    if (typeof init?.body === 'string') body = JSON.parse(init.body) as Call;
    else {
      const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
      body = {
        operationName: url.searchParams.get('operationName') ?? '',
        variables: JSON.parse(url.searchParams.get('variables') ?? '{}') as Record<string, unknown>,
      };
    }
    calls.push(body);
    return Promise.resolve(graphqlResponse(answer(body)));
  });
  return { client, calls, count: (name: string) => calls.filter((c) => c.operationName === name).length };
}

export function cooperation(role: Role = 'EXTERNAL'): CurrentCooperation {
  return {
    __typename: 'Cooperation',
    id: 'co1',
    name: 'Kooperation Bezirksamt Lichtenberg – WKHL',
    description: '',
    myRole: role,
    version: 1,
    partners: [
      { __typename: 'Partner', id: 'p2', position: 2, organisation: { __typename: 'Organisation', id: 'o2', name: 'Wirtschaftskreis Hohenschönhausen-Lichtenberg', shortName: 'WKHL', kind: 'ASSOCIATION' } },
      { __typename: 'Partner', id: 'p1', position: 1, organisation: { __typename: 'Organisation', id: 'o1', name: 'Bezirksamt Lichtenberg', shortName: 'BA', kind: 'AUTHORITY' } },
    ],
  };
}

/** Renders a jury page at `url` inside the cooperation, knowing the paths it links to. */
export function renderJuryPage(Page: ComponentType, path: string, url: string, client: ReturnType<typeof testClient>, role: Role = 'EXTERNAL') {
  const coop = cooperation(role);
  return renderRoute(
    () => (
      <CooperationContext.Provider value={coop}>
        <Page />
      </CooperationContext.Provider>
    ),
    {
      path,
      url,
      client,
      extraPaths: [
        '/c/$cooperationId/award',
        '/c/$cooperationId/award/$cycleId',
        '/c/$cooperationId/award/$cycleId/score',
        '/c/$cooperationId/award/$cycleId/result',
        '/c/$cooperationId/award/$cycleId/print/result',
        '/c/$cooperationId/award/$cycleId/print/certificate',
        '/c/$cooperationId/award/$cycleId/print/press',
      ],
    },
  );
}
