import type { Browser, BrowserContext } from "playwright-core";

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function launchChromium(): Promise<Browser>;
export declare function launchChromiumContext(
  profileDir: string,
  options?: { viewport?: { width: number; height: number } },
): Promise<BrowserContext>;
