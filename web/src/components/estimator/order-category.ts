/**
 * Which request category an order from the estimator starts with. A request needs one (it
 * decides K and the support line); where the estimator priced a service or a typical work
 * without one, the customer picks it, starting from the best match: the category named like
 * the service, the one of the service's kind of specialist, else one with the same K (so the
 * price stays what the estimator showed), a specialist's role before a specific task, else the
 * first paid one.
 */
export interface OrderCategory {
  id: string;
  title: string;
  paid: boolean;
  coefficient: string;
}

export interface OrderSubject {
  title: string;
  coefficient: string;
  specialistKind: string | null;
}

/** The dedicated specialist's category for the kinds of specialist that have an obvious one. */
const CATEGORY_OF_SPECIALIST: Record<string, string> = {
  EDITOR_ASSISTANT: 'dedicated-editor-assistant-or-consultant',
  CONSULTANT: 'dedicated-editor-assistant-or-consultant',
  ENGINEER: 'dedicated-developer-or-sysadmin',
  DEVELOPER: 'dedicated-developer-or-sysadmin',
};

/** Categories of a specialist's role rather than of one task (as attestation). */
const ROLE_CATEGORIES = new Set(Object.values(CATEGORY_OF_SPECIALIST));

/** Paid categories first, each group in the catalogue's order. */
export function orderedCategories<T extends OrderCategory>(categories: readonly T[]): T[] {
  return [...categories.filter((c) => c.paid), ...categories.filter((c) => !c.paid)];
}

export function defaultCategory(
  categories: readonly OrderCategory[],
  subject: OrderSubject | null,
): string | null {
  const paid = categories.filter((c) => c.paid);
  const byKind = subject?.specialistKind && CATEGORY_OF_SPECIALIST[subject.specialistKind];
  const sameK = paid.filter((c) => !subject || sameNumber(c.coefficient, subject.coefficient));
  const match =
    paid.find((c) => subject && c.title === subject.title) ??
    sameK.find((c) => c.id === byKind) ??
    sameK.find((c) => ROLE_CATEGORIES.has(c.id)) ??
    sameK[0] ??
    paid[0];
  return match?.id ?? null;
}

/** "1" and "1.0" are the same K. */
function sameNumber(a: string, b: string): boolean {
  const plain = (value: string) => value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return plain(a) === plain(b);
}
