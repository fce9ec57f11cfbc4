import { GovLedBoard } from './led-board.js';

export { GovLedBoard };
GovLedBoard.define('gov-led-board');

declare global {
  interface HTMLElementTagNameMap {
    'gov-led-board': GovLedBoard;
  }
}
