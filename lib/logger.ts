/** What lib/ needs from its host: adapters pass the runner's, the CLI passes stderr's. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warning() {} };
