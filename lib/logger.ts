/** What lib/ needs from its host: adapters pass the runner's, the CLI passes stderr's. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  /**
   * A titled block of another program's output (Terraform's, say), shown together. The
   * lines are untrusted: the host must show them as text, never act on them.
   */
  group(title: string, lines: string[]): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warning() {}, group() {} };
