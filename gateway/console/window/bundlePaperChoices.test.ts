import { describe, expect, it } from 'vitest';
import type { BundlePart, Requirement } from '../graphql/resultTypes.ts';
import { bundlePaperSubmission, choicesFor, papersOf, type Paper } from './bundlePaperChoices.ts';

const COMPANY = '010001001000';
const SEAL = '100101001000';
const INVOICE = '100301001000';

const requirement = (code: string, allows: Partial<Requirement> = {}): Requirement => ({
  code,
  name: `材料 ${code}`,
  necessity: 'REQUIRED',
  replacedBy: null,
  evidenceAvailable: false,
  supplyLaterAllowed: false,
  commitmentAllowed: false,
  documentType: null,
  ...allows,
});
const part = (itemCode: string, requirements: Requirement[]): Pick<BundlePart, 'id' | 'item' | 'requirements'> => ({
  id: `case-${itemCode}`,
  item: { code: itemCode, name: `事项 ${itemCode}` },
  requirements,
});
const paper = (papers: Paper[], key: string): Paper => {
  const found = papers.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no paper ${key}`);
  return found;
};

describe('a bundle paper\'s choices', () => {
  it('offer 容缺 and 告知承诺 for an item\'s own material where its item allows them there, as for a single case', () => {
    const papers = papersOf([
      part(COMPANY, [requirement('M06', { commitmentAllowed: true }), requirement('M02')]),
      part(INVOICE, [requirement('M03', { necessity: 'SUPPLY_LATER', supplyLaterAllowed: true })]),
    ]);
    expect(choicesFor(paper(papers, `${COMPANY}:M06`))).toEqual(['NONE', 'PROVIDED', 'IN_LIEU_OF_PROOF']);
    expect(choicesFor(paper(papers, `${INVOICE}:M03`))).toEqual(['NONE', 'PROVIDED', 'SUPPLY_LATER']);
    expect(choicesFor(paper(papers, `${COMPANY}:M02`))).toEqual(['NONE', 'PROVIDED']);
  });

  it('offer a way for a document shared by several items only when every item allows it', () => {
    const identity = (allows: Partial<Requirement>) => requirement('M05', { documentType: 'IDENTITY_DOCUMENT', ...allows });
    const all = papersOf([part(COMPANY, [identity({ commitmentAllowed: true, supplyLaterAllowed: true })]), part(SEAL, [identity({ commitmentAllowed: true, supplyLaterAllowed: true })])]);
    expect(choicesFor(paper(all, 'IDENTITY_DOCUMENT'))).toEqual(['NONE', 'PROVIDED', 'SUPPLY_LATER', 'IN_LIEU_OF_PROOF']);
    const oneRefuses = papersOf([part(COMPANY, [identity({ commitmentAllowed: true, supplyLaterAllowed: true })]), part(SEAL, [identity({ supplyLaterAllowed: true })])]);
    expect(choicesFor(paper(oneRefuses, 'IDENTITY_DOCUMENT'))).toEqual(['NONE', 'PROVIDED', 'SUPPLY_LATER']);
    const evidenceForOne = papersOf([part(COMPANY, [identity({ replacedBy: 'E_LICENCE', evidenceAvailable: true })]), part(SEAL, [identity({})])]);
    expect(choicesFor(paper(evidenceForOne, 'IDENTITY_DOCUMENT'))).toEqual(['NONE', 'PROVIDED']);
  });
});

describe('a bundle submission from the papers chosen', () => {
  it('hands papers in by document type or item-named code, and commits for each item\'s material by `itemCode:materialCode`', () => {
    const identity = (code: string) => requirement(code, { documentType: 'IDENTITY_DOCUMENT', commitmentAllowed: true });
    const papers = papersOf([
      part(COMPANY, [identity('M05'), requirement('M06', { commitmentAllowed: true }), requirement('M02')]),
      part(SEAL, [identity('M02'), requirement('M03')]),
      part(INVOICE, [requirement('M03', { necessity: 'SUPPLY_LATER', supplyLaterAllowed: true })]),
    ]);
    const submission = bundlePaperSubmission([
      { paper: paper(papers, 'IDENTITY_DOCUMENT'), choice: 'IN_LIEU_OF_PROOF' },
      { paper: paper(papers, `${COMPANY}:M06`), choice: 'IN_LIEU_OF_PROOF' },
      { paper: paper(papers, `${COMPANY}:M02`), choice: 'PROVIDED' },
      { paper: paper(papers, `${SEAL}:M03`), choice: 'NONE' },
      { paper: paper(papers, `${INVOICE}:M03`), choice: 'SUPPLY_LATER' },
    ]);
    expect(submission).toEqual({
      providedDocuments: [],
      providedMaterials: [`${COMPANY}:M02`],
      commitments: [
        // The shared identity document: one commitment for each item asking for it, under that item's own code for it.
        { materialCode: `${COMPANY}:M05`, type: 'IN_LIEU_OF_PROOF' },
        { materialCode: `${SEAL}:M02`, type: 'IN_LIEU_OF_PROOF' },
        { materialCode: `${COMPANY}:M06`, type: 'IN_LIEU_OF_PROOF' },
        { materialCode: `${INVOICE}:M03`, type: 'SUPPLY_LATER' },
      ],
    });
    expect(bundlePaperSubmission([{ paper: paper(papers, 'IDENTITY_DOCUMENT'), choice: 'PROVIDED' }])).toEqual({ providedDocuments: ['IDENTITY_DOCUMENT'], providedMaterials: [], commitments: [] });
  });
});
