import { ref } from 'vue';

/**
 * «Показать ещё» of a paged list: asks for the page after the list's last cursor, and says
 * while it loads, so that PagedList holds its button back.
 */
export function useShowMore(
  endCursor: () => string | null | undefined,
  fetchAfter: (after: string) => Promise<unknown> | undefined,
) {
  const loadingMore = ref(false);

  async function showMore(): Promise<void> {
    const after = endCursor();
    if (!after) return;

    loadingMore.value = true;
    try {
      await fetchAfter(after);
    } finally {
      loadingMore.value = false;
    }
  }

  return { loadingMore, showMore };
}
