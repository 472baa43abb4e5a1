import { describe, expect, it } from 'vitest';
import * as contract from './pay-survey.contract';
import * as table from './pay-survey.table';

describe('the pay-survey contract', () => {
  it('names the category kinds and action statuses the tables store, no more and no fewer', () => {
    expect(contract.payCategoryKinds).toEqual(table.payCategoryKinds);
    expect(contract.payActionStatuses).toEqual(table.payActionStatuses);
  });
});
