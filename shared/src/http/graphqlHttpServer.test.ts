import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../observability/logger.ts';
import { sendJson, startGraphQLHttpServer, type RunningHttpServer } from './graphqlHttpServer.ts';

const lines: { level: number; msg: string; path?: string }[] = [];
const output = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as { level: number; msg: string });
    done();
  },
});
const apollo = new ApolloServer({ schema: buildSubgraphSchema([{ typeDefs: parse('type Query { hello: String }'), resolvers: { Query: { hello: () => 'world' } } }]) });
let server: RunningHttpServer;
let refuse = false;

beforeAll(async () => {
  await apollo.start();
  server = await startGraphQLHttpServer({
    apollo,
    host: '127.0.0.1',
    port: 0,
    // As a province refuses a call that did not come through the gateway (401).
    context: async () => {
      if (refuse) throw new GraphQLError('not via the gateway', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      return {};
    },
    routes: { '/health': (_request, response) => sendJson(response, 200, { status: 'ok' }) },
    logger: createLogger('test', { YRD_LOG_LEVEL: 'debug' }, output),
  });
});
afterAll(async () => {
  await server.close();
  await apollo.stop();
});

/** The level each request's line was logged at, in order. */
async function requestLevels(send: () => Promise<Response>[]): Promise<string[]> {
  lines.length = 0;
  for (const response of await Promise.all(send())) await response.text();
  // The line is written when the response closes: give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return lines.filter((line) => line.msg === 'request').map((line) => (line.level === 30 ? 'info' : line.level === 20 ? 'debug' : String(line.level)));
}

const post = (query: string) => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

describe('the request log', () => {
  it("keeps the gateway's composition poll and readiness probe at debug, not one info line per subgraph every poll", async () => {
    expect(await requestLevels(() => [post('query __ApolloGetServiceDefinition__ { _service { sdl } }')])).toEqual(['debug']);
    expect(await requestLevels(() => [post('{ __typename }')])).toEqual(['debug']);
    expect(await requestLevels(() => [fetch(server.url.replace(/\/graphql$/, '/health'))])).toEqual(['debug']);
  });

  it("logs a client's request at info, even one that asks for the SDL among other things", async () => {
    expect(await requestLevels(() => [post('{ hello }')])).toEqual(['info']);
    expect(await requestLevels(() => [post('{ hello _service { sdl } }')])).toEqual(['info']);
  });

  it('logs housekeeping that was refused at info: a subgraph turning away a caller that is not the gateway', async () => {
    refuse = true;
    try {
      expect(await requestLevels(() => [post('{ __typename }')])).toEqual(['info']);
    } finally {
      refuse = false;
    }
  });
});
