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

/** WCAG contrast ratio of two computed `rgb()` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((n) => {
        const c = Number(n) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
