import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { fixturePerson, type FixturePerson } from '@yrd/shared/fixtures/fixtureIdentities';
import { scaleFromEnvironment } from '@yrd/shared/fixtures/fixtureScale';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { CaseFlow, uniqueKey, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * 外省申请人 follows where a person's household is, as the filing province's own records show
 * it — not the digits of her number, which say where she was born; and an item about a place
 * (不动产登记) is handled where the place is, whoever applies.
 */
const PEOPLE = '300';
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;
let wujiangClerk: Headers;
let shanghai: CaseFlow;
let jiangsu: CaseFlow;

/**
 * Among the seeded people: the first whose household is in Shanghai and whose number was issued
 * in Zhejiang — 邹佳芳 (330100197806155006, household 松江 310117 since 2014) at the default seed.
 */
function movedToShanghai(): FixturePerson {
  const scale = scaleFromEnvironment({ YRD_SEED_PEOPLE: PEOPLE });
  for (let index = 0; index < scale.people; index += 1) {
    const person = fixturePerson(scale, index);
    if (person.householdDivision.code.startsWith('31') && person.id.startsWith('33')) return person;
  }
  throw new Error('no seeded person moved from Zhejiang to Shanghai');
}

beforeAll(async () => {
  federation = await bootFederation({ YRD_SEED_PEOPLE: PEOPLE });
  tokens = await tokenIssuer(federation.dataDir);
  wujiangClerk = await tokens.wujiangClerk();
  shanghai = new CaseFlow(federation.gatewayUrl, 'shanghai', tokens);
  jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

describe('a person whose household moved to Shanghai, with a Zhejiang number', () => {
  it('opens an item Shanghai does not handle cross-region, at a window and online', async () => {
    const person = movedToShanghai();
    const clerk = await tokens.operator('SHANGHAI', person.householdDivision.code, 'SJ-01', 'sh-sj-0001');
    const atWindow = await shanghai.open(STORY_ITEMS.individualBusinessRegistration, person.id, clerk, { applicantName: person.name });
    const online = await shanghai.open(STORY_ITEMS.realEstateTransfer, person.id, await tokens.citizen(person.id), { applicantName: person.name });
    const cases = dataOf(
      await graphql<{ subject: { regions: ({ region: string; cases: { id: string; item: { code: string } | null }[] } | null)[] } }>(
        federation.gatewayUrl,
        'query ($id: ID!) { subject(id: $id) { regions { region cases { id item { code } } } } }',
        { id: person.id },
        await tokens.citizen(person.id),
      ),
    ).subject.regions.find((regional) => regional?.region === 'SHANGHAI')?.cases;
    expect(cases).toEqual(
      expect.arrayContaining([
        { id: atWindow, item: { code: STORY_ITEMS.individualBusinessRegistration } },
        { id: online, item: { code: STORY_ITEMS.realEstateTransfer } },
      ]),
    );
  });
});

describe('a person from another province at the 吴江 window', () => {
  it('registers the transfer of a flat in Suzhou (不动产登记 is done where the property is)', async () => {
    // 顾晓梅: household in 青浦 (Shanghai); 王丽娟: household in 亳州 (Anhui), working in Suzhou for years.
    for (const [subjectId, applicantName] of [
      [CAST.guXiaomei, '顾晓梅'],
      [CAST.wangLijuan, '王丽娟'],
    ] as const) {
      const caseId = await jiangsu.open(STORY_ITEMS.realEstateTransfer, subjectId, wujiangClerk, { applicantName });
      expect((await jiangsu.get(caseId, wujiangClerk)).status).toBe('OPEN');
    }
  });

  it('is told why an item Jiangsu does not handle cross-region is refused her: Jiangsu holds no household of hers', async () => {
    const input = { itemCode: STORY_ITEMS.individualBusinessRegistration, subjectId: CAST.guXiaomei, applicantName: '顾晓梅' };
    const refused = await jiangsu.openCase({ ...input, idempotencyKey: uniqueKey() }, await tokens.citizen(CAST.guXiaomei), 'id');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.itemCode', reason: 'ITEM_NOT_HANDLED_CROSS_REGION', basis: 'IDENTITY_NUMBER', region: 'SHANGHAI' });
    expect(refused.errors?.[0]?.message).toContain('江苏省无该申请人的户籍登记，其公民身份号码归属地为上海市，按外省申请人办理');
    // A clerk, who may have typed her number without her there, is told only that her household is not here.
    const atWindow = await jiangsu.openCase({ ...input, idempotencyKey: uniqueKey() }, wujiangClerk, 'id');
    expect(atWindow.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.itemCode', reason: 'ITEM_NOT_HANDLED_CROSS_REGION' }));
    expect(atWindow.errors?.[0]?.extensions).not.toHaveProperty('basis');
    expect(atWindow.errors?.[0]?.extensions).not.toHaveProperty('region');
    expect(atWindow.errors?.[0]?.message).toContain('该申请人的现户籍不在江苏省，按外省申请人办理');
  });
});
