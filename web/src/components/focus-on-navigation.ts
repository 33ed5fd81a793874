import { nextTick, onUnmounted, ref, type Ref } from 'vue';
import { START_LOCATION, useRouter } from 'vue-router';

/**
 * After moving to another page, puts the keyboard focus on the page's main region so that a
 * screen reader starts reading the new page and Tab starts from its top. Changes within a page
 * (its query or anchor) keep the focus where it is.
 */
export function useFocusOnNavigation(): Ref<HTMLElement | null> {
  const main = ref<HTMLElement | null>(null);

  const stop = useRouter().afterEach((to, from, failure) => {
    if (failure || from === START_LOCATION || to.path === from.path) return;
    void nextTick(() => main.value?.focus({ preventScroll: true }));
  });
  onUnmounted(stop);

  return main;
}
