/**
 * How many entries each catalogue list has, read through the API: what an import must leave
 * unchanged however many times it runs.
 */
import { queryData } from '../support/graphql.js';

const LISTS_QUERY = `{
  sections { code } services { code } supportComparison { position } requestCategories { id }
  crowdfundingProjects { id } priceExamples { id } typicalWorks { id } exampleRequests { id }
  supportLines { level }
}`;

/** The number of entries of every catalogue list, by query name. */
export type CatalogueCounts = Record<string, number>;

/** The counts the source document and the content give: 9 services, 18 categories, ... */
export const EXPECTED_COUNTS = {
  services: 9,
  supportComparison: 15,
  requestCategories: 18,
  priceExamples: 8,
  typicalWorks: 18,
  exampleRequests: 5,
  supportLines: 3,
};

/** Reads every catalogue list of the server at `url` and counts its entries. */
export async function catalogueCounts(url: string): Promise<CatalogueCounts> {
  const data = await queryData<Record<string, unknown[]>>(url, LISTS_QUERY);
  return Object.fromEntries(Object.entries(data).map(([name, list]) => [name, list.length]));
}
