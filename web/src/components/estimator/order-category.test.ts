import { describe, expect, it } from 'vitest';

import { defaultCategory, orderedCategories, type OrderCategory } from './order-category';

const categories: OrderCategory[] = [
  {
    id: 'organisational-question',
    title: '* Организационный вопрос',
    paid: false,
    coefficient: '1',
  },
  {
    id: 'dedicated-editor-assistant-or-consultant',
    title: 'Ассистент редактора или конс.',
    paid: true,
    coefficient: '0.6',
  },
  {
    id: 'dedicated-installation-attestation',
    title: 'Аттестация инсталляции продукта',
    paid: true,
    coefficient: '1',
  },
  {
    id: 'dedicated-developer-or-sysadmin',
    title: 'Разработчик или сисадмин',
    paid: true,
    coefficient: '1',
  },
];

const subject = (title: string, coefficient: string, specialistKind: string | null) => ({
  title,
  coefficient,
  specialistKind,
});

describe('defaultCategory', () => {
  it('takes the category named like the service', () => {
    const attestation = subject('Аттестация инсталляции продукта', '1', 'ENGINEER');
    expect(defaultCategory(categories, attestation)).toBe('dedicated-installation-attestation');
  });

  it("takes the category of the service's kind of specialist", () => {
    const consulting = subject('Пошаговое консультирование', '0.6', 'CONSULTANT');
    const terms = subject('Исполнение Технического задания', '1', 'ENGINEER');
    expect(defaultCategory(categories, consulting)).toBe(
      'dedicated-editor-assistant-or-consultant',
    );
    expect(defaultCategory(categories, terms)).toBe('dedicated-developer-or-sysadmin');
  });

  it('keeps the K of the price shown, a role before a task, else the first paid one', () => {
    const design = subject('Настройка шаблона', '1.0', 'DESIGNER');
    expect(defaultCategory(categories, design)).toBe('dedicated-developer-or-sysadmin');
    expect(defaultCategory(categories, subject('Работа', '0.8', null))).toBe(
      'dedicated-editor-assistant-or-consultant',
    );
    expect(defaultCategory(categories, null)).toBe('dedicated-editor-assistant-or-consultant');
    expect(defaultCategory([], null)).toBeNull();
  });
});

describe('orderedCategories', () => {
  it('lists paid categories first', () => {
    expect(orderedCategories(categories).map((c) => c.paid)).toEqual([true, true, true, false]);
  });
});
