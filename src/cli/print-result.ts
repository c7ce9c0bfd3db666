// Prints a command's result: the human lines by default, the data as JSON with --json.

/** @example printResult({ json: false }, data, () => ['Turkey', 'Qatar']) */
export function printResult(options: { json?: boolean }, data: unknown, human: () => string[]): void {
  process.stdout.write(options.json ? `${JSON.stringify(data, null, 2)}\n` : `${human().join('\n')}\n`);
}
