/**
 * How every browser check here launches Chromium: Debian's build (or
 * CHROME_PATH), headless, with the flags this machine needs (TOOLCHAIN.md):
 * no sandbox as root, and no background networking, which stalls on the
 * closed network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
