import { readFileSync, writeFileSync } from 'node:fs';

/*
 * Loaded with `node --import` into a measured command (plain JavaScript, so the command starts
 * exactly as it would without it): on exit it writes the process's peak
 * resident set size in kilobytes to the file BENCH_RSS_FILE names. Portable where
 * `/usr/bin/time -v` is not.
 */

/**
 * Linux's VmHWM, the high-water mark of this program's own memory. getrusage's maxRSS is not
 * used there: Linux carries it across exec, so a child of a big parent reports the parent's.
 */
function peakRssKb() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // No /proc (macOS, Windows): getrusage is right there.
  }
  return process.resourceUsage().maxRSS;
}

const out = process.env.BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => writeFileSync(out, JSON.stringify({ maxRssKb: peakRssKb() })));
}
