import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue';

import { messages } from './messages';

/** Keeps the browser tab's title on the page shown; the product name alone until it is known. */
export function usePageTitle(title: MaybeRefOrGetter<string | null | undefined>): void {
  watchEffect(() => {
    const page = toValue(title);
    document.title = page ? messages.pageTitle(page) : messages.productName;
  });
}
