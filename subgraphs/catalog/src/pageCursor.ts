/** The hub's lists page with the federation's opaque cursors (shared with the provinces' fee catalogs). */
export { decodePageCursor, encodePageCursor } from '@yrd/shared/graphql/pageCursor';
