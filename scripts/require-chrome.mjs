import { findChrome } from './chrome-path.mjs';

if (!findChrome()) {
  const where = process.env.CHROME_PATH
    ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist`
    : 'no Chrome or Chromium found';
  console.error(
    `summit-widgets tests need a browser: ${where}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH=/path/to/chrome.`,
  );
  process.exit(1);
}
