/**
 * Opens an address in the user's default browser with the system's own opener. Failing to open
 * is never fatal: the host keeps running and the printed address still works.
 */
import { spawn } from 'node:child_process';

export interface BrowserCommand {
  command: string;
  args: string[];
}

export function browserCommand(url: string, platform: NodeJS.Platform): BrowserCommand {
  switch (platform) {
    case 'darwin':
      return { command: 'open', args: [url] };
    case 'win32':
      // `start` is built into cmd; its first quoted argument is a window title, hence the "".
      return { command: 'cmd', args: ['/c', 'start', '""', url] };
    default:
      return { command: 'xdg-open', args: [url] };
  }
}

/**
 * Starts the opener and returns at once; `onFailure` hears why, if it cannot be started or ends
 * with an error. Some openers wait for the browser to close, so nothing waits for them.
 */
export function openBrowser(
  url: string,
  onFailure: (why: string) => void,
  opener: BrowserCommand = browserCommand(url, process.platform),
): void {
  let child;
  try {
    child = spawn(opener.command, opener.args, {
      stdio: 'ignore',
      detached: true,
      windowsVerbatimArguments: opener.command === 'cmd',
    });
  } catch (e) {
    onFailure(e instanceof Error ? e.message : String(e));
    return;
  }
  child.on('error', (e) => onFailure(`${opener.command} could not be started (${e.message})`));
  child.on('exit', (code) => {
    if (code !== null && code !== 0) onFailure(`${opener.command} ended with exit code ${code}`);
  });
  child.unref();
}
