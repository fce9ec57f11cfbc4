import { expect } from '@open-wc/testing';
import { listMove } from './list-navigation.js';

describe('listMove', () => {
  it('moves by one, a row, a page, to the ends, clamped; other keys do not move', () => {
    expect(['ArrowDown', 'ArrowUp', 'Home', 'End'].map((key) => listMove(key, 3, 10))).to.deep.equal([4, 2, 0, 9]);
    expect(listMove('ArrowUp', 0, 10)).to.equal(0);
    expect(listMove('ArrowDown', 9, 10)).to.equal(9);
    expect(listMove('PageDown', 3, 10), 'no page size, no paging').to.equal(undefined);
    expect(['PageDown', 'PageUp'].map((key) => listMove(key, 3, 10, { page: 5 }))).to.deep.equal([8, 0]);
    expect(['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft'].map((key) => listMove(key, 5, 12, { row: 4, sideways: true }))).to.deep.equal([9, 1, 6, 4]);
    expect(listMove('ArrowRight', 5, 12), 'sideways only in a grid').to.equal(undefined);
    expect(listMove('a', 5, 12)).to.equal(undefined);
  });
});
