/** Records the calls of one console method while `run` executes. */
export async function captureConsole(
  method: 'warn' | 'info' | 'error',
  run: () => Promise<unknown>,
): Promise<string[]> {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => messages.push(args.join(' '));
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return messages;
}

/** Records console.warn calls while `run` executes. */
export function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  return captureConsole('warn', run);
}
