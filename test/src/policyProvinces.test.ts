import { describe, expect, it } from 'vitest';
import { STANDARD_ITEMS } from '@yrd/catalog';
import { loadProvinces } from '@yrd/gateway/launcher/loadProvinces';
import { policyProvinces } from '@yrd/shared/provinceKit/whereHandled';

/**
 * A refusal of a policy in a province that does not take it names the provinces that do, read
 * from the policy's code (whereHandled.ts): they are exactly the provinces whose implementation
 * lists carry it.
 */
const provinces = await loadProvinces();

describe('the provinces a policy is taken in', () => {
  it('are those whose implementation lists carry it, for every policy', () => {
    for (const policy of STANDARD_ITEMS.filter((item) => item.policy)) {
      const implementing = provinces.filter((province) => province.implementations.some((local) => local.standardCode === policy.code)).map((province) => province.region.code);
      expect(policyProvinces(policy.code).map((region) => region.code).sort(), `${policy.code} ${policy.name}`).toEqual(implementing.sort());
    }
  });
});
