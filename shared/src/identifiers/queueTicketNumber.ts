import type { Region } from '../regions/regionRegistry.ts';
import { numberProblem, provinceOfNumber, type ProvinceDayNumber } from './provinceDayNumber.ts';

/**
 * A queue ticket's id (排队号编号): the province's two-digit code, Q, the day the number was
 * taken in China Standard Time (YYYYMMDD) and ten upper-case hexadecimal characters —
 * 32Q20261125ABCDEF0123 (queueStore.ts gives them).
 */
export const QUEUE_TICKET_NUMBER: ProvinceDayNumber = {
  name: '排队号编号',
  shape: /^\d{2}Q\d{8}[0-9A-F]{10}$/,
  layout: '省份代码2位 + Q + 日期8位 + 10位大写十六进制随机码',
  dateAt: 3,
  dateMeaning: '取号日期',
};

/** The province a ticket id belongs to, or BAD_USER_INPUT on `field` saying what is wrong with the id (provinceDayNumber.ts). */
export function queueTicketProvince(id: string, field: string): Region {
  return provinceOfNumber(id, field, QUEUE_TICKET_NUMBER);
}

/** What is wrong with a ticket id sent as `field`, if anything. */
export function queueTicketNumberProblem(id: string, field: string) {
  return numberProblem(id, field, QUEUE_TICKET_NUMBER);
}
