/**
 * The shipped scorer: the committed weights (written by `npm run train`). Only
 * the engine imports this, and only the background and the CLI import the
 * engine, so the weights never reach the content script (STYLE.md).
 */
import { LinearModel, type WeightsFile } from './linear';
import weights from './weights.json';

let shipped: LinearModel | undefined;

/** The committed model, built on first use. */
export function shippedModel(): LinearModel {
  shipped ??= LinearModel.fromFile(weights as WeightsFile);
  return shipped;
}

export { LinearModel } from './linear';
