/**
 * The request categories as the portal shows them: a tree built from their paths
 * ("Группа / * Категория / Подкатегория"). A group named only inside paths becomes a node of
 * its own; a category whose path is a prefix of others holds them as sub-categories.
 */

export interface CategoryLike {
  id: string;
  title: string;
  groups: readonly string[];
}

export interface CategoryNode<T extends CategoryLike> {
  /** The full path of the node, as the key of the tree. */
  path: string;
  title: string;
  /** The category itself; null for a group that is only a part of paths. */
  category: T | null;
  children: CategoryNode<T>[];
}

const SEPARATOR = ' / ';

/** Builds the tree in the categories' own order. */
export function buildCategoryTree<T extends CategoryLike>(
  categories: readonly T[],
): CategoryNode<T>[] {
  const roots: CategoryNode<T>[] = [];
  const byPath = new Map<string, CategoryNode<T>>();

  const nodeAt = (parts: readonly string[]): CategoryNode<T> => {
    const path = parts.join(SEPARATOR);
    const known = byPath.get(path);
    if (known) return known;

    const node: CategoryNode<T> = { path, title: parts.at(-1) ?? '', category: null, children: [] };
    byPath.set(path, node);
    (parts.length > 1 ? nodeAt(parts.slice(0, -1)).children : roots).push(node);
    return node;
  };

  for (const category of categories) {
    nodeAt([...category.groups, category.title]).category = category;
  }
  return roots;
}
