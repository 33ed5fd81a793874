import { describe, expect, it } from 'vitest';

import { buildCategoryTree } from './category-tree';

const category = (id: string, groups: string[], title: string) => ({ id, groups, title });

describe('buildCategoryTree', () => {
  it('nests categories under their groups and sub-categories under their category', () => {
    const tree = buildCategoryTree([
      category('org', [], '* Организационный вопрос'),
      category('bug', ['Гарантийная техподдержка'], '* Сообщить об ошибке'),
      category('slow', ['Гарантийная техподдержка', '* Сообщить об ошибке'], 'Замедление работы'),
      category('mail', ['Гарантийная техподдержка'], 'Настройка электронной почты'),
    ]);

    expect(tree.map((node) => [node.title, node.category?.id ?? null])).toEqual([
      ['* Организационный вопрос', 'org'],
      ['Гарантийная техподдержка', null],
    ]);
    const warranty = tree[1]!;
    expect(warranty.children.map((node) => node.category?.id)).toEqual(['bug', 'mail']);
    expect(warranty.children[0]!.children.map((node) => node.category?.id)).toEqual(['slow']);
    expect(warranty.children[0]!.children[0]!.path).toBe(
      'Гарантийная техподдержка / * Сообщить об ошибке / Замедление работы',
    );
  });

  it('keeps a sub-category listed before its category in the right place', () => {
    const tree = buildCategoryTree([
      category('child', ['Группа', 'Категория'], 'Подкатегория'),
      category('parent', ['Группа'], 'Категория'),
    ]);

    const parent = tree[0]!.children[0]!;
    expect(parent.category?.id).toBe('parent');
    expect(parent.children[0]!.category?.id).toBe('child');
  });
});
