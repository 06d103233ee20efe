import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anhuiProvince } from '@yrd/anhui';
import { STANDARD_ITEMS, startCatalogSubgraph } from '@yrd/catalog';
import type { RunningService } from '@yrd/shared/process/runService';
import { HubClient } from '@yrd/shared/provinceKit/hubClient';
import { ImplementationListRefused } from '@yrd/shared/provinceKit/implementationListRefused';
import type { ProvinceConfig } from '@yrd/shared/provinceKit/provinceConfig';
import { exchangeSettingsFromEnvironment } from '@yrd/shared/provinceKit/provinceServices';
import { readStandardForValidation } from '@yrd/shared/provinceKit/standardForValidation';
import { startProvinceSubgraph, type ProvinceSubgraphOptions } from '@yrd/shared/provinceKit/startProvinceSubgraph';
import type { StandardTerms } from '@yrd/shared/provinceKit/validateImplementationList';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { freeLoopbackPort } from './harness/freeLoopbackPort.ts';

/**
 * A province checks its implementation list (实施清单) against the item standard the hub serves
 * when it starts — the real hub and the real province kit, in this process: a list the standard
 * refuses is not served, whether the hub answers at once or only after the province has started.
 */
const UNEMPLOYMENT_BENEFIT = '050101001000';
/** 苏州市社会保险基金管理中心: a body registered in Jiangsu. */
const JIANGSU_BODY_CODE = '12320500466005137G';

/** Anhui with its 失业保险金申领 line promising 30 working days (the standard: 7 natural days) and a Jiangsu body. */
const misconfiguredAnhui: ProvinceConfig = {
  ...anhuiProvince,
  implementations: anhuiProvince.implementations.map((local) =>
    local.standardCode === UNEMPLOYMENT_BENEFIT ? { ...local, promisedTimeLimit: { amount: 30, unit: 'WORKING_DAYS' }, implementingBodyCode: JIANGSU_BODY_CODE } : local,
  ),
};
const unemploymentLine = anhuiProvince.implementations.find((local) => local.standardCode === UNEMPLOYMENT_BENEFIT);
const PROBLEMS = [
  `ANHUI ${unemploymentLine?.localCode} (${UNEMPLOYMENT_BENEFIT}) implementingBodyCode: is not registered in 安徽省`,
  expect.stringMatching(new RegExp(`^ANHUI ${unemploymentLine?.localCode} \\(${UNEMPLOYMENT_BENEFIT}\\) promisedTimeLimit: promises 30 working days, .*more than the standard's 7 natural days$`)),
];

const roots: string[] = [];
function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'yrd-province-list-'));
  roots.push(root);
  return root;
}

function startHub(root: string, port = 0): Promise<RunningService> {
  return startCatalogSubgraph({ host: '127.0.0.1', port, dataDir: root, keysDir: join(root, 'keys'), trustDir: join(root, 'trust'), trustListSeconds: 3600 });
}

function provinceOptions(root: string, hubUrl: string, more: Partial<ProvinceSubgraphOptions> = {}): ProvinceSubgraphOptions {
  return {
    host: '127.0.0.1',
    port: 0,
    dataDir: join(root, 'anhui-data'),
    keysDir: join(root, 'keys'),
    trustDir: join(root, 'trust'),
    hubUrl,
    scale: { people: 20, enterprises: 5, seed: 7 },
    settings: exchangeSettingsFromEnvironment({}),
    deadlineSweepSeconds: 60,
    mapScale: { places: 2, terminals: 1, offeringsPerPlace: 3, localItems: 2 },
    onImplementationListRefused: () => {
      throw new Error('refused after start, unexpectedly');
    },
    ...more,
  };
}

/** Whether anything answers at `url`'s /health. */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/** What the province must agree with, as the catalog holds it: StandardTerms of a StandardItem. */
function termsOf(code: string): StandardTerms | undefined {
  const item = STANDARD_ITEMS.find((candidate) => candidate.code === code);
  return (
    item && {
      code: item.code,
      caseType: item.caseType,
      visitsRequired: item.visitsRequired,
      crossRegion: item.crossRegion,
      promisedTimeLimit: { amount: item.promisedTimeLimit.amount, unit: item.promisedTimeLimit.unit },
      fee: { ...item.fee, ...(item.fee.variants?.length === 0 ? { variants: undefined } : {}) },
      materials: item.materials.map((material) => ({
        code: material.code,
        name: material.name,
        necessity: material.necessity,
        commitmentAllowed: material.commitmentAllowed,
        ...(material.supplyWithin ? { supplyWithin: { amount: material.supplyWithin.amount, unit: material.supplyWithin.unit } } : {}),
      })),
      // Condition values as JSON carries them (a -0 of the seed arrives as 0).
      approvalRules: item.approvalRules.map((rule) => ({
        ...rule,
        conditions: rule.conditions.map(({ orNull, value, ...condition }) => ({ ...condition, value: JSON.parse(JSON.stringify(value)) as typeof value, ...(orNull ? { orNull } : {}) })),
      })),
    }
  );
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('a province starting with the hub up', () => {
  const root = freshRoot();
  let hub: RunningService;
  let hubUrl: string;

  beforeAll(async () => {
    hub = await startHub(root);
    hubUrl = hub.url;
  });
  afterAll(() => hub.close());

  it('reads the standard back from the hub exactly as the catalog holds it, for every item it implements', async () => {
    const keys = await MemberKeys.open({ member: 'anhui', role: 'PROVINCE', region: 'ANHUI' }, join(root, 'keys'));
    keys.register(join(root, 'trust'));
    const codes = anhuiProvince.implementations.map((local) => local.standardCode);
    const standard = await readStandardForValidation(new HubClient(hubUrl, keys), codes);
    expect(standard.map((terms) => terms.code).sort()).toEqual([...new Set(codes)].sort());
    for (const terms of standard) expect(terms, terms.code).toEqual(termsOf(terms.code));
  });

  it('refuses to serve a list the standard refuses — a longer promise, a body of another province — before it listens', async () => {
    const port = await freeLoopbackPort();
    const options = provinceOptions(root, hubUrl, { port });
    const refusal = await startProvinceSubgraph(misconfiguredAnhui, options).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ImplementationListRefused);
    expect((refusal as ImplementationListRefused).problems).toEqual(PROBLEMS);
    expect((refusal as ImplementationListRefused).message).toContain(`in 2 place(s): ANHUI ${unemploymentLine?.localCode}`);
    expect(await answers(`http://127.0.0.1:${port}/`)).toBe(false);

    // What it opened is let go: the sound list starts in the same data directory, and serves.
    const sound = await startProvinceSubgraph(anhuiProvince, options);
    try {
      expect(await answers(sound.url)).toBe(true);
    } finally {
      await sound.close();
    }
  });
});

describe('a province started before the hub answers', () => {
  it('serves until the hub answers, then stops serving a list the standard refuses', async () => {
    const root = freshRoot();
    const hubPort = await freeLoopbackPort();
    let refused!: (refusal: ImplementationListRefused) => void;
    const refusal = new Promise<ImplementationListRefused>((resolve) => (refused = resolve));
    const province = await startProvinceSubgraph(misconfiguredAnhui, provinceOptions(root, `http://127.0.0.1:${hubPort}/graphql`, { onImplementationListRefused: refused }));
    let hub: RunningService | undefined;
    try {
      // Nothing has refused it yet: a hub that is not up is no verdict.
      expect(await answers(province.url)).toBe(true);
      hub = await startHub(root, hubPort);
      expect((await refusal).problems).toEqual(PROBLEMS);
      expect(await answers(province.url)).toBe(false);
    } finally {
      await province.close();
      await hub?.close();
    }
  });
});
