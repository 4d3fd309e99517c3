import { runPanelFrame } from '../../src/panel-frame/run';
import '../../src/overlay/overlay.css';
import '../../src/overlay/prompts/prompts.css';

runPanelFrame();
