/** Links to the previous and next page of a list, keeping the reader's filters in the query. */
export function pageLinks(url: URL, page: number, hasMore: boolean): { previous: string | null; next: string | null } {
  const link = (target: number) => {
    const query = new URLSearchParams(url.searchParams);
    query.set("page", String(target));
    return `?${query}`;
  };
  return { previous: page > 1 ? link(page - 1) : null, next: hasMore ? link(page + 1) : null };
}
