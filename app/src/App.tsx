/**
 * The designer: toolbar, palette, canvas, inspector, the problems, summary and training tabs, and
 * the status bar.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { ExportDialog } from './export/ExportDialog';
import { useClipboardEvents, useKeyboardCommands } from './commands/useKeyboardCommands';
import { OpenProjectDialog } from './host/OpenProjectDialog';
import { useT } from './i18n';
import { Inspector } from './inspector/Inspector';
import { LessonPanel } from './lessons/LessonPanel';
import { ClassroomPanel } from './packs/ClassroomPanel';
import { BottomPanel } from './layout/BottomPanel';
import { StatusBar } from './layout/StatusBar';
import { useThemeAttribute } from './layout/useThemeAttribute';
import { Palette } from './palette/Palette';
import { ProjectDialogs } from './projects/ProjectDialogs';
import { LabsDialog } from './teaching/LabsDialog';
import { Toolbar } from './toolbar/Toolbar';

export function App() {
  useKeyboardCommands();
  useClipboardEvents();
  useThemeAttribute();
  const t = useT();
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="stage">
            <Canvas />
            <BottomPanel />
          </main>
          <LessonPanel />
          <ClassroomPanel />
          <aside className="sidebar" aria-label={t('app.inspector')}>
            <Inspector />
          </aside>
        </div>
        <StatusBar />
        <OpenProjectDialog />
        <ProjectDialogs />
        <ExportDialog />
        <LabsDialog />
      </div>
    </ReactFlowProvider>
  );
}
