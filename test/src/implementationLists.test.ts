import { describe, expect, it } from 'vitest';
import { STANDARD_ITEMS, STORY_ITEMS } from '@yrd/catalog';
import { loadProvinces } from '@yrd/gateway/launcher/loadProvinces';
import { validateImplementationList } from '@yrd/shared/provinceKit/validateImplementationList';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { problemsUnderAddedYears } from '@yrd/shared/time/problemsUnderAddedYears';
import { validateStandardItem } from '@yrd/shared/standard/validateStandardItem';
import { addPublishedArrangements } from '@yrd/shared/time/workingCalendar';

const provinces = await loadProvinces();

describe('province implementation lists (实施清单)', () => {
  it('configures every registered region exactly once', () => {
    expect(provinces.map((p) => p.region.code)).toEqual(REGIONS.map((r) => r.code));
  });

  for (const province of provinces) {
    describe(province.region.name, () => {
      it('agrees with the item standard', () => {
        expect(validateImplementationList(province.region, province.implementations, STANDARD_ITEMS, province.passedOn)).toEqual([]);
      });

      it('opens the property-transfer bundle: each of its items implemented, or passed on (联动过户) after the registration', () => {
        const utilities = [STORY_ITEMS.waterTransfer, STORY_ITEMS.electricityTransfer, STORY_ITEMS.gasTransfer, STORY_ITEMS.cableBroadbandTransfer];
        expect(province.implementations.some((local) => local.standardCode === STORY_ITEMS.realEstateTransfer)).toBe(true);
        for (const code of utilities) {
          const implemented = province.implementations.some((local) => local.standardCode === code);
          const passedOn = (province.passedOn ?? []).find((passOn) => passOn.itemCode === code);
          expect(implemented || passedOn?.afterApprovalOf === STORY_ITEMS.realEstateTransfer, `${province.region.code} ${code}`).toBe(true);
        }
      });

      it('implements at least 30 standard items, with its own codes and names', () => {
        expect(province.implementations.length).toBeGreaterThanOrEqual(30);
        const renamed = province.implementations.filter((local) => local.localName !== STANDARD_ITEMS.find((i) => i.code === local.standardCode)?.name);
        expect(renamed.length, 'a province names at least some items its own way').toBeGreaterThan(5);
      });

      it('handles the story items cross-region', () => {
        for (const code of [STORY_ITEMS.providentFundLoanCertificate, STORY_ITEMS.branchRegistration, STORY_ITEMS.socialInsuranceCertificate]) {
          const local = province.implementations.find((l) => l.standardCode === code);
          expect(local?.crossRegion, `${province.region.code} ${code}`).toBe(true);
        }
      });
    });
  }

  it('lets provinces differ: not every province promises the same time for every item', () => {
    const differing = STANDARD_ITEMS.filter((item) => {
      const promises = new Set(
        provinces.map((p) => {
          const limit = p.implementations.find((l) => l.standardCode === item.code)?.promisedTimeLimit;
          return limit && `${limit.amount} ${limit.unit}`;
        }),
      );
      return promises.size > 1;
    });
    expect(differing.length).toBeGreaterThan(3);
  });

  it('under a new year’s long holiday, says the promises it breaks without refusing them: the standard’s (单位参保登记), no province’s', () => {
    // A made-up year: 15 days of 春节 from Friday 1 February 2030 (holidayArrangementsFile.ts accepts no longer), nothing worked in exchange.
    const restore = addPublishedArrangements({
      2030: {
        source: 'test arrangement (made up for the tests)',
        daysOff: [['2030-01-01', '2030-01-01'], ['2030-02-01', '2030-02-15'], ['2030-05-01', '2030-05-02'], ['2030-10-01', '2030-10-03']],
        weekendWorkingDays: [],
      },
    });
    try {
      const standard = problemsUnderAddedYears(() => STANDARD_ITEMS.flatMap(validateStandardItem));
      expect(standard.refused).toEqual([]);
      expect(standard.underAddedYears).toEqual([
        'item 200104001000 (单位参保登记) promisedTimeLimit: promises 5 working days, which can take up to 24 natural days (accepted on 2030-01-25), more than the statutory 15 natural days',
      ]);
      for (const province of provinces) {
        expect(problemsUnderAddedYears(() => validateImplementationList(province.region, province.implementations, STANDARD_ITEMS, province.passedOn)), province.region.code).toEqual({ refused: [], underAddedYears: [] });
      }
    } finally {
      restore();
    }
  });
});
