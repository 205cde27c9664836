/** Records console.warn calls while `run` executes. */
export async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return messages;
}
