/** The project dialogs and background work the app mounts once: templates, Save as, recovery. */
import { RecoveryDialog } from './recovery/RecoveryDialog';
import { useAutosave, useRecoveryCheck } from './recovery/appRecovery';
import { SaveAsDialog } from './SaveAsDialog';
import { TemplateGallery } from './TemplateGallery';

export function ProjectDialogs() {
  useAutosave();
  useRecoveryCheck();
  return (
    <>
      <TemplateGallery />
      <SaveAsDialog />
      <RecoveryDialog />
    </>
  );
}
