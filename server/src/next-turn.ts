/**
 * Lets pending messages (a cancellation, an edit) be handled before carrying
 * on: setImmediate under Node, a zero timeout in a web worker, which has no
 * setImmediate.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}
