import { describe, expect, it } from 'vitest';
import { modules, undeclaredDependencies } from '.';

describe('module dependencies', () => {
  it('names only registered modules, never the module itself', () => {
    expect(undeclaredDependencies()).toEqual([]);
  });

  it('finds a dependency on a module that is not registered', () => {
    const misspelt = [...modules, { name: 'budget', dependsOn: ['area'] }];
    expect(undeclaredDependencies(misspelt)).toEqual(['budget → area']);
  });
});
