export { formatPyFloat, shortestDigits } from "./py-float.js";
export { formatFixed } from "./fixed.js";
export type { FormatFixedOptions } from "./fixed.js";
