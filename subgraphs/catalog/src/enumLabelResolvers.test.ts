import { describe, expect, it } from 'vitest';
import { catalogTypeDefs } from './catalogTypeDefs.ts';
import { enumLabelsResolver } from './enumLabelResolvers.ts';

describe('enumLabels: the schema\'s labels for clients that cannot introspect', () => {
  const enumLabels = enumLabelsResolver(catalogTypeDefs());

  it('gives the provinces\' enums with every value labelled as the schema describes it', () => {
    const [caseStatus] = enumLabels(undefined, { names: ['CaseStatus'] });
    expect(caseStatus?.name).toBe('CaseStatus');
    expect(caseStatus?.values).toContainEqual({ value: 'APPROVED', label: '已办结（准予）' });
    expect(caseStatus?.values.map((value) => value.value)).toEqual(
      expect.arrayContaining(['OPEN', 'AWAITING_EVIDENCE', 'DEFERRED_MATERIALS', 'IN_REVIEW', 'APPROVED', 'PARTLY_APPROVED', 'REJECTED', 'TERMINATED', 'REVOKED']),
    );
  });

  it('gives every labelled enum when none is named, the hub\'s and the provinces\', once each', () => {
    const names = enumLabels(undefined, {}).map((labelled) => labelled.name);
    expect(names).toEqual(expect.arrayContaining(['CaseStatus', 'EvidenceKind', 'AuditEvent', 'AuditOutcome']));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['ItemType', 'RuleQuantifier', 'ConditionOperator', 'MarketAccessVerdict']));
    // Every value listed has a label a clerk reads: in Chinese.
    for (const labelled of enumLabels(undefined, {})) for (const value of labelled.values) expect(value.label, `${labelled.name}.${value.value}`).toMatch(/\p{Script=Han}/u);
  });

  it('leaves out a name the schema has no labels for, and repeats none', () => {
    expect(enumLabels(undefined, { names: ['NoSuchEnum', 'EvidenceKind', 'EvidenceKind'] }).map((labelled) => labelled.name)).toEqual(['EvidenceKind']);
  });
});
