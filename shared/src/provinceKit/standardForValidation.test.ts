import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_HEADER } from '../identity/callerAssertion.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { HubClient } from './hubClient.ts';
import { implementationLine } from './implementationLine.fixture.ts';
import { readStandardForValidation } from './standardForValidation.ts';
import { validateImplementationList, type StandardTerms } from './validateImplementationList.ts';

/**
 * The hub as a province reads the standard from it, faked: two pages of `items`, written as the
 * hub's schema writes them (money as Yuan strings, JSON-encoded condition values, null for absent).
 */
const UNEMPLOYMENT = {
  code: '050101001000',
  caseType: 'PROMISED',
  visitsRequired: 0,
  crossRegion: false,
  promisedTimeLimit: { amount: 7, unit: 'NATURAL_DAYS' },
  fee: { charged: false, amount: null, basis: null, variants: [] },
  materials: [{ code: 'M01', name: '社会保障卡', necessity: 'REQUIRED', commitmentAllowed: false, supplyWithin: null }],
  approvalRules: [
    {
      code: 'SI_INSURED',
      description: '申请人失业前参加失业保险',
      evidenceKind: 'SOCIAL_INSURANCE',
      quantifier: 'ANY',
      conditions: [
        { field: 'contributionMonths', operator: 'GTE', value: '12', orNull: false },
        { field: 'publicUntil', operator: 'GTE', value: '{"daysFromDecisionDay":0}', orNull: true },
      ],
    },
  ],
};
/** A fictional item charged by circumstance, as 居民身份证 is. */
const IDENTITY_CARD = {
  code: '120001001000',
  caseType: 'PROMISED',
  visitsRequired: 1,
  crossRegion: true,
  promisedTimeLimit: { amount: 20, unit: 'WORKING_DAYS' },
  fee: { charged: true, amount: '20.00', basis: '居民身份证工本费每证20元，丢失补领或损坏换领每证40元', variants: [{ circumstance: '丢失补领或损坏换领', amount: '40.00' }] },
  materials: [{ code: 'M02', name: '户口簿', necessity: 'SUPPLY_LATER', commitmentAllowed: true, supplyWithin: { amount: 5, unit: 'WORKING_DAYS' } }],
  approvalRules: [],
};
const NOT_IMPLEMENTED = { ...UNEMPLOYMENT, code: '990001001000' };

const PAGES: Record<string, { nodes: object[]; endCursor: string; hasNextPage: boolean }> = {
  '': { nodes: [IDENTITY_CARD, NOT_IMPLEMENTED], endCursor: 'page-2', hasNextPage: true },
  'page-2': { nodes: [UNEMPLOYMENT], endCursor: 'page-2-end', hasNextPage: false },
};

const root = mkdtempSync(join(tmpdir(), 'yrd-standard-for-validation-'));
const asked: { after: unknown; query: string; caller: string | undefined }[] = [];
let hub: Server;
let client: HubClient;

beforeAll(async () => {
  hub = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: { after: string | null } };
      asked.push({ after: variables.after, query, caller: request.headers[CALLER_HEADER] as string | undefined });
      const page = PAGES[variables.after ?? ''];
      const items = page && { edges: page.nodes.map((node) => ({ node })), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { items } }));
    });
  });
  await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
  const keys = await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, root);
  client = new HubClient(`http://127.0.0.1:${(hub.address() as AddressInfo).port}/graphql`, keys);
});

afterAll(async () => {
  await new Promise((resolve) => hub.close(resolve));
  rmSync(root, { recursive: true, force: true });
});


describe('the item standard a province reads from the hub to check its implementation list', () => {
  let standard: StandardTerms[];

  beforeAll(async () => {
    standard = await readStandardForValidation(client, ['050101001000', '120001001000', '050101001000']);
  });

  it('reads every page of the hub’s items, in the province’s name', () => {
    expect(asked.map((call) => call.after)).toEqual([null, 'page-2']);
    expect(asked.every((call) => call.query.includes('items(first: 100, after: $after)') && typeof call.caller === 'string')).toBe(true);
  });

  it('keeps the items the province implements, in the standard’s own shape: fen, decoded conditions, nothing for null', () => {
    expect(standard).toEqual([
      {
        code: '120001001000',
        caseType: 'PROMISED',
        visitsRequired: 1,
        crossRegion: true,
        promisedTimeLimit: { amount: 20, unit: 'WORKING_DAYS' },
        fee: { charged: true, amount: 2000, basis: '居民身份证工本费每证20元，丢失补领或损坏换领每证40元', variants: [{ circumstance: '丢失补领或损坏换领', amount: 4000 }] },
        materials: [{ code: 'M02', name: '户口簿', necessity: 'SUPPLY_LATER', commitmentAllowed: true, supplyWithin: { amount: 5, unit: 'WORKING_DAYS' } }],
        approvalRules: [],
      },
      {
        code: '050101001000',
        caseType: 'PROMISED',
        visitsRequired: 0,
        crossRegion: false,
        promisedTimeLimit: { amount: 7, unit: 'NATURAL_DAYS' },
        fee: { charged: false },
        materials: [{ code: 'M01', name: '社会保障卡', necessity: 'REQUIRED', commitmentAllowed: false }],
        approvalRules: [
          {
            code: 'SI_INSURED',
            description: '申请人失业前参加失业保险',
            evidenceKind: 'SOCIAL_INSURANCE',
            quantifier: 'ANY',
            conditions: [
              { field: 'contributionMonths', operator: 'GTE', value: 12 },
              { field: 'publicUntil', operator: 'GTE', value: { daysFromDecisionDay: 0 }, orNull: true },
            ],
          },
        ],
      },
    ]);
  });

  it('finds what the finding found at start: a longer promise, a body of another province, an amount by circumstance left out', () => {
    const list = [
      implementationLine('050101001000', 'SH-JYZ-JF-001', { promisedTimeLimit: { amount: 30, unit: 'WORKING_DAYS' }, implementingBodyCode: '12320500466005137G' }),
      implementationLine('120001001000', 'SH-GA-001', {
        promisedTimeLimit: { amount: 15, unit: 'WORKING_DAYS' },
        fee: { charged: true, amount: 2000, basis: '居民身份证工本费每证20元' },
        visitsRequired: 1,
        tolerantAcceptance: true,
      }),
    ];
    expect(validateImplementationList(requireRegion('SHANGHAI'), list, standard)).toEqual([
      'SHANGHAI SH-JYZ-JF-001 (050101001000) implementingBodyCode: is not registered in 上海市',
      expect.stringMatching(/^SHANGHAI SH-JYZ-JF-001 \(050101001000\) promisedTimeLimit: promises 30 working days, which can take up to \d+ natural days .*more than the standard's 7 natural days$/),
      'SHANGHAI SH-GA-001 (120001001000) fee: lists no amount for 丢失补领或损坏换领, which the standard sets',
    ]);
  });

  it('finds nothing in a list within the standard', () => {
    const list = [
      implementationLine('050101001000', 'SH-JYZ-JF-001', {}),
      implementationLine('120001001000', 'SH-GA-001', {
        promisedTimeLimit: { amount: 15, unit: 'WORKING_DAYS' },
        fee: { charged: true, amount: 2000, basis: '居民身份证工本费每证20元，丢失补领或损坏换领每证40元', variants: [{ circumstance: '丢失补领或损坏换领', amount: 4000 }] },
        visitsRequired: 1,
        crossRegion: true,
        tolerantAcceptance: true,
        commitmentSystem: true,
      }),
    ];
    expect(validateImplementationList(requireRegion('SHANGHAI'), list, standard)).toEqual([]);
  });
});

describe('a hub that does not answer with its items', () => {
  it('is a failed read, not an empty standard', async () => {
    const keys = await MemberKeys.open({ member: 'anhui', role: 'PROVINCE', region: 'ANHUI' }, root);
    const empty = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":null}'));
    await new Promise<void>((resolve) => empty.listen(0, '127.0.0.1', resolve));
    try {
      const reading = readStandardForValidation(new HubClient(`http://127.0.0.1:${(empty.address() as AddressInfo).port}/graphql`, keys), ['050101001000']);
      await expect(reading).rejects.toThrow('the hub answered without its items');
    } finally {
      await new Promise((resolve) => empty.close(resolve));
    }
  });
});
