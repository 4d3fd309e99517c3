import { startFramePanel } from '../panel-frame/frame-panel';
import type { SurfaceFactory } from './surface';

/**
 * Unit tests draw the frame's panel in place, inside the overlay's shadow root, and connect it
 * to the controller directly instead of through the background's relay.
 */
export const inPlaceSurface: SurfaceFactory = ({ doc, shadow, signal, onIntent }) => {
  const root = doc.createElement('div');
  const live = doc.createElement('div');
  live.className = 'wm-sr';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  live.setAttribute('data-testid', 'waymark-live');
  shadow.append(root, live);
  const panel = startFramePanel({
    doc,
    root,
    live,
    send: (message) => {
      if (message.t === 'intent') onIntent(message.intent);
    },
    visibility: { tracked: false, state: () => 'shown' },
    signal,
  });
  return {
    show: (view) => panel.receive({ t: 'view', view }),
    announce: (text) => panel.receive({ t: 'announce', text }),
    focus: () => panel.receive({ t: 'focus' }),
    hasFocus: () => shadow.activeElement !== null,
  };
};
