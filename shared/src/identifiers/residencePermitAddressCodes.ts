/**
 * Address codes that a 公民身份号码 can carry without being a division of the national list.
 *
 * Residents of Hong Kong, Macau and Taiwan who hold a 港澳台居民居住证 (《港澳台居民居住证申领发放办法》,
 * 国办发〔2018〕81号) are given an 18-digit 公民身份号码 built like any other (GB 11643: birth
 * date, sequence, check character), with the address code 810000 (Hong Kong), 820000 (Macau)
 * or 830000 (Taiwan). 81 and 82 are province-level divisions of GB/T 2260, so 810000 and
 * 820000 already pass by their prefix; 83 is no division at all (Taiwan's GB/T 2260 code is 71),
 * so 830000 has to be known by itself. It is accepted as this one exact code, and only in a
 * resident identity number: it is not an administrative division (an address, a credit code's
 * registration area or a window's division stay checked against the national list).
 *
 * Not here: the 外国人永久居留身份证 of 2023, whose number begins with 9 and is no 公民身份号码
 * (its positions 2–6 are the accepting province and a nationality): see
 * foreignPermanentResidentNumber.ts.
 */
export const RESIDENCE_PERMIT_ADDRESS_CODES: ReadonlyMap<string, string> = new Map([
  ['810000', '香港居民居住证'],
  ['820000', '澳门居民居住证'],
  ['830000', '台湾居民居住证'],
]);

/** Whether `addressCode` (positions 1–6 of a 公民身份号码) is one of a 港澳台居民居住证. */
export function isResidencePermitAddressCode(addressCode: string): boolean {
  return RESIDENCE_PERMIT_ADDRESS_CODES.has(addressCode);
}
