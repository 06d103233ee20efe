/** What a case is about: its item's name, or for a one-thing bundle (一件事) the bundle's name (its code while the hub cannot say). */
export function caseTitle(view: { readonly item: { readonly name: string } | null; readonly bundleCode?: string | null; readonly bundle?: { readonly name: string } | null }): string {
  if (view.item) return view.item.name;
  if (view.bundle) return view.bundle.name;
  return view.bundleCode ? `“一件事” ${view.bundleCode}` : '“一件事”';
}
