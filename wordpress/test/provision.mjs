// Finds (and, on a fresh Debian machine, installs) what the WordPress
// end-to-end test needs: Debian's WordPress 6.1 with its default theme, PHP's
// CLI with MySQL support, MariaDB, curl and Chromium. As root on Debian the
// missing packages are installed with apt-get in one go (waiting for the apt
// lock when another install holds it); anywhere else it stops with one line
// saying what to install.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { provision as provisionBrowsers } from '../../test/support/browsers.mjs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const phpHasMysqli = () => has('php') && spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);'], { stdio: 'ignore' }).status === 0;

export function missingPackages() {
  const missing = [];
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) missing.push('wordpress');
  if (!existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json')) missing.push('wordpress-theme-twentytwentythree');
  if (!has('php')) missing.push('php-cli');
  if (!phpHasMysqli()) missing.push('php-mysql');
  if (!has('mariadbd') || !has('mariadb-install-db') || !has('mariadb-admin')) missing.push('mariadb-server');
  if (!has('curl')) missing.push('curl');
  return missing;
}

/** apt-get with its lock timeout, retried while another apt run holds a lock it does not wait for. */
function aptGet(args) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (let attempt = 0; ; attempt++) {
    const run = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { env, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
    if (run.status === 0) return;
    process.stderr.write(run.stderr ?? '');
    if (attempt < 60 && /lock/i.test(run.stderr ?? '')) {
      execFileSync('sleep', ['10']);
      continue;
    }
    throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status})`);
  }
}

export function provision() {
  provisionBrowsers(['chromium']);
  const missing = missingPackages();
  if (!missing.length) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    console.error(`[smp-widgets] The WordPress test needs Debian packages: apt-get install ${missing.join(' ')} (as root), or skip it with SMP_SKIP_WORDPRESS=1.`);
    process.exit(1);
  }
  console.log(`[smp-widgets] installing ${missing.join(' ')} from Debian (first run only)…`);
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  const still = missingPackages();
  if (still.length) throw new Error(`still missing after apt-get: ${still.join(' ')}`);
}
