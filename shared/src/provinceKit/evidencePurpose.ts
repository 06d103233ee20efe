import { bundleLeniencyOnlyKinds } from '../standard/leniencyKinds.ts';
import type { CaseFile } from './caseModel.ts';
import type { HubClient, ItemStandard } from './hubClient.ts';
import type { EvidencePurpose } from './requestedKinds.ts';

/**
 * What a case gathers evidence for, as requestEvidence checks it (requestedKinds.ts): its item's
 * standard, or its one-thing bundle with the kinds its items read only to decide whether 容缺 or
 * 告知承诺 may be used — the hub's bundle lists every kind, and only the items say which those
 * are (read from the hub, which keeps them for a minute). Where an item of the bundle is not
 * known, nothing is set aside: what it decides on is not known. Undefined: the hub does not know
 * the item or bundle.
 */
export async function evidencePurposeOf(caseFile: Pick<CaseFile, 'isBundle' | 'itemCode'>, hub: Pick<HubClient, 'item' | 'bundle'>): Promise<EvidencePurpose | undefined> {
  if (!caseFile.isBundle) return hub.item(caseFile.itemCode);
  const bundle = await hub.bundle(caseFile.itemCode);
  if (!bundle) return undefined;
  const items = await Promise.all(bundle.itemCodes.map((code) => hub.item(code)));
  const known = items.filter((item): item is ItemStandard => item !== undefined);
  return { ...bundle, leniencyOnlyKinds: known.length === items.length ? bundleLeniencyOnlyKinds(known) : [] };
}
