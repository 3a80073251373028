import { routeTable, useTestStack } from '@cabinet/api/testing';

describe('who can reach which route', () => {
  const stack = useTestStack({ worker: false });

  it('declares a permission, or public access, on every route', () => {
    const undeclared = routeTable(stack.api).filter((route) => route.access === 'MISSING');
    expect(undeclared).toEqual([]);
  });

  it('matches the reviewed table (a change in who can reach what shows up here)', () => {
    // Update with: npx jest -c tests/integration/jest.config.ts route-permissions -u, then review the diff.
    expect(routeTable(stack.api).map((r) => `${r.method.padEnd(6)} ${r.path} -> ${r.access}`)).toMatchSnapshot();
  });
});
