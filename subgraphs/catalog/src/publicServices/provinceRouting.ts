import { badUserInput } from '@yrd/shared/graphql/errorCodes';
import { queueTicketProvince } from '@yrd/shared/identifiers/queueTicketNumber';
import { provinceTypeNames } from '@yrd/shared/provinceKit/provinceTypeDefs';
import { requireRegion, type RegionCode } from '@yrd/shared/regions/regionRegistry';
import { todayInChina } from '@yrd/shared/time/localDate';
import { feeCatalogDateRefusal } from '@yrd/shared/provinceKit/feeCatalog';

/**
 * Public services one province answers, routed by value: a fee catalog to the province named,
 * a queue ticket to the province its id starts with.
 */
export function provinceRoutingResolvers() {
  return {
    Query: {
      feeCatalog: (_: unknown, args: { region: RegionCode; date?: string | null }) => {
        const today = todayInChina();
        const date = args.date ?? today;
        // From 2000-01-01 to a year ahead (the same day next year), both included; the message names that last day.
        const refusal = feeCatalogDateRefusal(date, today);
        if (refusal) throw badUserInput('date', refusal, { reason: 'OUT_OF_RANGE' });
        return { __typename: provinceTypeNames(requireRegion(args.region)).feeCatalog, date };
      },
      queueTicket: (_: unknown, args: { id: string }) => {
        const region = queueTicketProvince(args.id, 'id');
        return { __typename: provinceTypeNames(region).queueTicket, id: args.id };
      },
    },
    FeeCatalog: { __resolveType: (stub: { __typename: string }) => stub.__typename },
    QueueTicket: { __resolveType: (stub: { __typename: string }) => stub.__typename },
  };
}
