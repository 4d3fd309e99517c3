import { render } from 'preact';
import { DashboardApp } from '../../src/dashboard/DashboardApp';
import { identityFromSettings } from '../../src/dashboard/identity';
import { send } from '../../src/messaging/client';
import '../../src/dashboard/dashboard.css';

// Role, officer id and policy come from the background's merged settings (policy wins), never
// from the page itself, so an officer cannot widen their own view.
async function getIdentity() {
  const report = await send('settings/get', {});
  return identityFromSettings(report.effective);
}

const root = document.getElementById('app');
if (root) render(<DashboardApp getIdentity={getIdentity} />, root);
