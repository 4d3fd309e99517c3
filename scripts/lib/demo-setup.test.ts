import { describe, expect, it } from 'vitest';
import { chromiumPlan, manualLoadHelp } from './demo-setup';

describe('chromiumPlan', () => {
  const machine = { chromiumFound: false, chromiumChosen: false, root: true, debian: true };

  it('runs with a Chromium that is there', () => {
    expect(chromiumPlan({ ...machine, chromiumFound: true })).toBe('run');
    expect(chromiumPlan({ ...machine, chromiumFound: true, root: false })).toBe('run');
  });

  it('installs Debian’s chromium only as root on Debian, for the default path', () => {
    expect(chromiumPlan(machine)).toBe('install');
    expect(chromiumPlan({ ...machine, root: false })).toBe('manual');
    expect(chromiumPlan({ ...machine, debian: false })).toBe('manual');
    // A path the user chose that is missing is a mistake to report, not a reason to install.
    expect(chromiumPlan({ ...machine, chromiumChosen: true })).toBe('manual');
  });
});

describe('manualLoadHelp', () => {
  it('names the folder, the demo page and the variable to set', () => {
    const help = manualLoadHelp('/x/.output/chrome-mv3', '/usr/bin/chromium');
    expect(help).toContain('/x/.output/chrome-mv3');
    expect(help).toContain('/usr/bin/chromium');
    expect(help).toContain('demo.html');
    expect(help).toContain('WAYMARK_CHROMIUM');
  });
});
