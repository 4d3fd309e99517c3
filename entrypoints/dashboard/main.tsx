import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DashboardApp } from '../../src/dashboard/DashboardApp';
import { parseRecordHash } from '../../src/dashboard/deep-link';
import { identityFromSettings } from '../../src/dashboard/identity';
import { storageTeamStore } from '../../src/dashboard/teams';
import { send } from '../../src/messaging/client';
import { usePageLanguage } from '../../src/i18n/page';
import '../../src/dashboard/dashboard.css';

// Role, officer id and policy come from the background's merged settings (policy wins), never
// from the page itself, so an officer cannot widen their own view.
async function getIdentity() {
  const report = await send('settings/get', {});
  return identityFromSettings(report.effective);
}

// The supervisor's teams are kept in this browser's extension storage (src/dashboard/teams.ts).
const teamStore = storageTeamStore(browser.storage.local);

// `dashboard.html#record=<crime reference>` opens that record's review (deep-link.ts); a later
// hash change (the supervisor follows another link into this tab) re-renders with the new one.
const root = document.getElementById('app');
const draw = () => {
  if (!root) return;
  render(
    <DashboardApp
      getIdentity={getIdentity}
      linkedRecord={parseRecordHash(location.hash)}
      teamStore={teamStore}
    />,
    root,
  );
};
void usePageLanguage('page.dashboard').then(() => {
  draw();
  window.addEventListener('hashchange', draw);
});
