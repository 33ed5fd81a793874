import { nextTick, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useRoute } from 'vue-router';

/** Room for the sticky header above an anchored section. */
export const HEADER_OFFSET_PX = 88;

/**
 * Scrolls to the address's anchor (/works#configuration) once the page's data has arrived:
 * the router tries on arrival, but the section does not exist until then.
 */
export function useScrollToHash(ready: MaybeRefOrGetter<boolean>): void {
  const route = useRoute();

  watch(
    () => toValue(ready),
    async (isReady) => {
      if (!isReady || !route.hash) return;
      await nextTick();

      const target = document.getElementById(decodeURIComponent(route.hash.slice(1)));
      if (!target) return;
      const top = target.getBoundingClientRect().top + window.scrollY - HEADER_OFFSET_PX;
      window.scrollTo({ top });
    },
    { immediate: true },
  );
}
